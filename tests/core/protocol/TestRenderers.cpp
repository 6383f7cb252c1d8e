// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/crypto/Bytes.h"
#include "core/export/TextRenderers.h"
#include "core/protocol/Engine.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <sstream>

using namespace keyladder;

namespace {

QString sourcePath(const QString& relative) {
    return QStringLiteral(KEYLADDER_SOURCE_DIR) + "/" + relative;
}

Trace runFile(const QString& name) {
    // The engine alone (taps, no attacker model): the goldens stay a picture of the protocol engine.
    return runScenario(loadScenarioFile(sourcePath("assets/scenarios/" + name).toStdString()));
}

std::string readAll(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().toStdString();
}

using Renderer = std::function<std::string(const Trace&)>;

Renderer rendererFor(const QString& format) {
    if (format == "ascii")
        return [](const Trace& t) { return renderAscii(t); };
    if (format == "mermaid")
        return [](const Trace& t) { return renderMermaid(t); };
    if (format == "plantuml")
        return [](const Trace& t) { return renderPlantUml(t); };
    return [](const Trace& t) { return renderJson(t, false); };
}

QStringList bundledScenarios() {
    return QDir(sourcePath("assets/scenarios")).entryList({"*.json"}, QDir::Files, QDir::Name);
}

} // namespace

class TestRenderers : public QObject {
    Q_OBJECT

private slots:
    // Golden files are reviewed by eye; KEYLADDER_REGENERATE_GOLDEN=1 rewrites them after a deliberate change.
    void goldenFiles_data() {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("golden");
        const QList<std::tuple<QString, QString, QString>> rows{
            {"default.json", "ascii", "default.txt"},
            {"default.json", "mermaid", "default.mmd"},
            {"default.json", "plantuml", "default.puml"},
            {"default.json", "json", "default.trace.json"},
            {"x2-unprotected-baseline.json", "ascii", "x2-unprotected-baseline.txt"},
            {"ue-refuses-weak-group.json", "ascii", "ue-refuses-weak-group.txt"},
            {"no-common-group.json", "plantuml", "no-common-group.puml"},
        };
        for (const auto& [scenario, format, golden] : rows)
            QTest::newRow(golden.toUtf8().constData()) << scenario << format << golden;
    }

