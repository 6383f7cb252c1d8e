// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/gui/LadderLayout.h"

#include <QFontMetricsF>
#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace keyladder::app {

namespace {

QVariantMap rectMap(const QRectF& r) {
    return {{QStringLiteral("x"), r.x()}, {QStringLiteral("y"), r.y()}, {QStringLiteral("width"), r.width()},
            {QStringLiteral("height"), r.height()}};
}

QString kindName(LadderLayout::ItemKind kind) {
    switch (kind) {
    case LadderLayout::ItemKind::Message: return QStringLiteral("message");
    case LadderLayout::ItemKind::Computation: return QStringLiteral("computation");
    case LadderLayout::ItemKind::Tap: return QStringLiteral("tap");
    case LadderLayout::ItemKind::Rejection: return QStringLiteral("rejection");
    }
    return {};
}

// Greedy word wrap into at most maxLines lines of at most width pixels; the last line is elided.
QString wrapText(const QFontMetricsF& fm, const QString& text, qreal width, int maxLines) {
    if (fm.horizontalAdvance(text) <= width)
        return text;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    int i = 0;
    for (; i < words.size(); ++i) {
        const QString candidate = line.isEmpty() ? words[i] : line + QLatin1Char(' ') + words[i];
        if (fm.horizontalAdvance(candidate) <= width || line.isEmpty()) {
            line = candidate;
            continue;
        }
        lines << line;
        line = words[i];
        if (lines.size() == maxLines - 1)
            break;
    }
    for (++i; i < words.size(); ++i)
        line += QLatin1Char(' ') + words[i];
    lines << fm.elidedText(line, Qt::ElideRight, width);
    return lines.join(QLatin1Char('\n'));
}

qreal linesWidth(const QFontMetricsF& fm, const QString& text) {
    qreal w = 0;
    for (const QString& l : text.split(QLatin1Char('\n')))
        w = std::max(w, fm.horizontalAdvance(l));
    return std::ceil(w) + 2;
}

} // namespace

LadderLayout::LadderLayout(QObject* parent) : QObject(parent) {}

void LadderLayout::compute(const TraceViewPtr& trace) {
    m_trace = trace;
    relayout();
}

void LadderLayout::setFontPixelSize(int size) {
    size = std::clamp(size, 8, 64);
    if (size == m_fontPixelSize)
        return;
    m_fontPixelSize = size;
    emit fontPixelSizeChanged();
    relayout();
}

QFont LadderLayout::labelFontFor(int fontPixelSize) {
    QFont font = QGuiApplication::font();
    font.setPixelSize(fontPixelSize);
    font.setBold(true);
    return font;
}

QFont LadderLayout::sublabelFontFor(int fontPixelSize) {
    QFont font = QGuiApplication::font();
    font.setPixelSize(std::max(8, int(std::lround(fontPixelSize * 0.86))));
    return font;
}

QFont LadderLayout::headerFontFor(int fontPixelSize) {
    QFont font = QGuiApplication::font();
    font.setPixelSize(int(std::lround(fontPixelSize * 1.1)));
    font.setBold(true);
    return font;
}

qreal LadderLayout::lifelineX(const QString& actor) const {
    for (const Lifeline& l : m_g.lifelines)
        if (l.actor == actor)
            return l.x;
    return -1;
}

QVector<QRectF> LadderLayout::textRects() const {
    QVector<QRectF> rects;
    for (const Lifeline& l : m_g.lifelines)
        rects.append(l.header);
    for (const Item& item : m_g.items) {
        if (!item.label.isEmpty())
            rects.append(item.labelRect);
        if (!item.sublabel.isEmpty())
            rects.append(item.sublabelRect);
    }
    for (const Band& band : m_g.bands)
        rects.append(band.badge);
    return rects;
}

