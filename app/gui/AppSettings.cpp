// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/gui/AppSettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJSEngine>

#include <algorithm>

namespace keyladder::app {

namespace {
const QStringList kThemes{QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark"),
                          QStringLiteral("contrast")};
}

AppSettings::AppSettings(QObject* parent) : QObject(parent) {
    m_theme = m_settings.value(QStringLiteral("view/theme"), QStringLiteral("system")).toString();
    if (!kThemes.contains(m_theme))
        m_theme = QStringLiteral("system");
    m_futureGreyed = m_settings.value(QStringLiteral("view/futureGreyed"), false).toBool();
    m_showSecrets = m_settings.value(QStringLiteral("view/showSecrets"), true).toBool();
    m_exportSecrets = m_settings.value(QStringLiteral("export/secrets"), false).toBool();
    m_exportDark = m_settings.value(QStringLiteral("export/dark"), false).toBool();
    m_showContext = m_settings.value(QStringLiteral("view/showContext"), true).toBool();
    m_zoom = std::clamp(m_settings.value(QStringLiteral("view/zoom"), 1.0).toDouble(), minZoom, maxZoom);
    m_recentFiles = m_settings.value(QStringLiteral("files/recent")).toStringList();
    m_geometry = m_settings.value(QStringLiteral("window/geometry")).toRect();
    // This object lives until the process ends, so QSettings' own final sync in its destructor never runs:
    // write the last changes when the application quits.
    if (QCoreApplication::instance())
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, [this] { m_settings.sync(); });
}

AppSettings* AppSettings::instance() {
    static AppSettings* settings = new AppSettings;
    return settings;
}

AppSettings* AppSettings::create(QQmlEngine*, QJSEngine*) {
    AppSettings* settings = instance();
    QJSEngine::setObjectOwnership(settings, QJSEngine::CppOwnership);
    return settings;
}

void AppSettings::setTheme(const QString& theme) {
    if (theme == m_theme || !kThemes.contains(theme))
        return;
    m_theme = theme;
    m_settings.setValue(QStringLiteral("view/theme"), theme);
    emit themeChanged();
}

void AppSettings::setFutureGreyed(bool on) {
    if (on == m_futureGreyed)
        return;
    m_futureGreyed = on;
    m_settings.setValue(QStringLiteral("view/futureGreyed"), on);
    emit futureGreyedChanged();
}

void AppSettings::setShowSecrets(bool on) {
    if (on == m_showSecrets)
        return;
    m_showSecrets = on;
    m_settings.setValue(QStringLiteral("view/showSecrets"), on);
    emit showSecretsChanged();
}

void AppSettings::setExportSecrets(bool on) {
    if (on == m_exportSecrets)
        return;
    m_exportSecrets = on;
    m_settings.setValue(QStringLiteral("export/secrets"), on);
    emit exportSecretsChanged();
}

void AppSettings::setExportDark(bool on) {
    if (on == m_exportDark)
        return;
    m_exportDark = on;
    m_settings.setValue(QStringLiteral("export/dark"), on);
    emit exportDarkChanged();
}

void AppSettings::setShowContext(bool on) {
    if (on == m_showContext)
        return;
    m_showContext = on;
    m_settings.setValue(QStringLiteral("view/showContext"), on);
    emit showContextChanged();
}

void AppSettings::setZoom(double zoom) {
    zoom = std::clamp(zoom, minZoom, maxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    m_settings.setValue(QStringLiteral("view/zoom"), zoom);
    emit zoomChanged();
}

void AppSettings::addRecentFile(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (path.startsWith(QLatin1String(":/")) || path.startsWith(QLatin1String("qrc:")))
        return; // bundled examples have their own menu
    m_recentFiles.removeAll(absolute);
    m_recentFiles.prepend(absolute);
    while (m_recentFiles.size() > maxRecentFiles)
        m_recentFiles.removeLast();
    m_settings.setValue(QStringLiteral("files/recent"), m_recentFiles);
    emit recentFilesChanged();
}

void AppSettings::clearRecentFiles() {
    m_recentFiles.clear();
    m_settings.remove(QStringLiteral("files/recent"));
    emit recentFilesChanged();
}

QRect AppSettings::geometryOf(const QString& name) const {
    if (m_fixedWindow)
        return {};
    return m_settings.value(QStringLiteral("windows/%1").arg(name)).toRect();
}

void AppSettings::setGeometryOf(const QString& name, const QRect& geometry) {
    if (m_fixedWindow || name.isEmpty() || !geometry.isValid())
        return;
    m_settings.setValue(QStringLiteral("windows/%1").arg(name), geometry);
}

void AppSettings::setWindowGeometry(const QRect& geometry) {
    if (geometry == m_geometry)
        return;
    m_geometry = geometry;
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
    emit windowGeometryChanged();
}

void AppSettings::setPresenter(bool on) {
    if (on == m_presenter)
        return;
    m_presenter = on;
    emit presenterChanged();
}

void AppSettings::setAnimations(bool on) {
    if (on == m_animations)
        return;
    m_animations = on;
    emit animationsChanged();
}

} // namespace keyladder::app
