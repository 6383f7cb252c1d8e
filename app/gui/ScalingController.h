// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "app/gui/AnalysisController.h"
#include "app/render/ScalingPlot.h"

#include <QStringList>
#include <QVariantList>

namespace keyladder::app {

/**
 * @brief The scaling plot: discrete logs solved in the toy groups on this machine (on a worker thread),
 * extrapolated to the real groups, with the published record computations for scale.
 */
class ScalingController : public AnalysisController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList groups READ groups WRITE setGroups NOTIFY groupsChanged)
    Q_PROPERTY(double budgetSeconds READ budgetSeconds WRITE setBudgetSeconds NOTIFY budgetChanged)
    Q_PROPERTY(QVariantList measurements READ measurements NOTIFY resultChanged)
    Q_PROPERTY(QVariantList points READ points NOTIFY resultChanged)

public:
    explicit ScalingController(QObject* parent = nullptr);

    QStringList groups() const { return m_groups; }
    void setGroups(const QStringList& groups);
    double budgetSeconds() const { return m_budget; }
    void setBudgetSeconds(double seconds);
    /** [{group, fieldBits, subgroupBits, seconds, iterations, found, method}] */
    QVariantList measurements() const;
    /** [{kind: "measured"|"extrapolated"|"record", label, fieldBits, seconds, curve}] */
    QVariantList points() const;
    const QList<render::ScalingPoint>& scalingPoints() const { return m_points; }

    bool hasResult() const override { return !m_points.isEmpty(); }
    /** The plot ("" or "plot"). */
    std::optional<render::Figure> figure(const QString& part, render::PrintTheme theme) const override;

    Q_INVOKABLE void run();

signals:
    void groupsChanged();
    void budgetChanged();

private:
    QStringList m_groups{QStringLiteral("toy-24"), QStringLiteral("toy-32"), QStringLiteral("toy-40"),
                         QStringLiteral("toy-48"), QStringLiteral("toy-56")};
    double m_budget = 60;
    QList<render::RhoMeasurement> m_measured;
    QList<render::ScalingPoint> m_points;
};

} // namespace keyladder::app