LadderLayout::Geometry LadderLayout::geometryOf(const TraceViewPtr& trace, int fontPixelSize) {
    Geometry g;
    g.fontPixelSize = fontPixelSize;
    g.lifelines.clear();
    g.items.clear();
    g.bands.clear();
    g.width = g.height = g.headerHeight = 0;

    if (trace) {
        const qreal f = fontPixelSize;
        const QFontMetricsF lfm(labelFontFor(fontPixelSize)), sfm(sublabelFontFor(fontPixelSize)), hfm(headerFontFor(fontPixelSize));
        const qreal pad = f * 0.6;
        const qreal arrowHead = f * 0.8;
        const qreal maxLabel = f * 26, maxBoxLabel = f * 30, maxSublabel = f * 32;
        const auto textWidth = [](const QFontMetricsF& fm, const QString& s) { return std::ceil(fm.horizontalAdvance(s)) + 2; };

        const QStringList& actors = trace->actors;
        const int n = int(actors.size());
        const auto indexOf = [&actors](const QString& a) { return int(actors.indexOf(a)); };

        // Texts first: the widths decide the gaps between lifelines.
        struct Pending {
            Item item;
            qreal labelW = 0, subW = 0;
            int labelLines = 1;
            int a = -1, b = -1; // lifeline indices (a == b for boxes)
        };
        QVector<Pending> pending;
        for (int s = 0; s < trace->steps.size(); ++s) {
            const TraceStep& step = trace->steps[s];
            for (int e = 0; e < step.events.size(); ++e) {
                const TraceEvent& ev = step.events[e];
                Pending p;
                p.item.step = s + 1;
                p.item.event = e;
                p.item.from = ev.from;
                p.item.to = ev.to;
                p.item.attacker = ev.byAttacker;
                p.item.substituted = ev.substituted;
                p.a = indexOf(ev.from);
                p.b = ev.to.isEmpty() ? p.a : indexOf(ev.to);
                if (p.a < 0 || p.b < 0)
                    continue; // an actor without a lifeline: nothing to draw it on
                QStringList sub;
                switch (ev.kind) {
                case EventKind::Message:
                    p.item.kind = ItemKind::Message;
                    p.item.label = ev.name;
                    if (!ev.interfaceName.isEmpty())
                        sub << ev.interfaceName;
                    if (!ev.protection.isEmpty())
                        sub << ev.protection;
                    if (ev.substituted)
                        sub << tr("forged by the attacker");
                    break;
                case EventKind::Rejection:
                    p.item.kind = p.a == p.b ? ItemKind::Computation : ItemKind::Rejection;
                    p.item.label = ev.name;
                    sub << ev.detail;
                    break;
                case EventKind::Tap:
                    p.item.kind = ItemKind::Tap;
                    p.item.label = ev.interfaceName.isEmpty() ? tr("tap") : tr("tap %1").arg(ev.interfaceName);
                    p.a = std::max(0, n - 2); // drawn from the tapped link towards the attacker
                    p.b = indexOf(ev.to.isEmpty() ? QStringLiteral("Attacker") : ev.to);
                    if (p.b < 0)
                        continue;
                    break;
                case EventKind::Computation:
                case EventKind::Note:
                    p.item.kind = ItemKind::Computation;
                    p.item.label = ev.name;
                    p.b = p.a;
                    break;
                }
                if (p.item.kind == ItemKind::Computation)
                    p.item.label = wrapText(lfm, p.item.label, maxBoxLabel, 3);
                else
                    p.item.label = lfm.elidedText(p.item.label, Qt::ElideRight, maxLabel);
                p.item.sublabel = sfm.elidedText(sub.join(QStringLiteral(" · ")), Qt::ElideRight, maxSublabel);
                p.labelW = p.item.kind == ItemKind::Tap ? textWidth(sfm, p.item.label) : linesWidth(lfm, p.item.label);
                p.labelLines = int(p.item.label.count(QLatin1Char('\n'))) + 1;
                p.subW = p.item.sublabel.isEmpty() ? 0 : textWidth(sfm, p.item.sublabel);
                pending.append(p);
            }
        }

        // Gaps between neighbouring lifelines. Every event has a row of its own, so a label may reach past
        // the lifelines of its arrow without meeting other text; the gaps only grow as far as keeps short
        // arrows readable, which keeps the whole ladder on a laptop screen.
        QVector<qreal> headerW(n);
        for (int i = 0; i < n; ++i)
            headerW[i] = textWidth(hfm, actorLabel(actors[i])) + 2 * pad;
        QVector<qreal> gaps(std::max(0, n - 1), f * 9);
        for (int i = 0; i + 1 < n; ++i)
            gaps[i] = std::max(gaps[i], (headerW[i] + headerW[i + 1]) / 2 + f);
        QVector<const Pending*> spans;
        for (const Pending& p : pending)
            if (p.item.kind == ItemKind::Message || p.item.kind == ItemKind::Rejection || p.item.kind == ItemKind::Tap)
                spans.append(&p);
        // Narrow spans first, so a wide arrow only adds what its neighbours did not already give it.
        std::stable_sort(spans.begin(), spans.end(),
                         [](const Pending* l, const Pending* r) { return std::abs(l->b - l->a) < std::abs(r->b - r->a); });
        const qreal maxSpanNeed = f * 13;
        for (const Pending* p : spans) {
            const int lo = std::min(p->a, p->b), hi = std::max(p->a, p->b);
            if (lo == hi)
                continue;
            if (p->item.kind == ItemKind::Tap) { // its text sits in the last gap, beside the attacker's lifeline
                gaps[hi - 1] = std::max(gaps[hi - 1], p->labelW + 2 * pad + arrowHead);
                continue;
            }
            const qreal need = std::min(std::max(p->labelW, p->subW) + 2 * pad + arrowHead, maxSpanNeed);
            qreal have = 0;
            for (int i = lo; i < hi; ++i)
                have += gaps[i];
            if (have < need)
                for (int i = lo; i < hi; ++i)
                    gaps[i] += (need - have) / (hi - lo);
        }

        qreal badgeW = 0;
        for (int s = 0; s < trace->steps.size(); ++s)
            badgeW = std::max(badgeW, textWidth(sfm, trace->steps[s].label) + pad);
        const qreal leftLimit = f * 0.5 + badgeW + f * 0.5; // text never reaches into the step badges
        const qreal leftMargin = leftLimit + std::max(n > 0 ? headerW[0] / 2 : 0, f * 4);
        const qreal rightMargin = std::max(n > 0 ? headerW[n - 1] / 2 : 0, f * 4) + f * 0.5;

        const qreal headerH = hfm.height() + 2 * pad;
        g.headerHeight = headerH + f;
        qreal x = leftMargin;
        for (int i = 0; i < n; ++i) {
            Lifeline l;
            l.actor = actors[i];
            l.label = actorLabel(actors[i]);
            l.x = x;
            l.header = QRectF(x - headerW[i] / 2, f * 0.5, headerW[i], headerH);
            g.lifelines.append(l);
            if (i + 1 < n)
                x += gaps[i];
        }
        g.width = x + rightMargin;
        for (const Pending& p : pending) // the widest box fits between the badges and the right edge
            if (p.item.kind == ItemKind::Computation)
                g.width = std::max(g.width, leftLimit + std::max(p.labelW, p.subW) + 2 * pad + f * 0.5);
        // Keeps a text of width w centred on cx when it can, inside the canvas always.
        const auto place = [&](qreal cx, qreal w) {
            return std::clamp(cx - w / 2, leftLimit, std::max(leftLimit, g.width - f * 0.5 - w));
        };

        // Rows, top to bottom: one band per step, one row per event.
        qreal y = g.headerHeight + f * 0.5;
        int pi = 0;
        for (int s = 0; s < trace->steps.size(); ++s) {
            Band band;
            band.step = s + 1;
            band.label = trace->steps[s].label;
            band.top = y;
            band.badge = QRectF(f * 0.5, y + f * 0.3, badgeW, sfm.height() + 4);
            y += f * 0.3;
            bool any = false;
            for (; pi < pending.size() && pending[pi].item.step == s + 1; ++pi) {
                any = true;
                Item item = pending[pi].item;
                const Pending& p = pending[pi];
                const qreal xa = g.lifelines[p.a].x, xb = g.lifelines[p.b].x;
                const qreal top = y;
                switch (item.kind) {
                case ItemKind::Message:
                case ItemKind::Rejection: {
                    item.x1 = xa;
                    item.x2 = xb;
                    const qreal mid = (xa + xb) / 2;
                    item.labelRect = QRectF(place(mid, p.labelW), top + f * 0.3, p.labelW, lfm.height());
                    item.y = item.labelRect.bottom() + f * 0.35;
                    item.sublabelRect = QRectF(place(mid, p.subW), item.y + f * 0.35, p.subW, sfm.height());
                    y = item.sublabelRect.bottom() + f * 0.4;
                    break;
                }
                case ItemKind::Computation: {
                    item.x1 = item.x2 = xa;
                    const qreal w = std::max(p.labelW, p.subW) + 2 * pad;
                    const qreal h = lfm.height() * p.labelLines + (p.subW > 0 ? sfm.height() : 0) + pad;
                    // Centred on the lifeline where there is room; pushed inwards at the edges, still across it.
                    item.box = QRectF(place(xa, w), top + f * 0.3, w, h);
                    item.y = item.box.center().y();
                    const qreal cx = item.box.center().x();
                    item.labelRect =
                        QRectF(cx - p.labelW / 2, item.box.top() + pad / 2, p.labelW, lfm.height() * p.labelLines);
                    if (p.subW > 0)
                        item.sublabelRect = QRectF(cx - p.subW / 2, item.labelRect.bottom(), p.subW, sfm.height());
                    y = item.box.bottom() + f * 0.4;
                    break;
                }
                case ItemKind::Tap: {
                    // From the middle of the tapped message to the attacker's lifeline.
                    const TraceStep& step = trace->steps[s];
                    const int tapped = step.events[item.event].tappedEvent;
                    qreal from = g.lifelines[std::max(0, p.b - 1)].x;
                    for (const Item& prev : std::as_const(g.items))
                        if (prev.step == item.step && prev.event == tapped)
                            from = (prev.x1 + prev.x2) / 2;
                    item.x1 = from;
                    item.x2 = xb;
                    item.labelRect = QRectF(xb - arrowHead - pad / 2 - p.labelW, top + f * 0.15, p.labelW, sfm.height());
                    item.y = item.labelRect.bottom() + f * 0.25;
                    y = item.y + f * 0.5;
                    break;
                }
                }
                item.row = QRectF(0, top, g.width, y - top);
                g.items.append(item);
            }
            if (!any)
                y += sfm.height() + f;
            y = std::max(y, band.badge.bottom() + f * 0.3);
            band.bottom = y;
            g.bands.append(band);
            y += f * 0.3;
        }
        g.height = y + f;
    }

    buildVariants(g);
    return g;
}

