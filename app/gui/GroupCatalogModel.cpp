// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/gui/GroupCatalogModel.h"

#include "core/crypto/Groups.h"

namespace keyladder::app {

GroupCatalogModel::GroupCatalogModel(QObject* parent) : QAbstractListModel(parent) {}

int GroupCatalogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(allGroups().size());
}

QString GroupCatalogModel::costHint(const GroupInfo& group) {
    if (!group.available)
        return tr("unavailable: %1").arg(QString::fromStdString(group.unavailableReason));
    if (group.kind == GroupKind::Toy)
        return tr("%1 B · breakable live").arg(group.publicSize);
    return tr("%1 B · ~%2-bit security").arg(group.publicSize).arg(group.securityBits);
}

QVariant GroupCatalogModel::groupData(const GroupInfo& g, int role) {
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return QString::fromStdString(g.name);
    case GroupIdRole: return QString::fromStdString(g.id);
    case KindRole: return QString::fromStdString(kindName(g.kind));
    case FieldBitsRole: return g.fieldBits;
    case SecurityBitsRole: return g.securityBits;
    case PublicSizeRole: return qulonglong(g.publicSize);
    case AvailableRole: return g.available;
    case UnavailableReasonRole: return QString::fromStdString(g.unavailableReason);
    case IllustrativeRole: return g.illustrative;
    case ReferenceRole: return QString::fromStdString(g.reference);
    case CostHintRole: return costHint(g);
    default: return {};
    }
}

QVariant GroupCatalogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return groupData(allGroups()[std::size_t(index.row())], role);
}

QHash<int, QByteArray> GroupCatalogModel::groupRoleNames() {
    return {{GroupIdRole, "groupId"},
            {NameRole, "name"},
            {KindRole, "kind"},
            {FieldBitsRole, "fieldBits"},
            {SecurityBitsRole, "securityBits"},
            {PublicSizeRole, "publicSize"},
            {AvailableRole, "available"},
            {UnavailableReasonRole, "unavailableReason"},
            {IllustrativeRole, "illustrative"},
            {ReferenceRole, "reference"},
            {CostHintRole, "costHint"}};
}

QHash<int, QByteArray> GroupCatalogModel::roleNames() const { return groupRoleNames(); }

} // namespace keyladder::app
