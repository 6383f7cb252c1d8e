// SPDX-License-Identifier: LGPL-3.0-or-later
// Nothing lost: a save killed with SIGKILL at any moment leaves the old file intact byte for byte, and an
// autosave left by a killed session is offered back.
#include "app/gui/AtomicSave.h"
#include "app/gui/RecoveryStore.h"
#include "SaveContent.h"

#include <QtTest>

#include <csignal>
#include <cstdio>
#include <sys/types.h>
#include <unistd.h>

using namespace keyladder;
using namespace keyladder::gui;
using keyladder::hostile::saveContent;

namespace {

constexpr int kMegabytes = 8;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Files in @p dir other than @p target: QSaveFile's temporary files. */
QFileInfoList others(const QDir& dir, const QString& target)
{
    QFileInfoList list;
    for (const QFileInfo& info : dir.entryInfoList(QDir::Files | QDir::Hidden))
        if (info.fileName() != target)
            list << info;
    return list;
}

/**
 * True while process @p pid has a file open that a save in @p dir is writing: QSaveFile's unnamed temporary
 * file (O_TMPFILE, shown as "DIR/#INODE (deleted)") or, where that is not supported, a named one in DIR.
 */
bool savingFile(pid_t pid, const QString& dir)
{
    const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pid);
    for (const QFileInfo& fd : QDir(fdDir).entryInfoList(QDir::System | QDir::Files | QDir::NoDotAndDotDot)) {
        const QString target = fd.symLinkTarget();
        if (target.startsWith(dir + QLatin1Char('/')) && !target.endsWith(QLatin1String("/lesson.json")))
            return true;
    }
    return false;
}

void waitUntilStopped(pid_t pid)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return;
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        if (close > 0 && close + 2 < line.size() && (line[close + 2] == 'T' || line[close + 2] == 't'))
            return;
        QThread::usleep(100);
    }
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT

