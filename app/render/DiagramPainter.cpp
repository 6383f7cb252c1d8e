// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/render/DiagramPainter.h"
#include "app/render/Translate.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace keyladder::render {

namespace {

using Item = app::LadderLayout::Item;
using ItemKind = app::LadderLayout::ItemKind;

void arrowHead(QPainter& p, QPointF tip, qreal direction, qreal size, const QColor& colour) {
    QPainterPath head;
    head.moveTo(tip);
    head.lineTo(tip.x() - direction * size, tip.y() - size * 0.45);
    head.lineTo(tip.x() - direction * size, tip.y() + size * 0.45);
    head.closeSubpath();
    p.fillPath(head, colour);
}

} // namespace

PrintPalette PrintPalette::of(PrintTheme theme) {
    if (theme == PrintTheme::Dark)
        return {QColor(0x1e, 0x22, 0x28), QColor(0xe8, 0xea, 0xed), QColor(0x9a, 0xa4, 0xb0), QColor(0x6b, 0x75, 0x80),
                QColor(0x2c, 0x3e, 0x55), QColor(0xe8, 0xea, 0xed), QColor(0x24, 0x29, 0x30), QColor(0x1e, 0x22, 0x28),
                QColor(0x3a, 0x44, 0x50), QColor(0xe8, 0xea, 0xed), QColor(0xc8, 0xd0, 0xd8), QColor(0x5c, 0xb8, 0xff),
                QColor(0xff, 0x6b, 0x6b), QColor(0xff, 0x9f, 0x43), QColor(0x2a, 0x31, 0x3a), QColor(0x6b, 0x75, 0x80),
                QColor(0x5c, 0xb8, 0xff)};
    return {QColor(Qt::white),        QColor(0x1a, 0x1a, 0x1a), QColor(0x5f, 0x63, 0x68), QColor(0x9a, 0xa0, 0xa6),
            QColor(0xe3, 0xec, 0xf7), QColor(0x0b, 0x2e, 0x59), QColor(0xf6, 0xf8, 0xfa), QColor(Qt::white),
            QColor(0xe8, 0xea, 0xed), QColor(0x30, 0x33, 0x36), QColor(0x20, 0x21, 0x24), QColor(0x0b, 0x57, 0xd0),
            QColor(0xc5, 0x22, 0x1f), QColor(0xb0, 0x60, 0x00), QColor(0xfe, 0xf7, 0xe0), QColor(0xb0, 0x8d, 0x2a),
            QColor(0x0b, 0x57, 0xd0)};
}

DiagramPainter::DiagramPainter(const app::LadderLayout& layout, app::TraceViewPtr trace)
    : m_layout(layout), m_trace(std::move(trace)) {}

int DiagramPainter::stepCount() const {
    return m_trace ? int(m_trace->steps.size()) : 0;
}

qreal DiagramPainter::titleHeight() const {
    const QFontMetricsF fm(m_layout.headerFont());
    const QFontMetricsF sm(m_layout.sublabelFont());
    return fm.height() + sm.height() + m_layout.fontPixelSize() * 1.2;
}

QStringList DiagramPainter::secretLines(int step) const {
    QStringList lines;
    if (!m_trace || step < 1 || step > m_trace->steps.size())
        return lines;
    for (const QString& actor : m_trace->actors) {
        QStringList values;
        for (const app::KnowledgeEntry& k : m_trace->steps[step - 1].knowledge)
            if (k.actor == actor && k.secret && !k.missing && !k.value.isEmpty())
                values << k.name + QStringLiteral(" = ") + k.value;
        if (!values.isEmpty())
            lines << app::actorLabel(actor) + QStringLiteral(": ") + values.join(QStringLiteral("; "));
    }
    return lines;
}

qreal DiagramPainter::footerHeight(bool secrets) const {
    if (!secrets || !m_trace)
        return 0;
    // The tallest footer of any step, so that every figure of a series has the same size.
    int most = 0;
    for (int s = 1; s <= stepCount(); ++s)
        most = std::max(most, int(secretLines(s).size()));
    const QFontMetricsF sm(m_layout.sublabelFont());
    return (most + 1) * sm.height() + m_layout.fontPixelSize() * 1.5;
}

