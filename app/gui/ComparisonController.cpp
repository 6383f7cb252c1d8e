// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/gui/ComparisonController.h"

#include "app/gui/SessionController.h"
#include "app/gui/TraceBuilder.h"


namespace keyladder::app {

QJsonObject procedureObject(const QString& id) {
    if (id == QLatin1String("baseline"))
        return {{QStringLiteral("mode"), QStringLiteral("baseline")}};
    for (const char* usage : {"none", "combine", "replace"})
        if (id == QLatin1String("dh-") + QLatin1String(usage))
            return {{QStringLiteral("mode"), QStringLiteral("dh")}, {QStringLiteral("keyUsage"), QLatin1String(usage)}};
    return {};
}

QString procedureName(const QString& id) {
    if (id == QLatin1String("dh-none"))
        return ComparisonController::tr("D-H, key not used");
    if (id == QLatin1String("dh-combine"))
        return ComparisonController::tr("D-H, combined");
    if (id == QLatin1String("dh-replace"))
        return ComparisonController::tr("D-H, replacing S-KgNB");
    return ComparisonController::tr("baseline");
}

ComparisonController::ComparisonController(QObject* parent) : AnalysisController(parent) {}

ComparisonController::~ComparisonController() = default;

QVariantList ComparisonController::procedures() const {
    return {QVariantMap{{QStringLiteral("id"), QStringLiteral("baseline")},
                        {QStringLiteral("text"), tr("Baseline (today's EN-DC)")}},
            QVariantMap{{QStringLiteral("id"), QStringLiteral("dh-none")},
                        {QStringLiteral("text"), tr("D-H, key not used")}},
            QVariantMap{{QStringLiteral("id"), QStringLiteral("dh-combine")},
                        {QStringLiteral("text"), tr("D-H, combined with S-KgNB")}},
            QVariantMap{{QStringLiteral("id"), QStringLiteral("dh-replace")},
                        {QStringLiteral("text"), tr("D-H, replaces S-KgNB")}}};
}

void ComparisonController::setLeftProcedure(const QString& id) {
    if (id == m_leftProcedure || procedureObject(id).isEmpty())
        return;
    m_leftProcedure = id;
    emit proceduresChanged();
    if (!m_scenario.isEmpty())
        load(m_scenario);
}

void ComparisonController::setRightProcedure(const QString& id) {
    if (id == m_rightProcedure || procedureObject(id).isEmpty())
        return;
    m_rightProcedure = id;
    emit proceduresChanged();
    if (!m_scenario.isEmpty())
        load(m_scenario);
}

int ComparisonController::step() const {
    return m_comparison ? m_comparison->step() : 0;
}

void ComparisonController::setStep(int step) {
    if (!m_comparison) {
        m_wantedStep = std::max(0, step);
        return;
    }
    const int before = m_comparison->step();
    m_comparison->setStep(step);
    m_wantedStep = m_comparison->step();
    if (m_comparison->step() != before) {
        emit stepChanged();
        emit figureChanged();
    }
}

int ComparisonController::stepCount() const {
    return m_comparison ? m_comparison->stepCount() : 0;
}

int ComparisonController::leftStep() const {
    return m_comparison ? m_comparison->leftStep() : 0;
}

int ComparisonController::rightStep() const {
    return m_comparison ? m_comparison->rightStep() : 0;
}

QString ComparisonController::leftName() const {
    return m_comparison ? m_comparison->leftName() : QString();
}

QString ComparisonController::rightName() const {
    return m_comparison ? m_comparison->rightName() : QString();
}

QString ComparisonController::stepTitle(const render::FigureExporter& side, int step) const {
    if (step <= 0)
        return tr("Before the first step");
    const TraceStep& s = side.trace().steps[step - 1];
    return tr("Step %1 · %2").arg(s.label, s.title);
}

QString ComparisonController::leftStepTitle() const {
    return m_comparison ? stepTitle(m_comparison->left(), leftStep()) : QString();
}

QString ComparisonController::rightStepTitle() const {
    return m_comparison ? stepTitle(m_comparison->right(), rightStep()) : QString();
}

QVariantList ComparisonController::differences() const {
    QVariantList out;
    if (!m_comparison)
        return out;
    for (const render::KnowledgeDifference& d : m_comparison->differences())
        out << QVariantMap{{QStringLiteral("actor"), d.actor},
                           {QStringLiteral("label"), actorLabel(d.actor)},
                           {QStringLiteral("onlyLeft"), d.onlyLeft},
                           {QStringLiteral("onlyRight"), d.onlyRight}};
    return out;
}

QStringList ComparisonController::differenceLines() const {
    return m_comparison ? m_comparison->differenceLines() : QStringList();
}

std::optional<render::Figure> ComparisonController::figure(const QString& part, render::PrintTheme theme) const {
    if (!m_comparison)
        return std::nullopt;
    if (part.isEmpty())
        return m_comparison->figure(theme);
    const bool left = part == QLatin1String("left");
    render::DiagramOptions options;
    options.theme = theme;
    const int shown = left ? leftStep() : rightStep();
    options.upToStep = shown > 0 ? shown : -1; // step 0: the lifelines, no step yet
    return (left ? m_comparison->left() : m_comparison->right()).figure(options);
}

QVariantMap ComparisonController::stepExtent(const QString& part) const {
    if (!m_comparison)
        return {};
    const bool left = part == QLatin1String("left");
    const render::FigureExporter& side = left ? m_comparison->left() : m_comparison->right();
    const int shown = left ? leftStep() : rightStep();
    render::DiagramOptions options;
    options.upToStep = shown > 0 ? shown : -1;
    const qreal height = side.painter().canvasSize(options).height();
    if (height <= 0)
        return {};
    const auto [top, bottom] = side.painter().stepSpan(shown);
    return {{QStringLiteral("top"), top / height}, {QStringLiteral("bottom"), bottom / height}};
}

void ComparisonController::reload() {
    if (SessionController* session = SessionController::instance(); session->hasTrace() || !session->busy())
        load(session->scenarioDocument());
}

void ComparisonController::load(const QByteArray& scenarioJson) {
    m_scenario = scenarioJson;
    if (m_comparison)
        m_wantedStep = m_comparison->step();
    const QJsonObject left = procedureObject(m_leftProcedure), right = procedureObject(m_rightProcedure);
    const QString leftName = procedureName(m_leftProcedure), rightName = procedureName(m_rightProcedure);
    start(tr("Running both procedures"),
          [this, scenarioJson, left, right, leftName, rightName](JobProgress& job) -> std::function<void()> {
              // The left side is the scenario with its procedure set to the left one; the right differs only there.
              const auto [leftJson, rightJson] = render::Comparison::sidesOf(scenarioJson, left, right);
              job.total = 2;
              BuildProgress progress;
              TraceViewPtr leftTrace = buildTrace(leftJson, job.cancel, progress);
              job.done = 1;
              TraceViewPtr rightTrace = buildTrace(rightJson, job.cancel, progress);
              job.done = 2;
              // Laid out here too; the layout objects are made on the UI thread, where they live, from the geometry.
              LadderLayout::Geometry leftGeometry = LadderLayout::geometryOf(leftTrace, 14);
              LadderLayout::Geometry rightGeometry = LadderLayout::geometryOf(rightTrace, 14);
              // Step N at one height on both sides, so the two ladders read across.
              LadderLayout::alignSteps(leftGeometry, rightGeometry);
              return
                  [this, leftJson, rightJson, leftTrace, rightTrace, leftName, rightName, leftGeometry, rightGeometry] {
                      auto comparison = std::make_unique<render::Comparison>(
                          render::FigureExporter(leftJson, leftTrace, leftGeometry),
                          render::FigureExporter(rightJson, rightTrace, rightGeometry));
                      comparison->setNames(leftName, rightName);
                      comparison->setStep(m_wantedStep < 0 ? comparison->stepCount() : m_wantedStep);
                      m_comparison = std::move(comparison);
                      emit stepChanged();
                  };
          });
}

} // namespace keyladder::app
