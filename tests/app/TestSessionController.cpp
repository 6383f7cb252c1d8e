// SPDX-License-Identifier: LGPL-3.0-or-later
#include "TestScenarios.h"

#include "app/gui/EventListModel.h"
#include "app/gui/GroupCatalogModel.h"
#include "app/gui/GroupSelectionModel.h"
#include "app/gui/KnowledgeModel.h"
#include "app/gui/SessionController.h"
#include "app/gui/StepListModel.h"
#include "core/crypto/Groups.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyladder::app;

class TestSessionController : public QObject {
    Q_OBJECT

private:
    SessionController* session = nullptr;

    static QString recoveryDir() {
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
    }

    static QByteArray autosaved() {
        const QFileInfoList files = QDir(recoveryDir()).entryInfoList({QStringLiteral("*.json")}, QDir::Files);
        if (files.isEmpty())
            return {};
        QFile file(files.constFirst().filePath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void loadClassroom() {
        QVERIFY(session->loadDocument(keyladder::test::classroomScenario(), QStringLiteral("classroom"), QString()));
        QVERIFY(session->waitUntilIdle());
        QVERIFY2(session->hasTrace(), qPrintable(session->error()));
    }

private slots:
    void initTestCase() {
        // Autosaves go to a test location, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        QDir(recoveryDir()).removeRecursively();
        session = SessionController::instance();
    }

    void init() {
        session->pause();
        loadClassroom();
        session->goTo(0);
        session->clearError();
    }

    void traceHasSteps() {
        QVERIFY(session->stepCount() >= 8); // context, the proposal's steps, user data
        QCOMPARE(session->steps()->rowCount(), session->stepCount());
        QVERIFY(session->actors().contains(QStringLiteral("Attacker")));
    }

    void goToClamps_data() {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("expected"); // "n" = a number, "count" = the last step
        QTest::newRow("start") << 0 << "0";
        QTest::newRow("first step") << 1 << "1";
        QTest::newRow("middle") << 5 << "5";
        QTest::newRow("negative clamps to the start") << -3 << "0";
        QTest::newRow("past the end clamps to the last") << 10000 << "count";
    }
    void goToClamps() {
        QFETCH(int, target);
        QFETCH(QString, expected);
        session->goTo(target);
        const int want = expected == QLatin1String("count") ? session->stepCount() : expected.toInt();
        QCOMPARE(session->currentStep(), want);
    }

    void steppingIndexesTheTrace() {
        const TraceViewPtr before = session->traceView();
        QSignalSpy stepSpy(session, &SessionController::currentStepChanged);
        QSignalSpy traceSpy(session, &SessionController::traceChanged);
        QSignalSpy busySpy(session, &SessionController::busyChanged);
        session->next();
        QCOMPARE(session->currentStep(), 1);
        session->next();
        QCOMPARE(session->currentStep(), 2);
        session->previous();
        QCOMPARE(session->currentStep(), 1);
        session->last();
        QCOMPARE(session->currentStep(), session->stepCount());
        session->first();
        QCOMPARE(session->currentStep(), 0);
        QCOMPARE(stepSpy.count(), 5);
        // Stepping never recomputes: no run started, the very same trace object.
        QCOMPARE(traceSpy.count(), 0);
        QCOMPARE(busySpy.count(), 0);
        QCOMPARE(session->traceView().get(), before.get());
    }

    void boundsEmitNothing() {
        QSignalSpy stepSpy(session, &SessionController::currentStepChanged);
        session->previous();
        QCOMPARE(session->currentStep(), 0);
        QCOMPARE(stepSpy.count(), 0);
        session->last();
        stepSpy.clear();
        session->next();
        QCOMPARE(session->currentStep(), session->stepCount());
        QCOMPARE(stepSpy.count(), 0);
    }

    void eventsFollowTheStep() {
        session->goTo(1);
        const TraceStep& step = session->traceView()->steps.first();
        QCOMPARE(session->events()->rowCount(), int(step.events.size()));
        QCOMPARE(session->events()->index(0).data(EventListModel::NameRole).toString(), step.events.first().name);
        QCOMPARE(session->selection().value(QStringLiteral("step")).toInt(), 1);
        session->goTo(0);
        QCOMPARE(session->events()->rowCount(), 0);
        QVERIFY(session->selection().isEmpty());
    }

    void stepListMarksCurrent() {
        session->goTo(3);
        StepListModel* steps = session->steps();
        QVERIFY(steps->index(2).data(StepListModel::CurrentRole).toBool());
        QVERIFY(steps->index(1).data(StepListModel::PastRole).toBool());
        QVERIFY(!steps->index(3).data(StepListModel::PastRole).toBool());
        QVERIFY(!steps->index(3).data(StepListModel::CurrentRole).toBool());
    }

    void playAdvancesAndPauses() {
        session->setSpeed(4);
        QSignalSpy playingSpy(session, &SessionController::playingChanged);
        session->play();
        QVERIFY(session->playing());
        QTRY_VERIFY_WITH_TIMEOUT(session->currentStep() >= 2, 5000);
        session->pause();
        QVERIFY(!session->playing());
        QCOMPARE(playingSpy.count(), 2);
        const int at = session->currentStep();
        QTest::qWait(700);
        QCOMPARE(session->currentStep(), at);
        session->setSpeed(1);
    }

    void playStopsAtTheEnd() {
        session->setSpeed(4);
        session->goTo(session->stepCount() - 1);
        session->play();
        QTRY_VERIFY_WITH_TIMEOUT(!session->playing(), 5000);
        QCOMPARE(session->currentStep(), session->stepCount());
        session->setSpeed(1);
    }

    void speedSteps() {
        session->setSpeed(1);
        session->faster();
        QCOMPARE(session->speed(), 1.5);
        session->slower();
        session->slower();
        QCOMPARE(session->speed(), 0.5);
        session->setSpeed(100);
        QCOMPARE(session->speed(), 4.0);
        session->setSpeed(1);
    }

    void rerunKeepsTheStep() {
        session->goTo(5);
        const TraceViewPtr before = session->traceView();
        QSignalSpy traceSpy(session, &SessionController::traceChanged);
        QVERIFY(session->setValue(QStringLiteral("/procedure/mode"), QStringLiteral("baseline")));
        QVERIFY(session->busy());
        QCOMPARE(session->currentStep(), 5); // the old trace stays on screen meanwhile
        QVERIFY(session->waitUntilIdle());
        QCOMPARE(traceSpy.count(), 1);
        QVERIFY(session->traceView().get() != before.get());
        QCOMPARE(session->currentStep(), 5);
        QVERIFY(session->dirty());
        QCOMPARE(session->value(QStringLiteral("/procedure/mode")).toString(), QStringLiteral("baseline"));
    }

    void badValueSurfacesAndKeepsScenario_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("errorMentions");
        QTest::newRow("unknown group") << "/ue/dhGroups" << QVariant(QVariantList{99}) << "/ue/dhGroups";
        QTest::newRow("unknown mode") << "/procedure/mode" << QVariant(QStringLiteral("quantum")) << "/procedure/mode";
        QTest::newRow("unknown tap") << "/attacker/taps" << QVariant(QVariantList{QStringLiteral("S1")}) << "/attacker/taps";
    }
    void badValueSurfacesAndKeepsScenario() {
        QFETCH(QString, path);
        QFETCH(QVariant, value);
        QFETCH(QString, errorMentions);
        const QVariantMap before = session->scenario();
        const TraceViewPtr trace = session->traceView();
        QSignalSpy errorSpy(session, &SessionController::errorChanged);
        QVERIFY(!session->setValue(path, value));
        QCOMPARE(errorSpy.count(), 1);
        QVERIFY2(session->error().contains(errorMentions), qPrintable(session->error()));
        QCOMPARE(session->scenario(), before);
        QVERIFY(!session->busy());
        QCOMPARE(session->traceView().get(), trace.get());
    }

    void badFileKeepsScenario_data() {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("errorMentions");
        QTest::newRow("not JSON") << QByteArray("{ \"schema\": ") << "";
        QTest::newRow("wrong schema") << QByteArray(R"({"schema": "something/9"})") << "/schema";
        QTest::newRow("bad key length") << QByteArray(R"({"schema": "keyladder.scenario/1", "subscriber": {"k": "00"}})")
                                        << "/subscriber/k";
    }
    void badFileKeepsScenario() {
        QFETCH(QByteArray, document);
        QFETCH(QString, errorMentions);
        const QVariantMap before = session->scenario();
        QSignalSpy problemSpy(session, &SessionController::fileProblem);
        QVERIFY(!session->loadDocument(document, QStringLiteral("bad.json"), QStringLiteral("/tmp/bad.json")));
        QCOMPARE(problemSpy.count(), 1);
        const QString message = problemSpy.first().at(1).toString();
        QVERIFY(!message.isEmpty());
        QVERIFY2(message.contains(errorMentions), qPrintable(message));
        QCOMPARE(session->scenario(), before);
        QVERIFY(!session->busy());
    }

    void missingFileIsReported() {
        QSignalSpy problemSpy(session, &SessionController::fileProblem);
        QVERIFY(!session->openFile(QStringLiteral("/nonexistent/dir/scenario.json")));
        QCOMPARE(problemSpy.count(), 1);
    }

    void saveAndReopen() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("saved.json"));
        QVERIFY(session->setValue(QStringLiteral("/userPlane/payload"), QStringLiteral("saved payload")));
        QVERIFY(session->waitUntilIdle());
        QVERIFY(session->dirty());
        QVERIFY(session->saveAs(path));
        QVERIFY(!session->dirty());
        QCOMPARE(session->filePath(), path);
        const QVariantMap saved = session->scenario();
        loadClassroom();
        QVERIFY(session->openFile(QUrl::fromLocalFile(path).toString()));
        QVERIFY(session->waitUntilIdle());
        QCOMPARE(session->scenario(), saved);
        QCOMPARE(session->value(QStringLiteral("/userPlane/payload")).toString(), QStringLiteral("saved payload"));
    }

    void unsavedEditsAreAutosavedUntilSaved() {
        QVERIFY(session->setValue(QStringLiteral("/userPlane/payload"), QStringLiteral("autosaved payload")));
        QVERIFY(session->dirty());
        QTRY_VERIFY_WITH_TIMEOUT(autosaved().contains("autosaved payload"), 10000);
        QTemporaryDir dir;
        QVERIFY(session->saveAs(dir.filePath(QStringLiteral("saved.json"))));
        QVERIFY(autosaved().isEmpty()); // saved: nothing left to recover
    }

    void failedSaveLeavesTheOldFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("original");
        }
        // The directory becomes read-only: QSaveFile cannot create its temporary file.
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        QSignalSpy problemSpy(session, &SessionController::fileProblem);
        const bool saved = session->saveAs(path);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (saved)
            QSKIP("running with privileges that ignore directory permissions");
        QCOMPARE(problemSpy.count(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("original"));
    }

    void modelsPassTheTester() {
        QAbstractItemModelTester stepsTester(session->steps(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester eventsTester(session->events(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        KnowledgeModel knowledge;
        knowledge.setActor(QStringLiteral("Attacker"));
        QAbstractItemModelTester knowledgeTester(&knowledge, QAbstractItemModelTester::FailureReportingMode::QtTest);
        GroupCatalogModel catalog;
        QAbstractItemModelTester catalogTester(&catalog, QAbstractItemModelTester::FailureReportingMode::QtTest);
        GroupSelectionModel selection;
        selection.setPath(QStringLiteral("/ue/dhGroups"));
        QAbstractItemModelTester selectionTester(&selection, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i <= session->stepCount(); ++i)
            session->goTo(i);
        QVERIFY(session->setValue(QStringLiteral("/procedure/mode"), QStringLiteral("baseline")));
        QVERIFY(session->waitUntilIdle());
        session->first();
        QCOMPARE(catalog.rowCount(), int(keyladder::allGroups().size()));
    }

    void knowledgeGrowsForTheAttacker() {
        KnowledgeModel attacker;
        attacker.setActor(QStringLiteral("Attacker"));
        session->goTo(session->stepCount());
        const int atEnd = attacker.rowCount();
        QVERIFY(atEnd > 0);
        // K is leaked, RAND is seen in clear: the attacker's column names them.
        QStringList names;
        for (int i = 0; i < attacker.rowCount(); ++i)
            names << attacker.index(i).data(KnowledgeModel::NameRole).toString();
        QVERIFY2(names.contains(QStringLiteral("K")), qPrintable(names.join(u',')));
        QVERIFY2(names.contains(QStringLiteral("RAND")), qPrintable(names.join(u',')));
        session->goTo(1);
        QVERIFY(attacker.rowCount() < atEnd);
    }

    void groupSelectionEditsTheScenario() {
        GroupSelectionModel ue;
        ue.setPath(QStringLiteral("/ue/dhGroups"));
        const QStringList before = ue.selection();
        QVERIFY(!before.isEmpty());
        // The first row not chosen yet: tick it, and it joins the end of the UE's list.
        int row = -1;
        for (int i = 0; i < ue.rowCount(); ++i)
            if (!ue.index(i).data(GroupSelectionModel::CheckedRole).toBool()
                && ue.index(i).data(GroupCatalogModel::AvailableRole).toBool()) {
                row = i;
                break;
            }
        QVERIFY(row >= 0);
        const QString added = ue.index(row).data(GroupCatalogModel::GroupIdRole).toString();
        ue.toggle(row);
        QVERIFY(session->waitUntilIdle());
        QCOMPARE(ue.selection(), before + QStringList{added});
        // Move it to the front with "up" clicks.
        for (int i = int(before.size()); i > 0; --i)
            ue.moveUp(i);
        QVERIFY(session->waitUntilIdle());
        QCOMPARE(ue.selection().first(), added);
        QCOMPARE(session->value(QStringLiteral("/ue/dhGroups")).toList().size(), before.size() + 1);
        // Unticking removes it again.
        ue.toggle(0);
        QVERIFY(session->waitUntilIdle());
        QCOMPARE(ue.selection(), before);
    }

    void listMembers() {
        QVERIFY(session->setListMember(QStringLiteral("/attacker/taps"), QStringLiteral("X2"), true));
        QVERIFY(session->value(QStringLiteral("/attacker/taps")).toStringList().contains(QStringLiteral("X2")));
        QVERIFY(session->setListMember(QStringLiteral("/attacker/taps"), QStringLiteral("X2"), false));
        QVERIFY(!session->value(QStringLiteral("/attacker/taps")).toStringList().contains(QStringLiteral("X2")));
        QVERIFY(session->waitUntilIdle());
    }

    void cancelKeepsThePreviousTrace() {
        // MODP-8192 on both sides: long enough a run to be cancelled in flight.
        const TraceViewPtr before = session->traceView();
        QVERIFY(session->setValue(QStringLiteral("/ue/dhGroups"), QVariantList{18}));
        QVERIFY(session->waitUntilIdle());
        const TraceViewPtr modp = session->traceView();
        QVERIFY(modp.get() != before.get());
        QVERIFY(session->setValue(QStringLiteral("/gnb/dhPriority"), QVariantList{18}));
        session->cancel();
        QVERIFY(session->waitUntilIdle());
        if (session->traceView().get() == modp.get())
            QVERIFY2(session->error().contains(QStringLiteral("cancelled")), qPrintable(session->error()));
        else
            QVERIFY(session->error().isEmpty()); // it finished before the cancel arrived
    }
};

QTEST_MAIN(TestSessionController)
#include "TestSessionController.moc"
