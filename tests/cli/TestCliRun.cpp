// SPDX-License-Identifier: LGPL-3.0-or-later
// keyladder-cli run / bench / matrix, in-process: scenario files in, traces and tables out.
#include "CliTestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace keyladder::clitest;

namespace {

// Keys of the default subscriber (TS 35.208 set 1, PLMN 001-01, NAS COUNT 0, sk-Counter 0), computed
// outside the project with a separate HMAC-SHA-256: KASME = KDF(CK||IK, 0x10, 00f110, SQN^AK),
// KeNB = KDF(KASME, 0x11, 0), S-KgNB = KDF(KeNB, 0x1C, 0), KUPenc = last 16 of KDF(S-KgNB, 0x69, 5, 2).
const QString kKasme = QStringLiteral("48579af8781c742d5120e6ed8ccac13193f38c53ab7aa69396f49ca6e1b0562d");
const QString kKenb = QStringLiteral("8214c68f2c779346814e4095c5b38cae9f5485c38006d711c0a379c0ec58796b");
const QString kSkgnb = QStringLiteral("904a9870d56f8d588a6f32758d1bcb1ecc699f49d66d23e6e61acc56924a1dab");
const QString kBaselineKupEnc = QStringLiteral("d2710d57d3b0b98abd2a0a7c28fcfd83");

QString writeScenario(const QTemporaryDir& dir, const QString& name, const QByteArray& json) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(json);
    return path;
}

QJsonObject summaryOf(const CliRun& run) {
    return QJsonDocument::fromJson(run.out.toUtf8()).object().value("summary").toObject();
}

const QByteArray kBaseline = R"({"schema": "keyladder.scenario/1", "seed": "cli-test",
                                 "procedure": {"mode": "baseline"}})";
const QByteArray kDhX25519 = R"({"schema": "keyladder.scenario/1", "seed": "cli-test",
                                 "procedure": {"mode": "dh", "keyUsage": "combine"},
                                 "ue": {"dhGroups": [31]}, "gnb": {"dhPriority": [31]}})";

} // namespace

