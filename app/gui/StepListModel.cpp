// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/gui/StepListModel.h"

namespace keyladder::app {

StepListModel::StepListModel(QObject* parent) : QAbstractListModel(parent) {}

int StepListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_trace ? 0 : int(m_trace->steps.size());
}

QVariant StepListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TraceStep& step = m_trace->steps[index.row()];
    const int number = index.row() + 1;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return step.title;
    case NumberRole: return number;
    case LabelRole: return step.label;
    case PhaseRole: return step.phase;
    case ClauseRole: return step.clause;
    case CurrentRole: return number == m_current;
    case PastRole: return number < m_current;
    case EventCountRole: return int(step.events.size());
    default: return {};
    }
}

QHash<int, QByteArray> StepListModel::roleNames() const {
    return {{NumberRole, "number"}, {LabelRole, "label"},     {TitleRole, "title"},     {PhaseRole, "phase"},
            {ClauseRole, "clause"}, {CurrentRole, "current"}, {PastRole, "past"},       {EventCountRole, "eventCount"}};
}

void StepListModel::setTrace(const TraceViewPtr& trace, int currentStep) {
    beginResetModel();
    m_trace = trace;
    m_current = currentStep;
    endResetModel();
}

void StepListModel::setCurrentStep(int step) {
    if (step == m_current)
        return;
    const int lo = std::max(1, std::min(step, m_current)), hi = std::min(rowCount(), std::max(step, m_current));
    m_current = step;
    if (lo <= hi)
        emit dataChanged(index(lo - 1), index(hi - 1), {CurrentRole, PastRole});
}

} // namespace keyladder::app
