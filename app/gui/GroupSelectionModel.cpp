// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/gui/GroupSelectionModel.h"

#include "app/gui/GroupCatalogModel.h"
#include "app/gui/SessionController.h"
#include "core/crypto/Groups.h"

namespace keyladder::app {

GroupSelectionModel::GroupSelectionModel(QObject* parent) : QAbstractListModel(parent) {
    connect(SessionController::instance(), &SessionController::scenarioChanged, this, &GroupSelectionModel::refresh);
}

int GroupSelectionModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant GroupSelectionModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupInfo& g = allGroups()[std::size_t(m_rows[index.row()])];
    const int position = int(m_selection.indexOf(QString::fromStdString(g.id)));
    if (role == CheckedRole)
        return position >= 0;
    if (role == PositionRole)
        return position + 1;
    return GroupCatalogModel::groupData(g, role);
}

QHash<int, QByteArray> GroupSelectionModel::roleNames() const {
    QHash<int, QByteArray> roles = GroupCatalogModel::groupRoleNames();
    roles.insert(CheckedRole, "checked");
    roles.insert(PositionRole, "position");
    return roles;
}

void GroupSelectionModel::setPath(const QString& path) {
    if (path == m_path)
        return;
    m_path = path;
    emit pathChanged();
    refresh();
}

void GroupSelectionModel::refresh() {
    QStringList selection;
    for (const QVariant& v : SessionController::instance()->value(m_path).toList()) {
        // Groups with an IKEv2 number are written as JSON numbers, the others as strings.
        selection.append(v.typeId() == QMetaType::QString ? v.toString() : QString::number(v.toLongLong()));
    }
    QList<int> rows;
    const auto& groups = allGroups();
    for (const QString& id : selection)
        for (std::size_t i = 0; i < groups.size(); ++i)
            if (QString::fromStdString(groups[i].id) == id)
                rows.append(int(i));
    for (std::size_t i = 0; i < groups.size(); ++i)
        if (!rows.contains(int(i)))
            rows.append(int(i));
    const bool selectionDiffers = selection != m_selection;
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        m_selection = selection;
        endResetModel();
    } else {
        m_selection = selection;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1), {CheckedRole, PositionRole});
    }
    if (selectionDiffers)
        emit selectionChanged();
}

void GroupSelectionModel::write(const QStringList& selection) {
    QVariantList list;
    for (const QString& id : selection) {
        bool numeric = false;
        const int n = id.toInt(&numeric);
        list.append(numeric ? QVariant(n) : QVariant(id));
    }
    SessionController::instance()->setValue(m_path, list);
}

void GroupSelectionModel::toggle(int row) {
    if (row < 0 || row >= m_rows.size())
        return;
    const QString id = QString::fromStdString(allGroups()[std::size_t(m_rows[row])].id);
    QStringList selection = m_selection;
    if (selection.contains(id))
        selection.removeAll(id);
    else
        selection.append(id);
    write(selection);
}

void GroupSelectionModel::move(int from, int to) {
    if (from < 0 || to < 0 || from >= m_selection.size() || to >= m_selection.size() || from == to)
        return;
    QStringList selection = m_selection;
    selection.move(from, to);
    write(selection);
}

void GroupSelectionModel::moveUp(int row) { move(row, row - 1); }
void GroupSelectionModel::moveDown(int row) { move(row, row + 1); }

} // namespace keyladder::app