class TestCliRun : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void baselineKeysMatchAnIndependentDerivation() {
        const CliRun run = runCli({"run", writeScenario(m_dir, "baseline.json", kBaseline)});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.code, 0);
        const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(doc.value("schema").toString(), QStringLiteral("keyladder.trace/1"));
        const QJsonObject summary = doc.value("summary").toObject();
        QCOMPARE(summary.value("status").toString(), QStringLiteral("established"));
        const QJsonObject ue = summary.value("keys").toObject().value("UE").toObject();
        QCOMPARE(ue.value("KASME").toString(), kKasme);
        QCOMPARE(ue.value("KeNB").toString(), kKenb);
        QCOMPARE(ue.value("S-KgNB").toString(), kSkgnb);
        QCOMPARE(ue.value("SgNBKey").toString(), kSkgnb);
        QCOMPARE(ue.value("KUPenc").toString(), kBaselineKupEnc);
        const QJsonObject gnb = summary.value("keys").toObject().value("gNB").toObject();
        QCOMPARE(gnb.value("S-KgNB").toString(), kSkgnb);
    }

    void dhRunAgreesAndIsReproducible() {
        const QString path = writeScenario(m_dir, "dh.json", kDhX25519);
        const CliRun first = runCli({"run", path});
        QCOMPARE(first.code, 0);
        const QJsonObject summary = summaryOf(first);
        QCOMPARE(summary.value("status").toString(), QStringLiteral("established"));
        QCOMPARE(summary.value("selectedGroup").toString(), QStringLiteral("31"));
        const QJsonObject keys = summary.value("keys").toObject();
        const QString ueKey = keys.value("UE").toObject().value("SgNBKey").toString();
        QVERIFY(!ueKey.isEmpty());
        QCOMPARE(keys.value("gNB").toObject().value("SgNBKey").toString(), ueKey);
        QVERIFY(ueKey != kSkgnb); // combine mixes the D-H key in
        QVERIFY(!keys.value("eNB").toObject().contains("DHKey"));
        const CliRun second = runCli({"run", path});
        QCOMPARE(second.out, first.out); // the same seed gives a byte-identical trace
    }

    void formats_data() {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("begins");
        QTest::addColumn<QString>("contains");
        QTest::newRow("json") << "json"
                              << "{"
                              << "\"keyladder.trace/1\"";
        QTest::newRow("ascii") << "ascii"
                               << ""
                               << "UE";
        QTest::newRow("mermaid") << "mermaid"
                                 << ""
                                 << "sequenceDiagram";
        QTest::newRow("plantuml") << "plantuml"
                                  << "@startuml"
                                  << "@enduml";
    }
    void formats() {
        QFETCH(QString, format);
        QFETCH(QString, begins);
        QFETCH(QString, contains);
        const CliRun run = runCli({"run", writeScenario(m_dir, "f.json", kDhX25519), "--format", format});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.startsWith(begins));
        QVERIFY(run.out.contains(contains));
        QVERIFY(run.out.endsWith(u'\n'));
    }

    void secretsOnlyWhenAsked() {
        const QString path = writeScenario(m_dir, "secrets.json", kBaseline);
        const QString k = QStringLiteral("465b5ce8b199b49faa5f0a2ee238a6bc"); // TS 35.208 set 1 K
        const CliRun plain = runCli({"run", path});
        QCOMPARE(plain.code, 0);
        QVERIFY(!plain.out.contains(k));
        const CliRun secrets = runCli({"run", path, "--secrets"});
        QCOMPARE(secrets.code, 0);
        QVERIFY(secrets.out.contains(k));
    }

    void rejectedNegotiationIsACompletedRun() {
        const QByteArray noCommon = R"({"schema": "keyladder.scenario/1", "seed": "x", "procedure": {"mode": "dh"},
                                        "ue": {"dhGroups": [31]}, "gnb": {"dhPriority": [19]}})";
        const CliRun run = runCli({"run", writeScenario(m_dir, "nocommon.json", noCommon)});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.code, 0);
        QCOMPARE(summaryOf(run).value("status").toString(), QStringLiteral("rejected"));
    }

    void outWritesTheFileAtomically() {
        const QString scenario = writeScenario(m_dir, "out.json", kDhX25519);
        QTemporaryDir outDir;
        const QString target = outDir.filePath("trace.mmd");
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous content");
        old.close();
        const CliRun toFile = runCli({"run", scenario, "--format", "mermaid", "--out", target});
        QCOMPARE(toFile.err, QString());
        QCOMPARE(toFile.code, 0);
        QCOMPARE(toFile.out, QString());
        const CliRun toStdout = runCli({"run", scenario, "--format", "mermaid"});
        QFile written(target);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), toStdout.out);
        // Nothing but the result is left behind in the directory.
        QCOMPARE(QDir(outDir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"trace.mmd"});
        QVERIFY(written.permissions() & QFileDevice::ReadOther);
    }

    void outIntoAMissingDirectoryFails() {
        const CliRun run = runCli(
            {"run", writeScenario(m_dir, "o.json", kDhX25519), "--out", m_dir.filePath("no/such/dir/trace.json")});
        QCOMPARE(run.code, 1);
        QVERIFY(isOneLine(run.err));
        QVERIFY2(run.err.contains("cannot create a temporary file"), qPrintable(run.err));
    }

    void badInput_data() {
        QTest::addColumn<QByteArray>("scenario");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown group") << QByteArray(
                                              R"({"schema": "keyladder.scenario/1", "ue": {"dhGroups": [31, 99]}})")
                                       << QStringList{} << "/ue/dhGroups/1";
        QTest::newRow("bad mode") << QByteArray(R"({"schema": "keyladder.scenario/1", "procedure": {"mode": "x"}})")
                                  << QStringList{} << "/procedure/mode";
        QTest::newRow("not JSON") << QByteArray("{ not json") << QStringList{} << "bad.json: ";
        QTest::newRow("bad format") << kBaseline << QStringList{"--format", "svg"}
                                    << "--format: expected json, ascii, mermaid or plantuml, got \"svg\"";
        QTest::newRow("secrets with ascii")
            << kBaseline << QStringList{"--format", "ascii", "--secrets"} << "--secrets: only the json format";
        QTest::newRow("extra argument") << kBaseline << QStringList{"second.json"}
                                        << "run: unexpected argument \"second.json\"";
    }
    void badInput() {
        QFETCH(QByteArray, scenario);
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        const CliRun run = runCli(QStringList{"run", writeScenario(m_dir, "bad.json", scenario)} + extra);
        QCOMPARE(run.code, 2);
        QCOMPARE(run.out, QString());
        QVERIFY2(isOneLine(run.err), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void missingFile() {
        const CliRun run = runCli({"run", m_dir.filePath("absent.json")});
        QCOMPARE(run.code, 2);
        QVERIFY(isOneLine(run.err));
        QVERIFY2(run.err.contains("cannot read"), qPrintable(run.err));
        QCOMPARE(runCli({"run"}).code, 2);
    }

    void bench() {
        const CliRun run = runCli({"bench", "--group", "toy-24", "--runs", "2", "--json"});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.code, 0);
        QVERIFY(isOneLine(run.out));
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(o.value("group").toString(), QStringLiteral("toy-24"));
        QCOMPARE(o.value("runs").toInt(), 2);
        QVERIFY(o.value("msPerRun").toDouble() > 0);
        QVERIFY(o.value("keygenMs").toDouble() > 0);
        QVERIFY(o.value("agreeMs").toDouble() > 0);
        const double dh = 2 * o.value("keygenMs").toDouble() + 2 * o.value("agreeMs").toDouble();
        QVERIFY(qAbs(o.value("dhMsPerRun").toDouble() - dh) < 1e-9 * qMax(1.0, dh));
        QVERIFY(qAbs(o.value("overhead").toDouble() - o.value("msPerRun").toDouble() / dh) < 1e-6);
        const CliRun human = runCli({"bench", "--group", "31", "--runs", "1"});
        QCOMPARE(human.code, 0);
        QVERIFY(human.out.startsWith("group 31 (Curve25519): 1 negotiations,"));
    }

    void benchErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown group") << QStringList{"bench", "--group", "7"} << "--group: unknown group \"7\"";
        QTest::newRow("runs 0") << QStringList{"bench", "--runs", "0"} << "--runs: expected a number from 1 to 100000";
        QTest::newRow("matrix unknown group")
            << QStringList{"matrix", "--groups", "31,99"} << "--groups: unknown group \"99\"";
        QTest::newRow("matrix empty id") << QStringList{"matrix", "--groups", "31,,19"}
                                         << "--groups: expected comma-separated group ids";
        QTest::newRow("matrix format") << QStringList{"matrix", "--format", "html"}
                                       << "--format: expected md, csv or json, got \"html\"";
    }
    void benchErrors() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun run = runCli(args);
        QCOMPARE(run.code, 2);
        QVERIFY(isOneLine(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void matrix() {
        const CliRun run = runCli({"matrix", "--groups", "toy-24", "--format", "json", "--budget", "10"});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.code, 0);
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8());
        QVERIFY(!doc.isNull());
        QVERIFY(run.out.contains("toy-24"));
        const CliRun md = runCli({"matrix", "--groups", "toy-24", "--budget", "10"});
        QCOMPARE(md.code, 0);
        QVERIFY(md.out.contains(u'|'));
        const CliRun csv = runCli({"matrix", "--groups", "toy-24", "--format", "csv", "--budget", "10"});
        QCOMPARE(csv.code, 0);
        QVERIFY(csv.out.count(u'\n') > 8);
    }
};

QTEST_GUILESS_MAIN(TestCliRun)
#include "TestCliRun.moc"
