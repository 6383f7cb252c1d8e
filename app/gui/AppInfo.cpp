// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/gui/AppInfo.h"

#include <QJSEngine>

#include <botan/version.h>

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

QString AppInfo::qtVersion() const { return QString::fromLatin1(qVersion()); }

QString AppInfo::botanVersion() const {
    return QStringLiteral("%1.%2.%3").arg(Botan::version_major()).arg(Botan::version_minor()).arg(Botan::version_patch());
}

} // namespace keyladder::app
