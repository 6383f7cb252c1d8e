// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace keyladder::app {

/**
 * @brief The user-interface language: follows the system locale unless the user picked one in the
 * language menu; the choice is kept in QSettings ("ui/language") and applied at run time.
 *
 * The translations are embedded as :/i18n/keyladder_<lang>.qm. Switching installs the new QTranslator,
 * asks the QML engine to re-evaluate every qsTr() binding and re-runs the exchange, whose narration is
 * produced in the current language.
 */
class LanguageManager final : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** "" = follow the system, otherwise "en" or "de". */
    Q_PROPERTY(QString choice READ choice WRITE setChoice NOTIFY languageChanged)
    /** The language in effect: "en" or "de". */
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QStringList available READ available CONSTANT)
public:
    static LanguageManager* create(QQmlEngine* engine, QJSEngine*);
    static LanguageManager* instance();

    QString choice() const { return m_choice; }
    void setChoice(const QString& choice);
    QString language() const { return m_language; }
    QStringList available() const;
    /** The name of @p language in that language ("English", "Deutsch"). */
    Q_INVOKABLE QString nativeName(const QString& language) const;

    /** Picks the language for @p uiLanguages (as QLocale::uiLanguages() gives them): "de" or "en". */
    static QString resolve(const QStringList& uiLanguages);

signals:
    void languageChanged();

private:
    explicit LanguageManager(QObject* parent = nullptr);
    void apply();

    QString m_choice;
    QString m_language;
    QTranslator m_translator;
    bool m_installed = false;
    QPointer<QQmlEngine> m_engine;
};

} // namespace keyladder::app