void LadderLayout::buildVariants(Geometry& g) {
    g.lifelinesVariant.clear();
    for (const Lifeline& l : std::as_const(g.lifelines))
        g.lifelinesVariant.append(QVariantMap{{QStringLiteral("actor"), l.actor},
                                              {QStringLiteral("label"), l.label},
                                              {QStringLiteral("x"), l.x},
                                              {QStringLiteral("header"), rectMap(l.header)}});
    g.itemsVariant.clear();
    for (const Item& i : std::as_const(g.items))
        g.itemsVariant.append(QVariantMap{{QStringLiteral("kind"), kindName(i.kind)},
                                          {QStringLiteral("step"), i.step},
                                          {QStringLiteral("event"), i.event},
                                          {QStringLiteral("from"), i.from},
                                          {QStringLiteral("to"), i.to},
                                          {QStringLiteral("x1"), i.x1},
                                          {QStringLiteral("x2"), i.x2},
                                          {QStringLiteral("y"), i.y},
                                          {QStringLiteral("row"), rectMap(i.row)},
                                          {QStringLiteral("box"), rectMap(i.box)},
                                          {QStringLiteral("label"), i.label},
                                          {QStringLiteral("labelRect"), rectMap(i.labelRect)},
                                          {QStringLiteral("sublabel"), i.sublabel},
                                          {QStringLiteral("sublabelRect"), rectMap(i.sublabelRect)},
                                          {QStringLiteral("attacker"), i.attacker},
                                          {QStringLiteral("substituted"), i.substituted}});
    g.bandsVariant.clear();
    for (const Band& b : std::as_const(g.bands))
        g.bandsVariant.append(QVariantMap{{QStringLiteral("step"), b.step},
                                          {QStringLiteral("label"), b.label},
                                          {QStringLiteral("top"), b.top},
                                          {QStringLiteral("bottom"), b.bottom},
                                          {QStringLiteral("badge"), rectMap(b.badge)}});
}