    void goldenFiles() {
        QFETCH(QString, scenario);
        QFETCH(QString, format);
        QFETCH(QString, golden);
        const std::string actual = rendererFor(format)(runFile(scenario));
        const QString path = sourcePath("tests/data/golden/" + golden);
        if (qEnvironmentVariableIntValue("KEYLADDER_REGENERATE_GOLDEN") == 1) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(actual.data(), static_cast<qint64>(actual.size()));
            QSKIP("golden file regenerated");
        }
        const std::string expected = readAll(path);
        QVERIFY2(!expected.empty(), qPrintable("missing golden file " + path));
        if (actual != expected) {
            // Point at the first differing line rather than dumping both files.
            std::istringstream a(actual), e(expected);
            std::string la, le;
            int line = 1;
            while (std::getline(a, la) && std::getline(e, le) && la == le)
                ++line;
            QFAIL(qPrintable(QString("%1 differs at line %2:\n  got:      %3\n  expected: %4")
                                 .arg(golden)
                                 .arg(line)
                                 .arg(QString::fromStdString(la), QString::fromStdString(le))));
        }
    }

    void asciiFitsHundredColumns_data() {
        QTest::addColumn<QString>("scenario");
        for (const QString& name : bundledScenarios())
            QTest::newRow(name.toUtf8().constData()) << name;
    }

    void asciiFitsHundredColumns() {
        QFETCH(QString, scenario);
        const std::string text = renderAscii(runFile(scenario));
        std::istringstream in(text);
        std::string line;
        int n = 0;
        while (std::getline(in, line)) {
            ++n;
            QVERIFY2(line.size() <= 100, qPrintable(QString("line %1: %2").arg(n).arg(QString::fromStdString(line))));
            for (char c : line)
                QVERIFY2(static_cast<unsigned char>(c) < 0x80, "non-ASCII output");
        }
        QVERIFY(n > 40);
    }

    void jsonHidesPrivateValuesUnlessAsked() {
        const Trace t = runFile("default.json");
        const std::string k = toHex(t.scenario().subscriber.k);
        const std::string plain = renderJson(t, false);
        const std::string full = renderJson(t, true);
        QVERIFY(plain.find(k) == std::string::npos);
        QVERIFY(full.find(k) != std::string::npos);
        const auto doc = nlohmann::json::parse(plain);
        QVERIFY(doc["schema"].get<std::string>() == "keyladder.trace/1");
        QVERIFY(!doc["secretsIncluded"].get<bool>());
        QVERIFY(doc["scenario"]["subscriber"]["k"].is_null());
        // The summary scripts rely on.
        const auto& summary = doc["summary"];
        QVERIFY(summary["status"].get<std::string>() == "established");
        QVERIFY(summary["selectedGroup"].get<std::string>() == "31");
        QVERIFY(summary["keys"]["UE"]["SgNBKey"] == summary["keys"]["gNB"]["SgNBKey"]);
        QVERIFY(summary["keys"]["UE"]["KUPenc"] == summary["keys"]["gNB"]["KUPenc"]);
        QVERIFY(summary["keys"]["UE"]["SgNBKey"].is_string());
        QVERIFY(!summary["keys"]["eNB"].contains("DHKey"));
        QVERIFY(summary["attacker"]["plaintext"].is_null());
        QVERIFY(summary["attacker"]["readsUserData"].is_boolean());
        QVERIFY(summary["attacker"]["why"].is_string());
        // D-H private values are redacted wherever they appear.
        for (const auto& step : doc["steps"]) {
            for (const auto& item : step["knowledge"]["gNB"]) {
                if (item["name"] == "gNB D-H private") {
                    QVERIFY(item["value"]["redacted"].get<bool>());
                    QVERIFY(!item["value"].contains("hex"));
                }
            }
        }
        const auto withSecrets = nlohmann::json::parse(full);
        QVERIFY(withSecrets["scenario"]["subscriber"]["k"].is_string());
    }

    void mermaidShape() {
        const std::string text = renderMermaid(runFile("x2-unprotected.json"));
        QVERIFY(text.rfind("sequenceDiagram\n", 0) == 0);
        QVERIFY(text.find(';') == std::string::npos);
        QVERIFY(text.find("participant ATT as Attacker") != std::string::npos);
        QVERIFY(text.find("eNB->>gNB: SGNB ADDITION REQUEST<br/>X2-C, X2AP, clear") != std::string::npos);
        QVERIFY(text.find("Note over ATT: tap X2") != std::string::npos);
    }

    void plantUmlRenders_data() {
        QTest::addColumn<QString>("scenario");
        for (const char* name :
             {"default.json", "no-common-group.json", "x2-unprotected.json", "ue-refuses-weak-group.json"})
            QTest::newRow(name) << QString(name);
    }

    void plantUmlRenders() {
        QFETCH(QString, scenario);
        const std::string text = renderPlantUml(runFile(scenario));
        QVERIFY(text.rfind("@startuml\n", 0) == 0);
        QVERIFY(text.find("@enduml") != std::string::npos);
        const QString plantuml = QStandardPaths::findExecutable("plantuml");
        if (plantuml.isEmpty())
            QSKIP("plantuml is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString source = dir.filePath("ladder.puml");
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.data(), static_cast<qint64>(text.size()));
        f.close();
        QProcess process;
        process.start(plantuml, {"-tsvg", "-failfast2", source});
        QVERIFY(process.waitForFinished(120000));
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(errors));
        const std::string svg = readAll(dir.filePath("ladder.svg"));
        QVERIFY(svg.find("<svg") != std::string::npos);
        QVERIFY(svg.find("Syntax Error") == std::string::npos);
        QVERIFY(svg.find("SGNB ADDITION REQUEST") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestRenderers)
#include "TestRenderers.moc"
