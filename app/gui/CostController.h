// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "app/gui/AnalysisController.h"
#include "app/render/CostTable.h"

#include <QStringList>
#include <QVariantList>

namespace keyladder::app {

/**
 * @brief The cost panel: for the chosen groups, key generation and agreement time measured on this machine
 * on a worker thread, the octets the exchange adds to each message, and the security level.
 */
class CostController : public AnalysisController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList groups READ groups WRITE setGroups NOTIFY groupsChanged)
    Q_PROPERTY(int runs READ runs WRITE setRuns NOTIFY runsChanged)
    Q_PROPERTY(QVariantList costs READ costs NOTIFY resultChanged)
    Q_PROPERTY(QString method READ method NOTIFY resultChanged)

public:
    explicit CostController(QObject* parent = nullptr);

    QStringList groups() const { return m_groups; }
    void setGroups(const QStringList& groups);
    int runs() const { return m_runs; }
    void setRuns(int runs);
    /** [{group, name, securityBits, publicOctets, keygenMicros, agreeMicros, runs, added: [{message, octets}]}] */
    QVariantList costs() const;
    /** How the shown numbers were made; empty before the first measurement. */
    QString method() const;
    const QList<render::GroupCost>& groupCosts() const { return m_costs; }

    bool hasResult() const override { return !m_costs.isEmpty(); }
    /** The bar chart ("" or "chart"). */
    std::optional<render::Figure> figure(const QString& part, render::PrintTheme theme) const override;

    Q_INVOKABLE void run();
    /** Puts the table on the clipboard as Markdown, ready for a contribution. */
    Q_INVOKABLE bool copyTable();
    /** The table as Markdown (.md), or the chart as .svg, .pdf or .png. */
    Q_INVOKABLE bool exportTo(const QString& pathOrUrl, bool dark);

signals:
    void groupsChanged();
    void runsChanged();

private:
    QStringList m_groups{QStringLiteral("31"), QStringLiteral("19"), QStringLiteral("20"), QStringLiteral("14"),
                         QStringLiteral("15")};
    int m_runs = 25;
    int m_measuredRuns = 0;
    QList<render::GroupCost> m_costs;
};

} // namespace keyladder::app