void LadderLayout::alignSteps(Geometry& left, Geometry& right) {
    // Walk the steps in order; each side is pushed down by what it has fallen behind the other so far.
    qreal shiftLeft = 0, shiftRight = 0;
    const auto bandOfStep = [](Geometry& g, int step) -> Band* {
        for (Band& b : g.bands)
            if (b.step == step)
                return &b;
        return nullptr;
    };
    const auto shift = [](Geometry& g, Band& band, qreal dy) {
        band.top += dy;
        band.bottom += dy;
        band.badge.translate(0, dy);
        for (Item& item : g.items) {
            if (item.step != band.step)
                continue;
            item.y += dy;
            item.row.translate(0, dy);
            item.box.translate(0, dy);
            item.labelRect.translate(0, dy);
            item.sublabelRect.translate(0, dy);
        }
    };
    const int steps = int(std::max(left.bands.size(), right.bands.size()));
    for (int s = 1; s <= steps; ++s) {
        Band* l = bandOfStep(left, s);
        Band* r = bandOfStep(right, s);
        if (l && r) {
            const qreal top = std::max(l->top + shiftLeft, r->top + shiftRight);
            shiftLeft = top - l->top;
            shiftRight = top - r->top;
        }
        if (l)
            shift(left, *l, shiftLeft);
        if (r)
            shift(right, *r, shiftRight);
    }
    left.height += shiftLeft;
    right.height += shiftRight;
    const qreal height = std::max(left.height, right.height);
    left.height = right.height = height; // one canvas height: the lifelines end together
    buildVariants(left);
    buildVariants(right);
}

