// SPDX-License-Identifier: LGPL-3.0-or-later
// The real keyladder-cli executable, as a shell script sees it: exit codes and which stream gets what.
#include "ToyMath.h"

#include <QProcess>
#include <QTest>

#include <csignal>
#include <sys/types.h>

class TestCliProcess : public QObject {
    Q_OBJECT
private slots:
    void exitCodes_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("errPart");
        QTest::newRow("version") << QStringList{"--version"} << 0
                                 << QStringLiteral("keyladder-cli " KEYLADDER_VERSION "\n") << QString();
        QTest::newRow("S-KgNB of PROTOCOL.md §7")
            << QStringList{"calc",         "skgnb",
                           "--kenb",       "fe7dee808d7f3b882a082cbdc8390d129e5d28af0e8322eb573ada36f21a5a89",
                           "--sk-counter", "0"}
            << 0 << QStringLiteral("45cbc3f8a81193fd5c5229300d59edf812e998a115ec4e0ce903ba89367e2628\n") << QString();
        QTest::newRow("EIA2 set 2") << QStringList{"calc",        "nia2",
                                                   "--key",       "d3c5d592327fb11c4035c6680af8c6d1",
                                                   "--count",     "0x398a59b4",
                                                   "--bearer",    "0x1a",
                                                   "--direction", "1",
                                                   "--length",    "64",
                                                   "--data",      "484583d5afe082ae"}
                                    << 0 << QStringLiteral("b93787e6\n") << QString();
        QTest::newRow("no command") << QStringList{} << 2 << QString() << QStringLiteral("no command given");
        QTest::newRow("bad hex") << QStringList{"calc",   "milenage",
                                                "--k",    "465b5ce8b199b49faa5f0a2ee238a6",
                                                "--op",   "cdc202d5123e20f62b6d676ac72cb318",
                                                "--rand", "23553cbe9637a89d218ae64dae47bf35",
                                                "--sqn",  "ff9bb4d0b607",
                                                "--amf",  "b9b9"}
                                 << 2 << QString()
                                 << QStringLiteral("keyladder-cli: --k: expected 32 hex digits, got 30");
        QTest::newRow("unknown option") << QStringList{"groups", "--yaml"} << 2 << QString()
                                        << QStringLiteral("unknown option \"--yaml\"");
        QTest::newRow("X25519 low-order point")
            << QStringList{"calc",    "dh",
                           "--group", "31",
                           "--priv",  "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a",
                           "--peer",  "0000000000000000000000000000000000000000000000000000000000000000"}
            << 3 << QString() << QStringLiteral("--peer: rejected by rule all-zero-result");
        QTest::newRow("P-256 infinity") << QStringList{"calc", "dh", "--group", "19", "--priv", "01", "--peer", "00"}
                                        << 3 << QString() << QStringLiteral("rejected by rule infinity");
    }
    void exitCodes() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, out);
        QFETCH(QString, errPart);
        QProcess process;
        process.start(QStringLiteral(KEYLADDER_CLI_PATH), args);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        const QString stdoutText = QString::fromUtf8(process.readAllStandardOutput());
        const QString stderrText = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), code);
        QCOMPARE(stdoutText, out);
        if (errPart.isEmpty()) {
            QCOMPARE(stderrText, QString());
        } else {
            QVERIFY2(stderrText.contains(errPart), qPrintable(stderrText));
            QCOMPARE(stderrText.count(u'\n'), 1);
        }
    }

    void runReadsStandardInput_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("scenario");
        QTest::addColumn<int>("code");
        const QByteArray good = R"({"schema": "keyladder.scenario/1", "seed": "stdin"})";
        QTest::newRow("-") << "-" << good << 0;
        QTest::newRow("/dev/stdin") << "/dev/stdin" << good << 0;
        QTest::newRow("bad scenario") << "-" << QByteArray(R"({"schema": "keyladder.scenario/1", "ue": 5})") << 2;
    }
    void runReadsStandardInput() {
        QFETCH(QString, path);
        QFETCH(QByteArray, scenario);
        QFETCH(int, code);
        QProcess process;
        process.start(QStringLiteral(KEYLADDER_CLI_PATH), {QStringLiteral("run"), path});
        QVERIFY(process.waitForStarted());
        process.write(scenario);
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), code);
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        if (code == 0) {
            QVERIFY(out.contains("\"keyladder.trace/1\""));
            QVERIFY(err.isEmpty());
        } else {
            QVERIFY(out.isEmpty());
            QCOMPARE(err.count('\n'), 1);
            QVERIFY2(err.contains("<stdin>: /ue"), err.constData());
        }
    }

    void interruptStopsADiscreteLog() {
        // g^(q/3) in toy-64 takes one thread about 2.4e9 iterations (seconds); Ctrl-C must end the search with
        // the cancelled status instead of killing the process mid-line.
        const auto toy = keyladder::clitest::toyGroup("toy-64");
        QVERIFY(toy);
        const QString h = keyladder::clitest::paddedHex(keyladder::clitest::powMod(toy->g, toy->q / 3, toy->p), 8);
        QProcess process;
        process.start(QStringLiteral(KEYLADDER_CLI_PATH),
                      {"attack", "dlog", "--group", "toy-64", "--public", h, "--threads", "1", "--progress"});
        QVERIFY(process.waitForStarted());
        // The first progress line proves the solver (and so the interrupt handler) is running, however
        // loaded the machine is.
        process.setReadChannel(QProcess::StandardError);
        QVERIFY(process.waitForReadyRead(20000));
        QCOMPARE(::kill(static_cast<pid_t>(process.processId()), SIGINT), 0);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.startsWith("keyladder-cli: attack dlog: "), err.constData());
        QVERIFY2(err.contains("attack dlog: gave up (cancelled)"), err.constData());
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    void groupsJsonGoesToStdoutOnly() {
        // The JSON of groups goes to stdout only, so it can be piped into another tool.
        QProcess process;
        process.start(QStringLiteral(KEYLADDER_CLI_PATH), {QStringLiteral("groups"), QStringLiteral("--json")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().trimmed().startsWith('['));
        QVERIFY(process.readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliProcess)
#include "TestCliProcess.moc"
