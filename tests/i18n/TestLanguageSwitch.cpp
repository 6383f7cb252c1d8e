// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/gui/LanguageManager.h"
#include "core/Simulation.h"
#include "core/protocol/Scenario.h"
#include "core/protocol/Translation.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTest>

using keyladder::app::LanguageManager;

class TestLanguageSwitch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // Keep the user's real settings out of it.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KeyLadderTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_language_switch"));
    }

    void resolveFollowsTheUserList_data() {
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German") << QStringList{"de-DE"} << "de";
        QTest::newRow("Austrian") << QStringList{"de-AT", "en-GB"} << "de";
        QTest::newRow("underscore form") << QStringList{"de_CH"} << "de";
        QTest::newRow("English first") << QStringList{"en-US", "de-DE"} << "en";
        QTest::newRow("French then German") << QStringList{"fr-FR", "de-DE"} << "de";
        QTest::newRow("only French") << QStringList{"fr-FR"} << "en";
        QTest::newRow("nothing") << QStringList{} << "en";
    }
    void resolveFollowsTheUserList() {
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, expected);
        QCOMPARE(LanguageManager::resolve(uiLanguages), expected);
    }

    void germanChangesKnownTexts_data() {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("german");
        QTest::newRow("menu") << "AppMenuBar"
                              << "&File"
                              << "&Datei";
        QTest::newRow("lifeline") << "keyladder::app::LadderLayout"
                                  << "Attacker"
                                  << "Angreifer";
        QTest::newRow("verdict") << "keyladder::app"
                                 << "The attacker cannot read the user data"
                                 << "Der Angreifer kann die Nutzdaten nicht lesen";
        QTest::newRow("step title") << "keyladder::Engine"
                                    << "gNB selects a D-H group and makes KEi"
                                    << "gNB wählt eine D-H-Gruppe und erzeugt KEi";
    }
    void germanChangesKnownTexts() {
        QFETCH(QString, context);
        QFETCH(QString, english);
        QFETCH(QString, german);
        LanguageManager* manager = LanguageManager::instance();
        manager->setChoice(QStringLiteral("de"));
        QCOMPARE(manager->language(), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate(context.toUtf8(), english.toUtf8()), german);
        // core/ sees the same translator through keyladder::setTranslator.
        QCOMPARE(QString::fromStdString(keyladder::coreTr(context.toUtf8().constData(), english.toUtf8().constData())),
                 german);
        manager->setChoice(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate(context.toUtf8(), english.toUtf8()), english);
        QCOMPARE(QString::fromStdString(keyladder::coreTr(context.toUtf8().constData(), english.toUtf8().constData())),
                 english);
    }

    void engineNarratesInTheCurrentLanguage() {
        LanguageManager* manager = LanguageManager::instance();
        const keyladder::Scenario scenario = keyladder::defaultScenario();
        manager->setChoice(QStringLiteral("en"));
        const keyladder::Trace english = keyladder::simulate(scenario);
        manager->setChoice(QStringLiteral("de"));
        const keyladder::Trace german = keyladder::simulate(scenario);
        manager->setChoice(QStringLiteral("en"));
        QCOMPARE(german.steps().size(), english.steps().size());
        int differentTitles = 0;
        for (std::size_t i = 0; i < english.steps().size(); ++i) {
            const auto& en = english.steps()[i];
            const auto& de = german.steps()[i];
            QCOMPARE(de.id, en.id); // the structure does not depend on the language
            if (de.title != en.title)
                ++differentTitles;
            QVERIFY2(de.narration != en.narration, (en.id + ": " + de.narration.substr(0, 80)).c_str());
        }
        QCOMPARE(differentTitles, int(english.steps().size()));
        // Step 2 of the D-H procedure, title as in the German .ts.
        bool found = false;
        for (const auto& s : german.steps())
            found = found || s.title == "gNB wählt eine D-H-Gruppe und erzeugt KEi";
        QVERIFY(found);
    }

    void attackerVerdictInTheCurrentLanguage() {
        LanguageManager* manager = LanguageManager::instance();
        // The default scenario with a passive attacker on both links (it has none of its own).
        keyladder::Scenario scenario = keyladder::defaultScenario();
        scenario.attacker.taps = {keyladder::Link::Uu, keyladder::Link::X2};
        manager->setChoice(QStringLiteral("en"));
        const keyladder::Trace english = keyladder::simulate(scenario);
        manager->setChoice(QStringLiteral("de"));
        const keyladder::Trace german = keyladder::simulate(scenario);
        manager->setChoice(QStringLiteral("en"));
        const QString en = QString::fromStdString(english.summary().attacker.why);
        const QString de = QString::fromStdString(german.summary().attacker.why);
        QCOMPARE(german.summary().attacker.readsUserData, english.summary().attacker.readsUserData);
        // The verdict sentence opens as in the German .ts, and its reason is German as well.
        if (english.summary().attacker.readsUserData) {
            QVERIFY2(en.startsWith(QStringLiteral("reads the user data: ")), qPrintable(en));
            QVERIFY2(de.startsWith(QStringLiteral("liest die Nutzdaten: ")), qPrintable(de));
        } else {
            QVERIFY2(en.startsWith(QStringLiteral("does not read the user data: ")), qPrintable(en));
            QVERIFY2(de.startsWith(QStringLiteral("liest die Nutzdaten nicht: ")), qPrintable(de));
            QVERIFY2(de.section(QStringLiteral(": "), 1) != en.section(QStringLiteral(": "), 1), qPrintable(de));
        }
    }

    void fillArgsSubstitutesOnce_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two") << "COUNT %1, BEARER %2" << QStringList{"7", "1"} << "COUNT 7, BEARER 1";
        QTest::newRow("reordered") << "%2 vor %1" << QStringList{"a", "b"} << "b vor a";
        QTest::newRow("value holds a marker") << "%1 und %2" << QStringList{"%2", "x"} << "%2 und x";
        QTest::newRow("missing argument stays") << "%1 %3" << QStringList{"a"} << "a %3";
        QTest::newRow("percent sign") << "100% %1" << QStringList{"sicher"} << "100% sicher";
    }
    void fillArgsSubstitutesOnce() {
        QFETCH(QString, pattern);
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        std::string out;
        if (args.size() == 1)
            out = keyladder::fillArgs(pattern.toStdString(), {args[0].toStdString()});
        else
            out = keyladder::fillArgs(pattern.toStdString(), {args[0].toStdString(), args[1].toStdString()});
        QCOMPARE(QString::fromStdString(out), expected);
    }
};

QTEST_GUILESS_MAIN(TestLanguageSwitch)
#include "TestLanguageSwitch.moc"