void LadderLayout::relayout() {
    m_g = geometryOf(m_trace, m_fontPixelSize);
    emit changed();
}

void LadderLayout::apply(const TraceViewPtr& trace, Geometry geometry) {
    m_trace = trace;
    if (geometry.fontPixelSize != m_fontPixelSize) {
        relayout(); // the type size changed while the geometry was being made
        return;
    }
    m_g = std::move(geometry);
    emit changed();
}

QVariantMap LadderLayout::bandOf(int step) const {
    if (step < 1 || step > m_g.bands.size())
        return {};
    const Band& b = m_g.bands[step - 1];
    return {{QStringLiteral("top"), b.top}, {QStringLiteral("bottom"), b.bottom}};
}

QVariantList LadderLayout::lifelinesVariant() const { return m_g.lifelinesVariant; }
QVariantList LadderLayout::itemsVariant() const { return m_g.itemsVariant; }
QVariantList LadderLayout::bandsVariant() const { return m_g.bandsVariant; }

QString actorLabel(const QString& actor) {
    if (actor == QLatin1String("eNB"))
        return QCoreApplication::translate("keyladder::app::LadderLayout", "eNB (MeNB)");
    if (actor == QLatin1String("gNB"))
        return QCoreApplication::translate("keyladder::app::LadderLayout", "gNB (SgNB)");
    if (actor == QLatin1String("MME") || actor == QLatin1String("HSS"))
        return QCoreApplication::translate("keyladder::app::LadderLayout", "MME / HSS");
    if (actor == QLatin1String("Attacker"))
        return QCoreApplication::translate("keyladder::app::LadderLayout", "Attacker");
    return actor;
}

} // namespace keyladder::app
