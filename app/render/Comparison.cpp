// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/render/Comparison.h"
#include "app/render/Translate.h"

#include "app/gui/TraceBuilder.h"
#include "core/Simulation.h"
#include "core/protocol/Scenario.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QJsonDocument>
#include <QPainter>

#include <algorithm>
#include <iterator>
#include <set>

namespace keyladder::render {

namespace {

std::set<QString> namesKnown(const app::TraceView& trace, int step, const QString& actor) {
    std::set<QString> names;
    const QList<app::KnowledgeEntry>& entries =
        step <= 0 ? trace.initialKnowledge : trace.steps[std::min(step, int(trace.steps.size())) - 1].knowledge;
    for (const app::KnowledgeEntry& k : entries)
        if (k.actor == actor && !k.missing)
            names.insert(k.name);
    return names;
}

} // namespace

std::pair<QByteArray, QByteArray> Comparison::sidesOf(const QByteArray& scenario, const QJsonObject& leftProcedure,
                                                      const QJsonObject& rightProcedure) {
    // The document as given must load: a broken one is reported, not silently filled with defaults.
    const Scenario given = loadScenario(std::string_view(scenario.constData(), std::size_t(scenario.size())));
    const QJsonObject normalized = QJsonDocument::fromJson(QByteArray::fromStdString(saveScenario(given))).object();
    const auto side = [&normalized](const QJsonObject& fields) {
        QJsonObject doc = normalized;
        QJsonObject procedure = doc.value(QStringLiteral("procedure")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            procedure.insert(it.key(), it.value());
        doc.insert(QStringLiteral("procedure"), procedure);
        const QByteArray json = QJsonDocument(doc).toJson(QJsonDocument::Indented);
        // Each side goes through the loader too: a procedure it refuses is reported here, not half-run.
        return QByteArray::fromStdString(
            saveScenario(loadScenario(std::string_view(json.constData(), std::size_t(json.size())))));
    };
    return {side(leftProcedure), side(rightProcedure)};
}

QString Comparison::describe(const QByteArray& scenarioJson) {
    const QJsonObject procedure =
        QJsonDocument::fromJson(scenarioJson).object().value(QStringLiteral("procedure")).toObject();
    const QString mode = procedure.value(QStringLiteral("mode")).toString();
    if (mode == QLatin1String("baseline"))
        return renderTr("keyladder::render::Comparison", "baseline");
    return renderTr("keyladder::render::Comparison", "D-H, %1")
        .arg(procedure.value(QStringLiteral("keyUsage")).toString());
}

Comparison::Comparison(const QByteArray& scenario, const QJsonObject& rightProcedure, int fontPixelSize) {
    const auto [leftJson, rightJson] = sidesOf(scenario, {}, rightProcedure);
    const auto traceOf = [](const QByteArray& json) {
        return app::toTraceView(simulate(loadScenario(std::string_view(json.constData(), std::size_t(json.size())))));
    };
    const app::TraceViewPtr leftTrace = traceOf(leftJson), rightTrace = traceOf(rightJson);
    app::LadderLayout::Geometry leftGeometry = app::LadderLayout::geometryOf(leftTrace, fontPixelSize);
    app::LadderLayout::Geometry rightGeometry = app::LadderLayout::geometryOf(rightTrace, fontPixelSize);
    app::LadderLayout::alignSteps(leftGeometry, rightGeometry);
    m_left = std::make_unique<FigureExporter>(leftJson, leftTrace, std::move(leftGeometry));
    m_right = std::make_unique<FigureExporter>(rightJson, rightTrace, std::move(rightGeometry));
    m_leftName = describe(m_left->scenarioJson());
    m_rightName = describe(m_right->scenarioJson());
}

Comparison::Comparison(FigureExporter left, FigureExporter right)
    : m_left(std::make_unique<FigureExporter>(std::move(left))),
      m_right(std::make_unique<FigureExporter>(std::move(right))) {
    m_leftName = describe(m_left->scenarioJson());
    m_rightName = describe(m_right->scenarioJson());
}

int Comparison::stepCount() const {
    return std::max(m_left->stepCount(), m_right->stepCount());
}

void Comparison::setStep(int step) {
    m_step = std::clamp(step, 0, stepCount());
}

int Comparison::leftStep() const {
    return std::min(m_step, m_left->stepCount());
}

int Comparison::rightStep() const {
    return std::min(m_step, m_right->stepCount());
}

QList<KnowledgeDifference> Comparison::differences() const {
    QList<KnowledgeDifference> out;
    for (const QString& actor : m_left->trace().actors) {
        if (!m_right->trace().actors.contains(actor))
            continue;
        const std::set<QString> l = namesKnown(m_left->trace(), leftStep(), actor);
        const std::set<QString> r = namesKnown(m_right->trace(), rightStep(), actor);
        KnowledgeDifference d;
        d.actor = actor;
        std::set_difference(l.begin(), l.end(), r.begin(), r.end(), std::back_inserter(d.onlyLeft));
        std::set_difference(r.begin(), r.end(), l.begin(), l.end(), std::back_inserter(d.onlyRight));
        if (!d.onlyLeft.isEmpty() || !d.onlyRight.isEmpty())
            out << d;
    }
    return out;
}

QStringList Comparison::differenceLines() const {
    QStringList lines;
    for (const KnowledgeDifference& d : differences()) {
        QStringList parts;
        if (!d.onlyLeft.isEmpty())
            parts << renderTr("keyladder::render::Comparison", "only %1: %2")
                         .arg(m_leftName, d.onlyLeft.join(QStringLiteral(", ")));
        if (!d.onlyRight.isEmpty())
            parts << renderTr("keyladder::render::Comparison", "only %1: %2")
                         .arg(m_rightName, d.onlyRight.join(QStringLiteral(", ")));
        lines << app::actorLabel(d.actor) + QStringLiteral(": ") + parts.join(QStringLiteral("; "));
    }
    if (lines.isEmpty())
        lines << renderTr("keyladder::render::Comparison", "Both sides know the same values after this step.");
    return lines;
}

Figure Comparison::figure(PrintTheme theme) const {
    DiagramOptions lo, ro;
    lo.theme = ro.theme = theme;
    // Step 0 of a side means "nothing yet", which DiagramOptions spells as a negative count.
    lo.upToStep = leftStep() > 0 ? leftStep() : -1;
    ro.upToStep = rightStep() > 0 ? rightStep() : -1;
    const QSizeF ls = m_left->painter().canvasSize(lo), rs = m_right->painter().canvasSize(ro);
    const QFont font = m_left->layout().sublabelFont();
    const QFont headFont = m_left->layout().headerFont();
    const QFontMetricsF fm(font), hm(headFont);
    const qreal gap = m_left->layout().fontPixelSize() * 2;
    const QStringList lines = differenceLines();
    const qreal headH = hm.height() * 1.6;
    const qreal stripH = (lines.size() + 2) * fm.height();
    Figure f;
    f.size = QSizeF(ls.width() + gap + rs.width(), headH + std::max(ls.height(), rs.height()) + stripH);
    f.title = renderTr("keyladder::render::Comparison", "%1 vs %2").arg(m_leftName, m_rightName);
    f.scenarioJson = m_left->scenarioJson();
    const Comparison* self = this;
    f.paint = [self, lo, ro, ls, gap, lines, headH, font, headFont, fm, hm, theme, size = f.size](QPainter& p) {
        const PrintPalette c = PrintPalette::of(theme);
        p.fillRect(QRectF(QPointF(0, 0), size), c.background);
        p.setFont(headFont);
        p.setPen(c.text);
        p.drawText(QRectF(gap / 4, 0, ls.width(), headH), Qt::AlignLeft | Qt::AlignVCenter, self->m_leftName);
        p.drawText(QRectF(ls.width() + gap, 0, size.width() - ls.width() - gap, headH),
                   Qt::AlignLeft | Qt::AlignVCenter, self->m_rightName);
        p.save();
        p.translate(0, headH);
        self->m_left->painter().paint(p, lo);
        p.translate(ls.width() + gap, 0);
        self->m_right->painter().paint(p, ro);
        p.restore();
        qreal y = size.height() - (lines.size() + 1.5) * fm.height();
        p.setPen(QPen(c.lifeline, 1));
        p.drawLine(QPointF(gap / 4, y), QPointF(size.width() - gap / 4, y));
        p.setFont(font);
        p.setPen(c.current);
        p.drawText(QRectF(gap / 4, y, size.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   renderTr("keyladder::render::Comparison", "Who knows what differs after step %1 of %2:")
                       .arg(self->m_step)
                       .arg(self->stepCount()));
        p.setPen(c.text);
        for (const QString& line : lines) {
            y += fm.height();
            p.drawText(QRectF(gap / 4, y, size.width() - gap / 2, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(line, Qt::ElideRight, size.width() - gap / 2));
        }
        Q_UNUSED(hm);
    };
    return f;
}

} // namespace keyladder::render
