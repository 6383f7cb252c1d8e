// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QRect>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace keyladder::app {

/**
 * @brief The user's view preferences, remembered across runs through QSettings.
 *
 * Every property writes through immediately, so a crash never loses a preference.
 */
class AppSettings final : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_DISABLE_COPY_MOVE(AppSettings)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(bool futureGreyed READ futureGreyed WRITE setFutureGreyed NOTIFY futureGreyedChanged)
    Q_PROPERTY(bool showSecrets READ showSecrets WRITE setShowSecrets NOTIFY showSecretsChanged)
    Q_PROPERTY(bool exportSecrets READ exportSecrets WRITE setExportSecrets NOTIFY exportSecretsChanged)
    Q_PROPERTY(bool exportDark READ exportDark WRITE setExportDark NOTIFY exportDarkChanged)
    Q_PROPERTY(bool showContext READ showContext WRITE setShowContext NOTIFY showContextChanged)
    Q_PROPERTY(double zoom READ zoom WRITE setZoom NOTIFY zoomChanged)
    Q_PROPERTY(QStringList recentFiles READ recentFiles NOTIFY recentFilesChanged)
    Q_PROPERTY(bool presenter READ presenter WRITE setPresenter NOTIFY presenterChanged)
    Q_PROPERTY(bool animations READ animations WRITE setAnimations NOTIFY animationsChanged)
    Q_PROPERTY(bool fixedWindow READ fixedWindow CONSTANT)
    Q_PROPERTY(QRect windowGeometry READ windowGeometry WRITE setWindowGeometry NOTIFY windowGeometryChanged)
public:
    static AppSettings* create(QQmlEngine*, QJSEngine*);
    static AppSettings* instance();

    /// "system", "light", "dark" or "contrast".
    QString theme() const { return m_theme; }
    void setTheme(const QString& theme);
    bool futureGreyed() const { return m_futureGreyed; }
    void setFutureGreyed(bool on);
    bool showSecrets() const { return m_showSecrets; }
    void setShowSecrets(bool on);
    /// Exported and copied figures list secret values only when the user asks for it (off by default).
    bool exportSecrets() const { return m_exportSecrets; }
    void setExportSecrets(bool on);
    /// Exported figures use the light print theme unless the user asks for dark (whatever the screen's theme).
    bool exportDark() const { return m_exportDark; }
    void setExportDark(bool on);
    bool showContext() const { return m_showContext; }
    void setShowContext(bool on);
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    QStringList recentFiles() const { return m_recentFiles; }
    Q_INVOKABLE void addRecentFile(const QString& path);
    Q_INVOKABLE void clearRecentFiles();
    /** Where the window named @p name (an analysis window) was last; an empty rect if never saved. */
    Q_INVOKABLE QRect geometryOf(const QString& name) const;
    Q_INVOKABLE void setGeometryOf(const QString& name, const QRect& geometry);
    QRect windowGeometry() const { return m_geometry; }
    void setWindowGeometry(const QRect& geometry);

    /// Presenter mode: full screen, large type, high contrast. Not remembered: a projector is an occasion.
    bool presenter() const { return m_presenter; }
    void setPresenter(bool on);
    /// Off for screenshots, so the picture shows the finished state.
    bool animations() const { return m_animations; }
    void setAnimations(bool on);
    /// A fixed-size window that ignores the remembered geometry (screenshots, tests).
    bool fixedWindow() const { return m_fixedWindow; }
    void setFixedWindow(bool on) { m_fixedWindow = on; }

    static constexpr double minZoom = 0.4;
    static constexpr double maxZoom = 3.0;
    static constexpr int maxRecentFiles = 8;

signals:
    void themeChanged();
    void futureGreyedChanged();
    void showSecretsChanged();
    void exportSecretsChanged();
    void exportDarkChanged();
    void showContextChanged();
    void zoomChanged();
    void recentFilesChanged();
    void windowGeometryChanged();
    void presenterChanged();
    void animationsChanged();

private:
    explicit AppSettings(QObject* parent = nullptr);

    QSettings m_settings;
    QString m_theme;
    bool m_futureGreyed = false;
    bool m_showSecrets = true;
    bool m_exportSecrets = false;
    bool m_exportDark = false;
    bool m_showContext = true;
    double m_zoom = 1.0;
    QStringList m_recentFiles;
    QRect m_geometry;
    bool m_presenter = false;
    bool m_animations = true;
    bool m_fixedWindow = false;
};

} // namespace keyladder::app
