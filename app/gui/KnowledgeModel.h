// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "app/gui/TraceView.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace keyladder::app {

/**
 * @brief What one actor knows after the current step: the ledger's column for that actor.
 *
 * Follows the SessionController's trace and step on its own, so QML only names the actor.
 */
class KnowledgeModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(KnowledgeModel)
    Q_PROPERTY(QString actor READ actor WRITE setActor NOTIFY actorChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role { NameRole = Qt::UserRole + 1, ValueRole, SecretRole, HowRole, ChainRole, NewRole, MissingRole };
    Q_ENUM(Role)

    explicit KnowledgeModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString actor() const { return m_actor; }
    void setActor(const QString& actor);
    int count() const { return int(m_rows.size()); }

    /** Shows @p actor's knowledge after @p step of @p trace (0: before the first step). */
    void show(const TraceViewPtr& trace, int step);

signals:
    void actorChanged();
    void countChanged();

private:
    void refresh();

    QString m_actor;
    TraceViewPtr m_trace;
    int m_step = 0;
    QList<KnowledgeEntry> m_rows;
};

} // namespace keyladder::app