QSizeF DiagramPainter::canvasSize(const DiagramOptions& options) const {
    return {std::ceil(m_layout.width()), std::ceil(titleHeight() + m_layout.height() + footerHeight(options.secrets))};
}

std::pair<qreal, qreal> DiagramPainter::stepSpan(int step) const {
    for (const app::LadderLayout::Band& band : m_layout.bands())
        if (band.step == step)
            return {titleHeight() + band.top, titleHeight() + band.bottom};
    return {0, titleHeight()};
}

QStringList DiagramPainter::arrowLabels(int upToStep) const {
    QStringList labels;
    const int last = upToStep == 0 ? stepCount() : std::clamp(upToStep, 0, stepCount());
    for (const Item& item : m_layout.items())
        if (item.step <= last && item.kind != ItemKind::Computation)
            labels << item.label;
    return labels;
}

void DiagramPainter::paint(QPainter& p, const DiagramOptions& options) const {
    const PrintPalette c = PrintPalette::of(options.theme);
    const QSizeF size = canvasSize(options);
    const int shown = options.upToStep == 0 ? stepCount() : std::clamp(options.upToStep, 0, stepCount());
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(QRectF(QPointF(0, 0), size), c.background);
    paintTitle(p, c, shown);
    p.translate(0, titleHeight());
    paintDiagram(p, c, shown, options.highlightLast && shown > 0);
    if (options.secrets) {
        p.translate(0, m_layout.height());
        paintFooter(p, c, shown);
    }
    p.restore();
}

