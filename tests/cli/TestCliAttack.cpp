// SPDX-License-Identifier: LGPL-3.0-or-later
// keyladder-cli attack dlog: the exponent it prints must be the one the test chose when it computed the
// public value with its own 128-bit arithmetic.
#include "CliTestSupport.h"
#include "ToyMath.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace keyladder::clitest;

class TestCliAttack : public QObject {
    Q_OBJECT
private slots:
    void solves_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("threads");
        QTest::addColumn<bool>("json");
        const auto row = [](const char* group, const char* threads, bool json) {
            QTest::addRow("%s, %s thread(s)%s", group, threads, json ? ", json" : "") << group << threads << json;
        };
        row("toy-24", "1", false);
        row("toy-32", "1", true);
        row("toy-40", "1", false);
        row("toy-40", "2", true);
        row("toy-48", "2", false);
    }
    void solves() {
        QFETCH(QString, group);
        QFETCH(QString, threads);
        QFETCH(bool, json);
        const auto toy = toyGroup(group.toLatin1().constData());
        QVERIFY(toy);
        const std::uint64_t x = 0x5deece66dULL * 0x2545f4914f6cdd1dULL % toy->q;
        const std::uint64_t h = powMod(toy->g, x, toy->p);
        QStringList args = {"attack",    "dlog", "--group", group, "--public", paddedHex(h, toy->publicSize),
                            "--threads", threads};
        if (json)
            args << "--json";
        const CliRun run = runCli(args);
        QCOMPARE(run.err, QString());
        QCOMPARE(run.code, 0);
        QVERIFY(isOneLine(run.out));
        if (json) {
            const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
            QCOMPARE(o.value("status").toString(), QStringLiteral("found"));
            QCOMPARE(o.value("group").toString(), group);
            QCOMPARE(o.value("exponent").toString(), hexNumber(x));
            QVERIFY(o.value("iterations").toDouble() > 0);
            QVERIFY(o.value("seconds").toDouble() >= 0);
            QVERIFY(!o.value("method").toString().isEmpty());
        } else {
            static const QRegularExpression line(
                QStringLiteral("^exponent ([0-9a-f]+), (\\d+) iterations, (\\d+\\.\\d{3}) s, (.+)\n$"));
            const auto m = line.match(run.out);
            QVERIFY2(m.hasMatch(), qPrintable(run.out));
            QCOMPARE(m.captured(1), hexNumber(x));
            QVERIFY(m.captured(2).toULongLong() > 0);
        }
    }

    void shortPublicValueIsPadded() {
        const auto toy = toyGroup("toy-24");
        QVERIFY(toy);
        const CliRun run = runCli({"attack", "dlog", "--group", "toy-24", "--public",
                                   QString::number(powMod(toy->g, 5, toy->p), 16), "--json"});
        QCOMPARE(run.code, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value("exponent").toString(), QStringLiteral("5"));
    }

    void rejectsValuesOutsideTheSubgroup_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("what");
        for (const char* id : {"toy-24", "toy-48"}) {
            QTest::addRow("%s non-subgroup", id) << id << "subgroup";
            QTest::addRow("%s one", id) << id << "range";
        }
    }
    void rejectsValuesOutsideTheSubgroup() {
        QFETCH(QString, group);
        QFETCH(QString, what);
        const auto toy = toyGroup(group.toLatin1().constData());
        QVERIFY(toy);
        const std::uint64_t y = what == "subgroup" ? nonSubgroupElement(*toy) : 1;
        const CliRun run = runCli({"attack", "dlog", "--group", group, "--public", paddedHex(y, toy->publicSize)});
        QCOMPARE(run.code, 3);
        QCOMPARE(run.out, QString());
        QVERIFY(isOneLine(run.err));
        QVERIFY2(run.err.contains("--public: rejected by rule " + what), qPrintable(run.err));
    }

    void progressGoesToStderr() {
        const auto toy = toyGroup("toy-64");
        QVERIFY(toy);
        // With one thread the walk depends only on the problem and the seed; this one needs about 2.4e9
        // iterations (several seconds), so the budget always runs out first.
        const std::uint64_t h = powMod(toy->g, toy->q / 3, toy->p);
        const CliRun run = runCli({"attack", "dlog", "--group", "toy-64", "--public", paddedHex(h, toy->publicSize),
                                   "--budget", "1.3", "--threads", "1", "--progress"});
        QCOMPARE(run.code, 1);
        QCOMPARE(run.out, QString());
        const QStringList lines = run.err.trimmed().split(u'\n');
        QVERIFY2(lines.size() >= 2, qPrintable(run.err));
        QVERIFY2(lines.first().contains(
                     QRegularExpression("attack dlog: \\d+ iterations \\(\\d+% of the expected \\d+\\), ")),
                 qPrintable(lines.first()));
        QVERIFY(lines.last().contains("gave up (out-of-budget)"));
    }

    void budgetRunsOut() {
        const auto toy = toyGroup("toy-64");
        QVERIFY(toy);
        const std::uint64_t h = powMod(toy->g, toy->q / 3, toy->p);
        const CliRun run = runCli({"attack", "dlog", "--group", "toy-64", "--public", paddedHex(h, toy->publicSize),
                                   "--budget", "0.2", "--threads", "1"});
        QCOMPARE(run.code, 1);
        QCOMPARE(run.out, QString());
        QVERIFY(isOneLine(run.err));
        QVERIFY2(run.err.contains("attack dlog: gave up (out-of-budget)"), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliAttack)
#include "TestCliAttack.moc"
