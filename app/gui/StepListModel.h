// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "app/gui/TraceView.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace keyladder::app {

/** @brief The steps of the trace, for the step list; marks the current and the past steps. */
class StepListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the SessionController")
    Q_DISABLE_COPY_MOVE(StepListModel)
public:
    enum Role { NumberRole = Qt::UserRole + 1, LabelRole, TitleRole, PhaseRole, ClauseRole, CurrentRole, PastRole,
                EventCountRole };
    Q_ENUM(Role)

    explicit StepListModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setTrace(const TraceViewPtr& trace, int currentStep);
    void setCurrentStep(int step);

private:
    TraceViewPtr m_trace;
    int m_current = 0;
};

} // namespace keyladder::app
