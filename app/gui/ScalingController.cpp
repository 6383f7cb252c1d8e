// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/gui/ScalingController.h"

#include "core/crypto/Groups.h"

#include <algorithm>

namespace keyladder::app {

namespace {

QString pointKind(render::ScalingPoint::Kind kind) {
    switch (kind) {
    case render::ScalingPoint::Kind::Measured:
        return QStringLiteral("measured");
    case render::ScalingPoint::Kind::Extrapolated:
        return QStringLiteral("extrapolated");
    case render::ScalingPoint::Kind::Record:
        break;
    }
    return QStringLiteral("record");
}

} // namespace

ScalingController::ScalingController(QObject* parent) : AnalysisController(parent) {}

void ScalingController::setGroups(const QStringList& groups) {
    if (groups == m_groups)
        return;
    m_groups = groups;
    emit groupsChanged();
}

void ScalingController::setBudgetSeconds(double seconds) {
    seconds = std::clamp(seconds, 1.0, 3600.0);
    if (qFuzzyCompare(seconds, m_budget))
        return;
    m_budget = seconds;
    emit budgetChanged();
}

QVariantList ScalingController::measurements() const {
    QVariantList out;
    for (const render::RhoMeasurement& m : m_measured)
        out << QVariantMap{{QStringLiteral("group"), m.group},
                           {QStringLiteral("fieldBits"), m.fieldBits},
                           {QStringLiteral("subgroupBits"), m.subgroupBits},
                           {QStringLiteral("seconds"), m.seconds},
                           {QStringLiteral("iterations"), m.iterations},
                           {QStringLiteral("found"), m.found},
                           {QStringLiteral("method"), m.method}};
    return out;
}

QVariantList ScalingController::points() const {
    QVariantList out;
    for (const render::ScalingPoint& p : m_points)
        out << QVariantMap{{QStringLiteral("kind"), pointKind(p.kind)},
                           {QStringLiteral("label"), p.label},
                           {QStringLiteral("fieldBits"), p.fieldBits},
                           {QStringLiteral("seconds"), p.seconds},
                           {QStringLiteral("curve"), p.curve}};
    return out;
}

std::optional<render::Figure> ScalingController::figure(const QString&, render::PrintTheme theme) const {
    if (m_points.isEmpty())
        return std::nullopt;
    return render::scalingFigure(m_points, theme);
}

void ScalingController::run() {
    std::vector<std::string> ids;
    for (const QString& g : m_groups) {
        const GroupInfo* group = findGroup(g.toStdString());
        if (!group || group->kind != GroupKind::Toy) {
            setError(tr("“%1” is not a toy group; only toy groups are measured.").arg(g));
            return;
        }
        ids.push_back(g.toStdString());
    }
    if (ids.empty()) {
        setError(tr("Choose at least one toy group to measure."));
        return;
    }
    const double budget = m_budget;
    start(tr("Solving discrete logs in the toy groups"),
          [this, ids, budget](JobProgress& job) -> std::function<void()> {
              job.total = int(ids.size());
              // One thread: the window stays responsive, and the extrapolation is per core anyway.
              QList<render::RhoMeasurement> measured =
                  render::measureToyRho(ids, 1, budget, &job.cancel, [&job](int done, int total) {
                      job.total = total;
                      job.done = done;
                  });
              QList<render::ScalingPoint> points = render::scalingPoints(measured, 1);
              return [this, measured, points] {
                  m_measured = measured;
                  m_points = points;
              };
          });
}

} // namespace keyladder::app
