// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/gui/KnowledgeModel.h"

#include "app/gui/SessionController.h"

namespace keyladder::app {

KnowledgeModel::KnowledgeModel(QObject* parent) : QAbstractListModel(parent) {
    SessionController* session = SessionController::instance();
    const auto follow = [this, session] { show(session->traceView(), session->currentStep()); };
    connect(session, &SessionController::traceChanged, this, follow);
    connect(session, &SessionController::currentStepChanged, this, follow);
    m_trace = session->traceView();
    m_step = session->currentStep();
}

int KnowledgeModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant KnowledgeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KnowledgeEntry& k = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return k.name;
    case ValueRole: return k.value;
    case SecretRole: return k.secret;
    case HowRole: return k.how;
    case ChainRole: return k.chain;
    case NewRole: return k.isNew;
    case MissingRole: return k.missing;
    default: return {};
    }
}

QHash<int, QByteArray> KnowledgeModel::roleNames() const {
    return {{NameRole, "name"}, {ValueRole, "value"}, {SecretRole, "secret"}, {HowRole, "how"},
            {ChainRole, "chain"}, {NewRole, "isNew"},  {MissingRole, "missing"}};
}

void KnowledgeModel::setActor(const QString& actor) {
    if (actor == m_actor)
        return;
    m_actor = actor;
    emit actorChanged();
    refresh();
}

void KnowledgeModel::show(const TraceViewPtr& trace, int step) {
    m_trace = trace;
    m_step = step;
    refresh();
}

void KnowledgeModel::refresh() {
    const int before = count();
    beginResetModel();
    m_rows.clear();
    if (m_trace) {
        const QList<KnowledgeEntry>& all = m_step >= 1 && m_step <= m_trace->steps.size()
                                              ? m_trace->steps[m_step - 1].knowledge
                                              : m_trace->initialKnowledge;
        for (const KnowledgeEntry& k : all)
            if (k.actor == m_actor)
                m_rows.append(k);
    }
    endResetModel();
    if (count() != before)
        emit countChanged();
}

} // namespace keyladder::app
