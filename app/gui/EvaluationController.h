// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "app/gui/AnalysisController.h"
#include "app/render/MatrixTable.h"

#include <QStringList>
#include <QVariantList>

namespace keyladder::app {

/**
 * @brief The evaluation view: every attacker situation against every procedure, per group, from real
 * negotiations run on a worker thread; each cell says why it came out as it did.
 */
class EvaluationController : public AnalysisController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList groups READ groups WRITE setGroups NOTIFY groupsChanged)
    Q_PROPERTY(QVariantList tables READ tables NOTIFY resultChanged)
    Q_PROPERTY(double seconds READ seconds NOTIFY resultChanged)

public:
    explicit EvaluationController(QObject* parent = nullptr);

    QStringList groups() const { return m_groups; }
    void setGroups(const QStringList& groups);
    /**
     * [{group, groupName, columns: [..], rows: [{label, cells: [{text, state, explanation}]}]}];
     * state is "reads", "safe", "rejected" or "missing".
     */
    QVariantList tables() const;
    double seconds() const { return m_seconds; }
    const QList<render::MatrixTable>& matrixTables() const { return m_tables; }

    bool hasResult() const override { return !m_tables.isEmpty(); }
    std::optional<render::Figure> figure(const QString&, render::PrintTheme) const override { return std::nullopt; }

    /** Runs the evaluation for the chosen groups on the worker thread. */
    Q_INVOKABLE void run();
    /** Puts the table on the clipboard as Markdown, ready for a contribution. */
    Q_INVOKABLE bool copyTable();
    /** Markdown (.md), CSV (.csv) or HTML (.html) as the file name's extension says. */
    Q_INVOKABLE bool exportTable(const QString& pathOrUrl);

signals:
    void groupsChanged();

private:
    QStringList m_groups{QStringLiteral("31"), QStringLiteral("19"), QStringLiteral("14"), QStringLiteral("toy-40")};
    QList<render::MatrixTable> m_tables;
    double m_seconds = 0;
};

} // namespace keyladder::app
