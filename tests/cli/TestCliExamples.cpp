// SPDX-License-Identifier: LGPL-3.0-or-later
// Every bundled example scenario runs through keyladder-cli in every text format, and the ASCII ladder
// fits the 100-column terminal it is written for.
#include "CliTestSupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace keyladder::clitest;

class TestCliExamples : public QObject {
    Q_OBJECT
private slots:
    void examples_data() {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(KEYLADDER_SOURCE_DIR "/assets/scenarios"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 10, "the bundled scenarios in assets/scenarios are missing");
        for (const QString& f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void examples() {
        QFETCH(QString, path);
        const CliRun json = runCli({"run", path});
        QCOMPARE(json.err, QString());
        QCOMPARE(json.code, 0);
        const QJsonObject summary = QJsonDocument::fromJson(json.out.toUtf8()).object().value("summary").toObject();
        const QString status = summary.value("status").toString();
        QVERIFY2(status == "established" || status == "rejected", qPrintable(status));
        QVERIFY(!summary.value("attacker").toObject().value("why").toString().isEmpty());

        const CliRun ascii = runCli({"run", path, "--format", "ascii"});
        QCOMPARE(ascii.code, 0);
        for (const QString& line : ascii.out.split(u'\n'))
            QVERIFY2(line.size() <= 100, qPrintable(QString::number(line.size()) + ": " + line));
        for (const char* format : {"mermaid", "plantuml"}) {
            const CliRun text = runCli({"run", path, "--format", format});
            QCOMPARE(text.code, 0);
            QVERIFY(!text.out.trimmed().isEmpty());
        }
    }

    // The classroom default negotiates D-H and both ends hold the same keys.
    void defaultScenarioEstablishes() {
        const QString path = QStringLiteral(KEYLADDER_SOURCE_DIR "/assets/scenarios/default.json");
        QVERIFY2(QFile::exists(path), "assets/scenarios/default.json is missing");
        const CliRun run = runCli({"run", path});
        QCOMPARE(run.code, 0);
        const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object().value("summary").toObject();
        QCOMPARE(summary.value("status").toString(), QStringLiteral("established"));
        const QJsonObject keys = summary.value("keys").toObject();
        const QString ue = keys.value("UE").toObject().value("KUPenc").toString();
        QVERIFY(!ue.isEmpty());
        QCOMPARE(keys.value("gNB").toObject().value("KUPenc").toString(), ue);
    }
};

QTEST_GUILESS_MAIN(TestCliExamples)
#include "TestCliExamples.moc"
