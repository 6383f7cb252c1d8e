// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/gui/CostController.h"

#include "core/crypto/Groups.h"

#include <QFileInfo>

#include <algorithm>

namespace keyladder::app {

CostController::CostController(QObject* parent) : AnalysisController(parent) {}

void CostController::setGroups(const QStringList& groups) {
    if (groups == m_groups)
        return;
    m_groups = groups;
    emit groupsChanged();
}

void CostController::setRuns(int runs) {
    runs = std::clamp(runs, 1, 1000);
    if (runs == m_runs)
        return;
    m_runs = runs;
    emit runsChanged();
}

QVariantList CostController::costs() const {
    QVariantList out;
    for (const render::GroupCost& c : m_costs) {
        QVariantList added;
        for (const auto& [message, octets] : c.addedOctets)
            added << QVariantMap{{QStringLiteral("message"), message}, {QStringLiteral("octets"), octets}};
        out << QVariantMap{{QStringLiteral("group"), c.group},
                           {QStringLiteral("name"), c.name},
                           {QStringLiteral("securityBits"), c.securityBits},
                           {QStringLiteral("publicOctets"), c.publicOctets},
                           {QStringLiteral("keygenMicros"), c.keygenMicros},
                           {QStringLiteral("agreeMicros"), c.agreeMicros},
                           {QStringLiteral("runs"), c.runs},
                           {QStringLiteral("added"), added}};
    }
    return out;
}

QString CostController::method() const {
    return m_costs.isEmpty() ? QString() : render::costMethod(m_measuredRuns);
}

std::optional<render::Figure> CostController::figure(const QString&, render::PrintTheme theme) const {
    if (m_costs.isEmpty())
        return std::nullopt;
    return render::costFigure(m_costs, theme);
}

void CostController::run() {
    std::vector<std::string> ids;
    for (const QString& g : m_groups) {
        const GroupInfo* group = findGroup(g.toStdString());
        if (!group) {
            setError(tr("Unknown group “%1”.").arg(g));
            return;
        }
        if (!group->available) {
            setError(tr("Group %1 cannot be measured: %2").arg(g, QString::fromStdString(group->unavailableReason)));
            return;
        }
        ids.push_back(g.toStdString());
    }
    if (ids.empty()) {
        setError(tr("Choose at least one group to measure."));
        return;
    }
    const int runs = m_runs;
    start(tr("Measuring key generation and agreement"), [this, ids, runs](JobProgress& job) -> std::function<void()> {
        job.total = int(ids.size());
        QList<render::GroupCost> costs = render::measureCosts(ids, runs, &job.cancel, [&job](int done, int total) {
            job.total = total;
            job.done = done;
        });
        return [this, costs, runs] {
            m_costs = costs;
            m_measuredRuns = runs;
        };
    });
}

bool CostController::exportTo(const QString& pathOrUrl, bool dark) {
    const QString path = localPath(pathOrUrl);
    if (QFileInfo(path).suffix().toLower() == QLatin1String("md")) {
        if (m_costs.isEmpty()) {
            setError(tr("Nothing to export yet: the measurement has not run."));
            return false;
        }
        return writeFile(path, render::costMarkdown(m_costs).toUtf8());
    }
    return exportFigure(path, {}, dark);
}

bool CostController::copyTable() {
    if (m_costs.isEmpty()) {
        setError(tr("Nothing to copy yet: the measurement has not run."));
        return false;
    }
    return copyMarkdown(render::costMarkdown(m_costs));
}

} // namespace keyladder::app