void DiagramPainter::paintTitle(QPainter& p, const PrintPalette& c, int shownSteps) const {
    const qreal f = m_layout.fontPixelSize();
    const QFontMetricsF fm(m_layout.headerFont());
    p.setPen(c.text);
    p.setFont(m_layout.headerFont());
    const QString title = m_trace ? m_trace->title : QString();
    p.drawText(QRectF(f * 0.5, f * 0.4, m_layout.width() - f, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(title, Qt::ElideRight, m_layout.width() - f));
    QStringList facts;
    if (m_trace) {
        if (shownSteps < stepCount() && shownSteps > 0)
            facts << renderTr("keyladder::render::DiagramPainter", "up to step %1 (%2 of %3)")
                         .arg(m_trace->steps[shownSteps - 1].label)
                         .arg(shownSteps)
                         .arg(stepCount());
        else if (shownSteps == 0)
            facts << renderTr("keyladder::render::DiagramPainter", "before the first step");
        else
            facts << renderTr("keyladder::render::DiagramPainter", "outcome: %1").arg(m_trace->outcome);
        if (m_trace->deterministic)
            facts << renderTr("keyladder::render::DiagramPainter", "deterministic RNG — for teaching, not secure");
    }
    const QFontMetricsF sm(m_layout.sublabelFont());
    p.setFont(m_layout.sublabelFont());
    p.setPen(c.muted);
    p.drawText(QRectF(f * 0.5, f * 0.4 + fm.height(), m_layout.width() - f, sm.height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               sm.elidedText(facts.join(QStringLiteral(" · ")), Qt::ElideRight, m_layout.width() - f));
}

void DiagramPainter::paintDiagram(QPainter& p, const PrintPalette& c, int shownSteps, bool highlightLast) const {
    const qreal f = m_layout.fontPixelSize();
    const qreal head = f * 0.8;
    const QFont labelFont = m_layout.labelFont(), subFont = m_layout.sublabelFont(), headerFont = m_layout.headerFont();

    // Bands and their step badges: only the steps shown.
    for (const app::LadderLayout::Band& band : m_layout.bands()) {
        if (band.step > shownSteps)
            continue;
        p.fillRect(QRectF(0, band.top, m_layout.width(), band.bottom - band.top), band.step % 2 ? c.band : c.bandAlt);
        const bool current = highlightLast && band.step == shownSteps;
        p.setPen(Qt::NoPen);
        p.setBrush(current ? c.current : c.badge);
        p.drawRoundedRect(band.badge, 3, 3);
        p.setPen(current ? c.background : c.badgeText);
        p.setFont(subFont);
        p.drawText(band.badge, Qt::AlignCenter, band.label);
    }

    // Lifelines run the whole height whatever the step, so the figures of a series line up.
    for (const app::LadderLayout::Lifeline& l : m_layout.lifelines()) {
        const bool attacker = l.actor == QLatin1String("Attacker");
        QPen pen(attacker ? c.attacker : c.lifeline, 1.5, attacker ? Qt::DashLine : Qt::SolidLine);
        p.setPen(pen);
        p.drawLine(QPointF(l.x, l.header.bottom()), QPointF(l.x, m_layout.height() - f * 0.5));
        p.setPen(QPen(attacker ? c.attacker : c.lifeline, 1));
        p.setBrush(c.header);
        p.drawRoundedRect(l.header, 4, 4);
        p.setPen(attacker ? c.attacker : c.headerText);
        p.setFont(headerFont);
        p.drawText(l.header, Qt::AlignCenter, l.label);
    }

    for (const Item& item : m_layout.items()) {
        if (item.step > shownSteps)
            continue;
        const bool current = highlightLast && item.step == shownSteps;
        QColor colour = current ? c.current : c.message;
        if (item.attacker || item.substituted || item.kind == ItemKind::Tap)
            colour = c.attacker;
        if (item.kind == ItemKind::Rejection)
            colour = c.rejection;

        if (item.kind == ItemKind::Computation) {
            p.setPen(QPen(current ? c.boxCurrent : (item.attacker ? c.attacker : c.boxBorder), current ? 2 : 1));
            p.setBrush(c.boxFill);
            p.drawRoundedRect(item.box, 4, 4);
            p.setPen(c.text);
            p.setFont(labelFont);
            p.drawText(item.labelRect, Qt::AlignHCenter | Qt::AlignTop, item.label);
            if (!item.sublabel.isEmpty()) {
                p.setPen(c.muted);
                p.setFont(subFont);
                p.drawText(item.sublabelRect, Qt::AlignCenter, item.sublabel);
            }
            continue;
        }

        const qreal dir = item.x2 >= item.x1 ? 1 : -1;
        QPen pen(colour, current ? 2.5 : 1.6);
        if (item.kind == ItemKind::Tap)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.drawLine(QPointF(item.x1, item.y), QPointF(item.x2 - dir * head * 0.6, item.y));
        arrowHead(p, QPointF(item.x2, item.y), dir, head, colour);
        if (item.kind == ItemKind::Rejection) {
            const QPointF x(item.x2 - dir * head * 1.6, item.y);
            const qreal r = f * 0.35;
            p.setPen(QPen(colour, 2));
            p.drawLine(x + QPointF(-r, -r), x + QPointF(r, r));
            p.drawLine(x + QPointF(-r, r), x + QPointF(r, -r));
        }
        p.setPen(item.kind == ItemKind::Tap ? colour : c.text);
        p.setFont(item.kind == ItemKind::Tap ? subFont : labelFont);
        p.drawText(item.labelRect, Qt::AlignCenter, item.label);
        if (!item.sublabel.isEmpty()) {
            p.setPen(item.kind == ItemKind::Rejection ? c.rejection : c.muted);
            p.setFont(subFont);
            p.drawText(item.sublabelRect, Qt::AlignCenter, item.sublabel);
        }
    }
}

void DiagramPainter::paintFooter(QPainter& p, const PrintPalette& c, int shownSteps) const {
    const qreal f = m_layout.fontPixelSize();
    const QFontMetricsF sm(m_layout.sublabelFont());
    const qreal width = m_layout.width() - f;
    p.setPen(QPen(c.lifeline, 1));
    p.drawLine(QPointF(f * 0.5, f * 0.5), QPointF(m_layout.width() - f * 0.5, f * 0.5));
    p.setFont(m_layout.sublabelFont());
    p.setPen(c.rejection);
    qreal y = f;
    p.drawText(QRectF(f * 0.5, y, width, sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               renderTr("keyladder::render::DiagramPainter",
                        "Secret values held after this step (do not publish real keys):"));
    p.setPen(c.text);
    for (const QString& line : secretLines(shownSteps)) {
        y += sm.height();
        p.drawText(QRectF(f * 0.5, y, width, sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   sm.elidedText(line, Qt::ElideMiddle, width));
    }
}

} // namespace keyladder::render
