// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/gui/EventListModel.h"

namespace keyladder::app {

EventListModel::EventListModel(QObject* parent) : QAbstractListModel(parent) {}

int EventListModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !m_trace || m_step < 1 || m_step > m_trace->steps.size())
        return 0;
    return int(m_trace->steps[m_step - 1].events.size());
}

QString EventListModel::kindName(EventKind kind) {
    switch (kind) {
    case EventKind::Message: return QStringLiteral("message");
    case EventKind::Computation: return QStringLiteral("computation");
    case EventKind::Tap: return QStringLiteral("tap");
    case EventKind::Rejection: return QStringLiteral("rejection");
    case EventKind::Note: return QStringLiteral("note");
    }
    return {};
}

namespace {
QVariantList fieldList(const TraceEvent& event) {
    QVariantList fields;
    for (const TraceField& f : event.fields)
        fields.append(QVariantMap{{QStringLiteral("name"), f.name},
                                  {QStringLiteral("value"), f.value},
                                  {QStringLiteral("secret"), f.secret},
                                  {QStringLiteral("illustrative"), f.illustrative},
                                  {QStringLiteral("note"), f.note}});
    return fields;
}
} // namespace

QVariantMap EventListModel::toMap(const TraceEvent& event, int step, int index) {
    return {{QStringLiteral("kind"), kindName(event.kind)},
            {QStringLiteral("name"), event.name},
            {QStringLiteral("from"), event.from},
            {QStringLiteral("to"), event.to},
            {QStringLiteral("fromLabel"), actorLabel(event.from)},
            {QStringLiteral("toLabel"), event.to.isEmpty() ? QString() : actorLabel(event.to)},
            {QStringLiteral("interfaceName"), event.interfaceName},
            {QStringLiteral("protection"), event.protection},
            {QStringLiteral("detail"), event.detail},
            {QStringLiteral("fields"), fieldList(event)},
            {QStringLiteral("byAttacker"), event.byAttacker},
            {QStringLiteral("substituted"), event.substituted},
            {QStringLiteral("step"), step},
            {QStringLiteral("event"), index}};
}

QVariant EventListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TraceEvent& ev = m_trace->steps[m_step - 1].events[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return ev.name;
    case KindRole: return kindName(ev.kind);
    case FromRole: return ev.from;
    case ToRole: return ev.to;
    case InterfaceRole: return ev.interfaceName;
    case ProtectionRole: return ev.protection;
    case DetailRole: return ev.detail;
    case FieldsRole: return fieldList(ev);
    case AttackerRole: return ev.byAttacker;
    case SubstitutedRole: return ev.substituted;
    case StepRole: return m_step;
    case EventRole: return index.row();
    default: return {};
    }
}

QHash<int, QByteArray> EventListModel::roleNames() const {
    return {{KindRole, "kind"},           {NameRole, "name"},         {FromRole, "from"},
            {ToRole, "to"},               {InterfaceRole, "interfaceName"}, {ProtectionRole, "protection"},
            {DetailRole, "detail"},       {FieldsRole, "fields"},     {AttackerRole, "byAttacker"},
            {SubstitutedRole, "substituted"}, {StepRole, "step"},     {EventRole, "event"}};
}

void EventListModel::setStep(const TraceViewPtr& trace, int step) {
    beginResetModel();
    m_trace = trace;
    m_step = step;
    endResetModel();
}

} // namespace keyladder::app
