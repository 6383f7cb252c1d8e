// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/Simulation.h"
#include "core/crypto/Bytes.h"
#include "core/protocol/Scenario.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <fstream>
#include <sstream>

using namespace keyladder;

namespace {

QString dataDir(const char* sub) {
    return QStringLiteral(KEYLADDER_SOURCE_DIR) + "/" + QString::fromUtf8(sub);
}

std::string readFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().toStdString();
}

// The scenario of DESIGN.md, with the values it abbreviates written out (TS 35.208 test set 1).
const char* kDesignExample = R"({
  "schema": "keyladder.scenario/1",
  "title": "EN-DC with X25519, attacker holds K",
  "seed": "classroom-1",
  "subscriber": { "k": "465b5ce8b199b49faa5f0a2ee238a6bc", "opc": "cd63cb71954a9f4e48a5994e37a02baf",
                  "sqn": "ff9bb4d0b607", "amf": "b9b9",
                  "rand": "23553cbe9637a89d218ae64dae47bf35", "plmn": "001-01", "nasUlCount": 0 },
  "procedure": { "mode": "dh", "keyUsage": "combine", "skCounter": 0,
                 "fallbackToBaseline": false, "ciphering": "NEA2", "integrity": "NIA2" },
  "ue":  { "dhGroups": [31, 19, 14], "minSecurityBits": 112 },
  "gnb": { "dhPriority": [19, 31, 14, 15] },
  "network": { "x2Protected": true },
  "attacker": { "taps": ["Uu"], "active": "none", "leaked": ["K"], "dlogBudgetSeconds": 30 },
  "userPlane": { "payload": "Hello from the UE over NR", "count": 0, "bearer": 1 }
})";

} // namespace

class TestScenario : public QObject {
    Q_OBJECT

private slots:
    void designExampleLoads() {
        const Scenario s = loadScenario(kDesignExample);
        QCOMPARE(s.title, std::string("EN-DC with X25519, attacker holds K"));
        QVERIFY(s.seed.has_value());
        QCOMPARE(*s.seed, std::string("classroom-1"));
        QCOMPARE(toHex(s.subscriber.k), std::string("465b5ce8b199b49faa5f0a2ee238a6bc"));
        QCOMPARE(toHex(s.subscriber.opc), std::string("cd63cb71954a9f4e48a5994e37a02baf"));
        QCOMPARE(toHex(s.subscriber.sqn), std::string("ff9bb4d0b607"));
        QCOMPARE(toHex(s.subscriber.amf), std::string("b9b9"));
        QCOMPARE(s.subscriber.plmn, std::string("001-01"));
        QVERIFY(s.procedure.mode == ProcedureMode::Dh);
        QVERIFY(s.procedure.keyUsage == KeyUsage::Combine);
        QCOMPARE(s.ue.dhGroups, (std::vector<std::string>{"31", "19", "14"}));
        QCOMPARE(s.ue.minSecurityBits, 112);
        QCOMPARE(s.gnb.dhPriority, (std::vector<std::string>{"19", "31", "14", "15"}));
        QVERIFY(s.network.x2Protected);
        QCOMPARE(s.attacker.taps.size(), std::size_t(1));
        QVERIFY(s.attacker.hasTap(Link::Uu));
        QVERIFY(!s.attacker.hasTap(Link::X2));
        QVERIFY(s.attacker.hasLeak(Leak::K));
        QVERIFY(s.attacker.active == ActiveAttack::None);
        QCOMPARE(s.attacker.dlogBudgetSeconds, 30.0);
        QCOMPARE(s.userPlane.payload, std::string("Hello from the UE over NR"));
        QCOMPARE(s.userPlane.bearer, std::uint8_t(1));
    }