private slots:
    void savesAndReplaces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("s.json");
        QString error;
        QVERIFY2(saveTextAtomically(path, "one", &error), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("one"));
        QVERIFY2(saveTextAtomically(path, "two", &error), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("two"));
        QCOMPARE(others(QDir(dir.path()), "s.json").size(), 0);
    }

    void failedSaveKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("s.json");
        QVERIFY(saveTextAtomically(path, "old"));
        // A directory where no temporary file can be made: refused, not written in place.
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        QString error;
        const bool saved = saveTextAtomically(path, "new", &error);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (saved && ::geteuid() == 0)
            QSKIP("running as root: directory permissions do not apply");
        QVERIFY(!saved);
        QVERIFY2(error.startsWith("s.json: "), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("old"));
    }

    void killedMidSave_data()
    {
        QTest::addColumn<bool>("forced");
        QTest::addColumn<int>("delayMs");
        // Forced: the child is frozen (SIGSTOP) while its temporary file is open and not yet renamed, i.e.
        // certainly in the middle of the save; the old file is checked while it is frozen, then it is killed.
        for (int i = 0; i < 6; ++i)
            QTest::addRow("forced-%d", i) << true << 0;
        // Timed: killed after a delay from the start of the save, landing anywhere in it (or after it).
        for (int delay : {0, 2, 5, 10, 20, 40, 80, 160})
            QTest::addRow("after-%dms", delay) << false << delay;
    }

    void killedMidSave()
    {
        QFETCH(bool, forced);
        QFETCH(int, delayMs);
        QTemporaryDir dir;
        const QString path = dir.filePath("lesson.json");
        const QByteArray old = saveContent(0, 1);
        QVERIFY(saveTextAtomically(path, old));

        // A forced point can be missed on a busy machine (the save finishes between two looks): try again.
        for (int attempt = 0; attempt < 20; ++attempt) {
            QProcess child;
            child.start(QStringLiteral(KEYLADDER_SAVE_CHILD), {"save", path, "1", QString::number(kMegabytes)});
            QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
            QVERIFY(child.waitForReadyRead(30000));
            QCOMPARE(child.readLine(), QByteArray("saving\n"));
            const pid_t pid = static_cast<pid_t>(child.processId());
            bool midSave = false;
            if (forced) {
                QElapsedTimer timer;
                timer.start();
                while (timer.elapsed() < 10000 && child.state() == QProcess::Running && !savingFile(pid, dir.path())) {
                }
                ::kill(pid, SIGSTOP);
                waitUntilStopped(pid);
                // Frozen: if its temporary file is still open and not renamed, the save is half done.
                midSave = savingFile(pid, dir.path());
                if (midSave)
                    QVERIFY2(readAll(path) == old, "the old file changed before the rename");
            } else {
                QThread::msleep(static_cast<unsigned long>(delayMs));
            }
            child.kill(); // SIGKILL: no handler, no clean-up
            QVERIFY(child.waitForFinished(10000));

            const QByteArray after = readAll(path);
            if (after == old) {
                std::printf("%s: killed %s, old file intact (%lld octets)\n", QTest::currentDataTag(),
                            midSave ? "while frozen mid-save" : "before the rename",
                            static_cast<long long>(after.size()));
            } else {
                // Killed after the rename: then the new file is complete, never a mixture.
                QVERIFY2(!midSave, "a save killed before its rename changed the file");
                QCOMPARE(after.size(), saveContent(1, kMegabytes).size());
                QVERIFY(after == saveContent(1, kMegabytes));
                std::printf("%s: killed after the save completed, new file complete\n", QTest::currentDataTag());
            }
            if (!forced || midSave)
                return;
            // Start again from the old content.
            QVERIFY(saveTextAtomically(path, old));
        }
        QFAIL("never caught the child in the middle of a save");
    }

    void autosaveOfAKilledSessionIsOffered()
    {
        QTemporaryDir dir;
        const QByteArray unsaved = R"({"title": "unsaved \u00e9 work", "ue": {"dhGroups": [31]}})";
        QProcess child;
        child.start(QStringLiteral(KEYLADDER_SAVE_CHILD), {"autosave", dir.path(), QString::fromUtf8(unsaved)});
        QVERIFY(child.waitForStarted(10000));
        QVERIFY(child.waitForReadyRead(30000));
        QCOMPARE(child.readLine(), QByteArray("stored\n"));

        // While the session lives its autosave is not an orphan.
        RecoveryStore observer(dir.path());
        QCOMPARE(observer.orphans().size(), 0);

        child.kill();
        QVERIFY(child.waitForFinished(10000));
        const auto orphans = observer.orphans();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans[0].scenario, unsaved);
        QCOMPARE(orphans[0].originalPath, QString("/home/user/lesson.json"));
        QVERIFY(orphans[0].savedAt.isValid());
        QVERIFY(qAbs(orphans[0].savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);

        QVERIFY(RecoveryStore::remove(orphans[0]));
        QCOMPARE(observer.orphans().size(), 0);
    }

    void cleanSessionLeavesNothing()
    {
        QTemporaryDir dir;
        {
            RecoveryStore store(dir.path());
            QVERIFY(store.store("{\"title\": \"a\"}", {}));
            QVERIFY(store.store("{\"title\": \"b\"}", {}));
            RecoveryStore other(dir.path());
            QCOMPARE(other.orphans().size(), 0); // same process, lock held
            store.discard();
        }
        RecoveryStore later(dir.path());
        QCOMPARE(later.orphans().size(), 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
    }

    void garbageInTheRecoveryDirectoryIsIgnored()
    {
        QTemporaryDir dir;
        for (const auto& [name, text] : {std::pair{"a.json", QByteArray("not json")},
                                         std::pair{"b.json", QByteArray("{\"format\": \"other\"}")},
                                         std::pair{"c.json", QByteArray("{\"format\": \"keyladder.recovery/1\"}")}}) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        QCOMPARE(RecoveryStore(dir.path()).orphans().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
