// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace keyladder::app {

/**
 * @brief An ordered choice of groups inside the scenario (the UE's list or the gNB's priority list).
 *
 * Rows are the chosen groups in their order, then the others in catalog order. Checking,
 * unchecking and moving write the new list back into the scenario through the SessionController,
 * which re-runs the engine; the model then follows the scenario.
 */
class GroupSelectionModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(GroupSelectionModel)
    Q_PROPERTY(QString path READ path WRITE setPath NOTIFY pathChanged)
    Q_PROPERTY(QStringList selection READ selection NOTIFY selectionChanged)
public:
    enum Role { CheckedRole = Qt::UserRole + 100, PositionRole };
    Q_ENUM(Role)

    explicit GroupSelectionModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** JSON pointer of the list in the scenario, e.g. "/ue/dhGroups". */
    QString path() const { return m_path; }
    void setPath(const QString& path);
    QStringList selection() const { return m_selection; }

    Q_INVOKABLE void toggle(int row);
    Q_INVOKABLE void moveUp(int row);
    Q_INVOKABLE void moveDown(int row);
    /** Moves a chosen group from position @p from to @p to (both rows among the chosen ones). */
    Q_INVOKABLE void move(int from, int to);

signals:
    void pathChanged();
    void selectionChanged();

private:
    void refresh();
    void write(const QStringList& selection);

    QString m_path;
    QStringList m_selection;
    QList<int> m_rows; ///< catalog index of each row
};

} // namespace keyladder::app