    void defaultsForAnEmptyDocument() {
        const Scenario s = loadScenario("{}");
        QCOMPARE(toHex(s.subscriber.k), std::string("465b5ce8b199b49faa5f0a2ee238a6bc"));
        QCOMPARE(toHex(s.subscriber.opc), std::string("cd63cb71954a9f4e48a5994e37a02baf"));
        QCOMPARE(toHex(s.subscriber.rand), std::string("23553cbe9637a89d218ae64dae47bf35"));
        QCOMPARE(s.subscriber.plmn, std::string("001-01"));
        QCOMPARE(s.subscriber.nasUlCount, 0u);
        QCOMPARE(s.procedure.skCounter, std::uint16_t(0));
        QCOMPARE(s.ue.dhGroups, (std::vector<std::string>{"31", "19", "14"}));
        QCOMPARE(s.gnb.dhPriority, (std::vector<std::string>{"19", "31", "14", "15"}));
        QVERIFY(s.network.x2Protected);
        QVERIFY(!s.attacker.present());
        QVERIFY(!s.seed.has_value());
    }

    void groupIdsAsNumbersOrStrings() {
        const Scenario s = loadScenario(R"({"ue": {"dhGroups": ["31", 19, "toy-48", "ffdhe2048"]}})");
        QCOMPARE(s.ue.dhGroups, (std::vector<std::string>{"31", "19", "toy-48", "ffdhe2048"}));
        // Saved: IKEv2 ids as numbers, the others as strings.
        const std::string saved = saveScenario(s);
        QVERIFY2(saved.find("\"dhGroups\": [\n      31,\n      19,\n      \"toy-48\",\n      \"ffdhe2048\"\n    ]") !=
                     std::string::npos,
                 saved.c_str());
    }

    void opGivesOpc() {
        // TS 35.208 test set 1: OP -> OPc.
        const Scenario s = loadScenario(R"({"subscriber": {"op": "cdc202d5123e20f62b6d676ac72cb318"}})");
        QCOMPARE(toHex(s.subscriber.opc), std::string("cd63cb71954a9f4e48a5994e37a02baf"));
    }

    void saveLoadRoundTrip_data() {
        QTest::addColumn<QString>("file");
        const QDir dir(dataDir("assets/scenarios"));
        for (const QString& name : dir.entryList({"*.json"}, QDir::Files, QDir::Name))
            QTest::newRow(name.toUtf8().constData()) << dir.filePath(name);
    }

    void saveLoadRoundTrip() {
        QFETCH(QString, file);
        const Scenario first = loadScenarioFile(file.toStdString());
        const std::string saved = saveScenario(first);
        const Scenario second = loadScenario(saved);
        QCOMPARE(saveScenario(second), saved);
        QCOMPARE(toHex(second.subscriber.k), toHex(first.subscriber.k));
        QCOMPARE(second.ue.dhGroups, first.ue.dhGroups);
        QCOMPARE(second.attacker.taps, first.attacker.taps);
    }

