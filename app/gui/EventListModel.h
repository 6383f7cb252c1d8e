// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "app/gui/TraceView.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace keyladder::app {

/** @brief The events (messages, computations, taps, rejections) of the current step. */
class EventListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the SessionController")
    Q_DISABLE_COPY_MOVE(EventListModel)
public:
    enum Role { KindRole = Qt::UserRole + 1, NameRole, FromRole, ToRole, InterfaceRole, ProtectionRole, DetailRole,
                FieldsRole, AttackerRole, SubstitutedRole, StepRole, EventRole };
    Q_ENUM(Role)

    explicit EventListModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Shows the events of @p step (1-based; 0 shows none). */
    void setStep(const TraceViewPtr& trace, int step);

    static QString kindName(EventKind kind);
    /** The event as a map for the inspector: every role above plus the fields list. */
    static QVariantMap toMap(const TraceEvent& event, int step, int index);

private:
    TraceViewPtr m_trace;
    int m_step = 0;
};

} // namespace keyladder::app
