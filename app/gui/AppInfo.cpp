// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/gui/AppInfo.h"

#include <QJSEngine>

namespace keyladder::app {

AppInfo::AppInfo(QObject* parent) : QObject(parent) {}

AppInfo* AppInfo::instance() {
    static AppInfo* info = new AppInfo;
    return info;
}

AppInfo* AppInfo::create(QQmlEngine*, QJSEngine*) {
    AppInfo* info = instance();
    QJSEngine::setObjectOwnership(info, QJSEngine::CppOwnership);
    return info;
}

QString AppInfo::version() const { return QStringLiteral(KEYLADDER_VERSION); }

} // namespace keyladder::app
