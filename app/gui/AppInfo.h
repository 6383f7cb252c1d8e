// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace keyladder::app {

/** @brief Version and build facts for the About dialog and the title bar. */
class AppInfo final : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString qtVersion READ qtVersion CONSTANT)
    Q_PROPERTY(QString botanVersion READ botanVersion CONSTANT)
public:
    static AppInfo* create(QQmlEngine*, QJSEngine*);
    static AppInfo* instance();
    QString version() const;
    QString qtVersion() const;
    QString botanVersion() const;

private:
    explicit AppInfo(QObject* parent = nullptr);
};

} // namespace keyladder::app