    void bundledScenariosRun_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("group");
        // Expected outcomes follow from each file's settings (docs/scenario-format.md).
        const QList<std::tuple<const char*, const char*, const char*>> rows{
            {"default.json", "established", "31"},
            {"baseline.json", "established", ""},
            {"dh-x25519.json", "established", "31"},
            {"dh-p256.json", "established", "19"},
            {"dh-modp2048.json", "established", "14"},
            {"keyusage-none.json", "established", "31"},
            {"keyusage-combine.json", "established", "31"},
            {"keyusage-replace.json", "established", "31"},
            {"no-common-group.json", "rejected", ""},
            {"no-common-group-fallback.json", "established", ""},
            {"ue-refuses-weak-group.json", "rejected", "toy-48"},
            {"x2-unprotected.json", "established", "31"},
            {"x2-unprotected-baseline.json", "established", ""},
            {"toy-group.json", "established", "toy-40"},
            {"leak-after-session.json", "established", "31"},
        };
        for (const auto& [file, status, group] : rows)
            QTest::newRow(file) << dataDir("assets/scenarios/") + file << QString(status) << QString(group);
    }

    void bundledScenariosRun() {
        QFETCH(QString, file);
        QFETCH(QString, status);
        QFETCH(QString, group);
        const Scenario s = loadScenarioFile(file.toStdString());
        const Trace t = runScenario(s);
        QCOMPARE(QString::fromStdString(std::string(runStatusName(t.summary().status))), status);
        QCOMPARE(QString::fromStdString(t.summary().selectedGroup), group);
    }

    void everyBundledScenarioRunsWithItsAttacker_data() { saveLoadRoundTrip_data(); }

    void everyBundledScenarioRunsWithItsAttacker() {
        QFETCH(QString, file);
        const Scenario s = loadScenarioFile(file.toStdString());
        const Trace t = simulate(s);
        QVERIFY(t.steps().size() >= 5);
        QCOMPARE(t.steps().front().id, std::string("C1"));
    }

    void simulationAttachesTheAttacker() {
        // Engine alone: the attacker only records. With its model attached it derives (PROTOCOL.md §6).
        Scenario s = loadScenarioFile(dataDir("assets/scenarios/baseline.json").toStdString());
        const auto derived = [](const Trace& t) {
            int n = 0;
            for (const auto& item : t.steps().back().knowledge.of(Actor::Attacker))
                n += item->provenance == Provenance::Derived ? 1 : 0;
            return n;
        };
        QCOMPARE(derived(runScenario(s)), 0);
        const Trace full = simulate(s);
        QVERIFY(derived(full) > 0);
        const auto* kupenc = full.summary().key(Actor::Attacker, "KUPenc");
        QVERIFY(kupenc != nullptr);
        QCOMPARE(kupenc->value.hex(), full.summary().key(Actor::Ue, "KUPenc")->value.hex());
        s.attacker = AttackerConfig{};
        QVERIFY(simulate(s).steps().back().knowledge.of(Actor::Attacker).empty());
    }

    void malformedCorpus_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("error");
        const QString dir = dataDir("tests/data/bad-scenarios");
        std::istringstream index(readFile(dir + "/expected-errors.txt"));
        std::string line;
        int rows = 0;
        while (std::getline(index, line)) {
            if (line.empty() || line[0] == '#')
                continue;
            const auto tab = line.find('\t');
            const std::string name = line.substr(0, tab);
            QTest::newRow(name.c_str()) << dir + "/" + QString::fromStdString(name)
                                        << QString::fromStdString(line.substr(tab + 1));
            ++rows;
        }
        QVERIFY(rows >= 30);
    }

    void malformedCorpus() {
        QFETCH(QString, file);
        QFETCH(QString, error);
        const std::string text = readFile(file);
        Scenario kept = defaultScenario();
        kept.title = "kept";
        try {
            kept = loadScenario(text);
            QFAIL("the scenario was accepted");
        } catch (const ScenarioError& e) {
            QCOMPARE(QString::fromStdString(e.what()), error);
        }
        // Nothing half-loaded: the previous scenario is untouched.
        QCOMPARE(kept.title, std::string("kept"));
    }

    void everyCorpusFileIsListed() {
        const QDir dir(dataDir("tests/data/bad-scenarios"));
        const std::string index = readFile(dir.filePath("expected-errors.txt"));
        for (const QString& name : dir.entryList({"*.json"}, QDir::Files))
            QVERIFY2(index.find(name.toStdString() + "\t") != std::string::npos, qPrintable(name));
    }

    void unavailableGroupIsNamed() {
        try {
            loadScenario(R"({"ue": {"dhGroups": [31, 32]}})");
            QFAIL("group 32 was accepted");
        } catch (const ScenarioError& e) {
            QCOMPARE(QString::fromStdString(e.path()), QString("/ue/dhGroups/1"));
            QVERIFY2(e.problem().rfind("group 32 (Curve448) is not available: ", 0) == 0, e.what());
        }
    }

    void oversizedDocumentRefused() {
        const std::string big = "{\"title\": \"" + std::string(ScenarioLimits::maxDocumentOctets, 'x') + "\"}";
        QVERIFY_THROWS_EXCEPTION(ScenarioError, loadScenario(big));
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "TestScenario.moc"
