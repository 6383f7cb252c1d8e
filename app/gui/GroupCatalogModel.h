// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace keyladder {
struct GroupInfo;
}

namespace keyladder::app {

/** @brief Every Diffie-Hellman group of the core's catalog, with a cost hint for choosing. */
class GroupCatalogModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(GroupCatalogModel)
public:
    enum Role { GroupIdRole = Qt::UserRole + 1, NameRole, KindRole, FieldBitsRole, SecurityBitsRole, PublicSizeRole,
                AvailableRole, UnavailableReasonRole, IllustrativeRole, ReferenceRole, CostHintRole };
    Q_ENUM(Role)

    explicit GroupCatalogModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The display data of one group as the roles above name it; shared with GroupSelectionModel. */
    static QVariant groupData(const GroupInfo& group, int role);
    static QString costHint(const GroupInfo& group);
    static QHash<int, QByteArray> groupRoleNames();
};

} // namespace keyladder::app
