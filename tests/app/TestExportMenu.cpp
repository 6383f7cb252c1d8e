// SPDX-License-Identifier: LGPL-3.0-or-later
#include "TestScenarios.h"

#include "app/gui/SessionController.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace keyladder::app;

// File > Export… as the menu calls it: SessionController::exportFigure with a file URL.
class TestExportMenu : public QObject {
    Q_OBJECT

private:
    SessionController* session = nullptr;
    QTemporaryDir dir;

    QByteArray readAll(const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

private slots:
    void initTestCase() {
        QVERIFY(dir.isValid());
        session = SessionController::instance();
        QVERIFY(session->loadDocument(keyladder::test::classroomScenario(), QStringLiteral("classroom"), QString()));
        QVERIFY(session->waitUntilIdle());
        QVERIFY2(session->hasTrace(), qPrintable(session->error()));
    }

    void init() {
        session->goTo(session->stepCount());
        session->clearError();
    }

    void writesEachFormat_data() {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<bool>("secrets");
        QTest::newRow("svg") << "ladder.svg" << false;
        QTest::newRow("svg with secrets") << "secrets.svg" << true;
        QTest::newRow("pdf") << "ladder.pdf" << false;
        QTest::newRow("png") << "ladder.png" << false;
        QTest::newRow("mermaid") << "ladder.mmd" << false;
        QTest::newRow("plantuml") << "ladder.puml" << false;
        QTest::newRow("ascii") << "ladder.txt" << false;
        QTest::newRow("trace json") << "trace.json" << false;
        QTest::newRow("trace json, upper-case suffix") << "TRACE.JSON" << true;
    }
    void writesEachFormat() {
        QFETCH(QString, fileName);
        QFETCH(bool, secrets);
        const QString path = dir.filePath(fileName);
        QVERIFY2(session->exportFigure(QUrl::fromLocalFile(path).toString(), false, false, secrets),
                 qPrintable(session->error()));
        QVERIFY(session->error().isEmpty());
        QVERIFY(session->statusMessage().contains(fileName));
        const QByteArray bytes = readAll(path);
        QVERIFY(!bytes.isEmpty());
        const QString suffix = QFileInfo(fileName).suffix().toLower();
        if (suffix == QLatin1String("svg")) {
            QVERIFY(bytes.startsWith("<?xml") || bytes.contains("<svg"));
            // The X2 message of TS 37.340 that carries the proposal's D-H values, as the specs spell it.
            QVERIFY(bytes.contains("SGNB ADDITION REQUEST"));
        } else if (suffix == QLatin1String("pdf")) {
            QVERIFY(bytes.startsWith("%PDF-"));
        } else if (suffix == QLatin1String("png")) {
            QImage image;
            QVERIFY(image.loadFromData(bytes, "PNG"));
            QVERIFY(image.width() > 200 && image.height() > 200);
        } else if (suffix == QLatin1String("mmd")) {
            QVERIFY(bytes.startsWith("sequenceDiagram"));
        } else if (suffix == QLatin1String("puml")) {
            QVERIFY(bytes.startsWith("@startuml"));
            QVERIFY(bytes.trimmed().endsWith("@enduml"));
        } else if (suffix == QLatin1String("txt")) {
            QVERIFY(bytes.contains("SGNB ADDITION REQUEST"));
        } else if (suffix == QLatin1String("json")) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            QVERIFY(doc.isObject());
            QVERIFY(bytes.contains("\"keyladder.trace/1\""));
            // Private values (K, the D-H private values) are written only when asked for.
            QCOMPARE(bytes.contains("\"redacted\""), !secrets);
        }
    }

    void upToTheCurrentStep() {
        // Before the first step nothing has been sent: the figure has the lifelines only.
        session->goTo(0);
        const QString path = dir.filePath(QStringLiteral("start.svg"));
        QVERIFY2(session->exportFigure(path, true, true, false), qPrintable(session->error()));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.contains("<svg"));
        QVERIFY(!bytes.contains("SGNB ADDITION REQUEST"));
    }

    void refusesBadTargets_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown suffix") << dir.filePath(QStringLiteral("ladder.docx"));
        QTest::newRow("no suffix") << dir.filePath(QStringLiteral("ladder"));
        QTest::newRow("empty") << QString();
        QTest::newRow("missing directory") << dir.filePath(QStringLiteral("no/such/dir/ladder.svg"));
        QTest::newRow("missing directory, text") << dir.filePath(QStringLiteral("no/such/dir/ladder.mmd"));
    }
    void refusesBadTargets() {
        QFETCH(QString, path);
        QVERIFY(!session->exportFigure(path, false, false, false));
        QVERIFY(!session->error().isEmpty());
        QVERIFY(!QFileInfo::exists(path));
    }

    void copiesTheDiagram() {
        QVERIFY2(session->copyDiagram(false, false, false), qPrintable(session->error()));
        QVERIFY(session->error().isEmpty());
    }
};

QTEST_MAIN(TestExportMenu)
#include "TestExportMenu.moc"
