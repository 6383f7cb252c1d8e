// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/gui/LanguageManager.h"

#include "core/protocol/Translation.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QLocale>
#include <QQmlEngine>
#include <QSettings>

namespace keyladder::app {

namespace {

const QString settingsKey = QStringLiteral("ui/language");

bool isKnown(const QString& language) {
    return language == QLatin1String("en") || language == QLatin1String("de");
}

} // namespace

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {
    const QString stored = QSettings().value(settingsKey).toString();
    m_choice = isKnown(stored) ? stored : QString();
    // core/ produces the narration, step titles and verdicts: let it look its texts up here.
    keyladder::setTranslator(
        [](const char* context, const char* text) { return QCoreApplication::translate(context, text).toStdString(); });
    apply();
}

LanguageManager* LanguageManager::instance() {
    static LanguageManager* manager = new LanguageManager;
    return manager;
}

LanguageManager* LanguageManager::create(QQmlEngine* engine, QJSEngine*) {
    LanguageManager* manager = instance();
    QJSEngine::setObjectOwnership(manager, QJSEngine::CppOwnership);
    manager->m_engine = engine;
    return manager;
}

QStringList LanguageManager::available() const {
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString LanguageManager::nativeName(const QString& language) const {
    if (language == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return language;
}

QString LanguageManager::resolve(const QStringList& uiLanguages) {
    // The first language of the user's list that we have wins; English is the source language.
    for (const QString& tag : uiLanguages) {
        const QString primary = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (isKnown(primary))
            return primary;
    }
    return QStringLiteral("en");
}

void LanguageManager::setChoice(const QString& choice) {
    const QString wanted = isKnown(choice) ? choice : QString();
    if (wanted == m_choice)
        return;
    m_choice = wanted;
    QSettings settings;
    if (m_choice.isEmpty())
        settings.remove(settingsKey);
    else
        settings.setValue(settingsKey, m_choice);
    apply();
}

void LanguageManager::apply() {
    const QString language = m_choice.isEmpty() ? resolve(QLocale::system().uiLanguages()) : m_choice;
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    if (language != QLatin1String("en")) {
        if (m_translator.load(QStringLiteral(":/i18n/keyladder_%1.qm").arg(language)))
            m_installed = QCoreApplication::installTranslator(&m_translator);
    }
    const bool changed = language != m_language;
    m_language = language;
    if (!changed)
        return;
    if (m_engine)
        m_engine->retranslate();
    emit languageChanged();
}

} // namespace keyladder::app
