// SPDX-License-Identifier: LGPL-3.0-or-later
// keyladder-cli groups: the human table and the JSON that scripts rely on.
#include "CliTestSupport.h"
#include "CliVectors.h"
#include "ToyMath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <botan/bigint.h>
#include <botan/numthry.h>

using namespace keyladder::clitest;

namespace {

QJsonArray groupsJson() {
    const CliRun run = runCli({"groups", "--json"});
    if (run.code != 0)
        return {};
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

QJsonObject findEntry(const QJsonArray& list, const QString& id) {
    for (const QJsonValue& v : list)
        if (v.toObject().value("id").toString() == id)
            return v.toObject();
    return {};
}

Botan::BigInt bigFromHex(const QString& hex) {
    return Botan::BigInt("0x" + hex.toStdString());
}

} // namespace

class TestCliGroups : public QObject {
    Q_OBJECT
private slots:
    void jsonHasEveryField() {
        const CliRun run = runCli({"groups", "--json"});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.err, QString());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        const QJsonArray list = doc.array();
        QVERIFY(list.size() >= 20);
        QSet<QString> ids;
        const QRegularExpression lowerHex(QStringLiteral("^[0-9a-f]+$"));
        for (const QJsonValue& v : list) {
            const QJsonObject g = v.toObject();
            const QString id = g.value("id").toString();
            QVERIFY2(!id.isEmpty() && !ids.contains(id), qPrintable(id));
            ids.insert(id);
            for (const char* key : {"id", "name", "kind"})
                QVERIFY2(g.value(key).isString(), qPrintable(id + " " + key));
            for (const char* key : {"bits", "securityBits", "publicSize", "ikeId"})
                QVERIFY2(g.value(key).isDouble(), qPrintable(id + " " + key));
            QVERIFY2(g.value("available").isBool(), qPrintable(id));
            if (!g.value("available").toBool())
                QVERIFY2(!g.value("reason").toString().isEmpty(), qPrintable(id));
            const QString kind = g.value("kind").toString();
            QVERIFY2(QStringList({"MODP", "FFDHE", "ECP", "X25519", "X448", "toy"}).contains(kind), qPrintable(kind));
            const bool finiteField = kind == "MODP" || kind == "FFDHE" || kind == "toy";
            if (finiteField && g.value("available").toBool()) {
                for (const char* key : {"p", "g", "q"})
                    QVERIFY2(lowerHex.match(g.value(key).toString()).hasMatch(), qPrintable(id + " " + key));
                // p has the advertised size, q divides p-1 (q = (p-1)/2 for the safe-prime groups; RFC 5114
                // groups 22-24 have a smaller subgroup) and g generates the order-q subgroup.
                const Botan::BigInt p = bigFromHex(g.value("p").toString());
                QCOMPARE(static_cast<int>(p.bits()), g.value("bits").toInt());
                const Botan::BigInt q = bigFromHex(g.value("q").toString());
                QVERIFY2((p - 1) % q == 0, qPrintable(id));
                if (kind != "MODP" || id == "14" || id == "2" || id == "18")
                    QVERIFY2(q == (p - 1) / 2, qPrintable(id));
                QVERIFY2(Botan::power_mod(bigFromHex(g.value("g").toString()), q, p) == 1, qPrintable(id));
            }
            if (!finiteField)
                QVERIFY2(!g.contains("p"), qPrintable(id));
        }
        for (const char* id : {"14", "19", "31", "ffdhe2048", "toy-24", "toy-40", "toy-48", "toy-64"})
            QVERIFY2(ids.contains(id), id);
    }

    void publishedParameters_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("bits");
        QTest::addColumn<int>("publicSize");
        QTest::newRow("14") << "14"
                            << "MODP" << 2048 << 256;
        QTest::newRow("19") << "19"
                            << "ECP" << 256 << 65;
        QTest::newRow("20") << "20"
                            << "ECP" << 384 << 97;
        QTest::newRow("21") << "21"
                            << "ECP" << 521 << 133;
        QTest::newRow("31") << "31"
                            << "X25519" << 255 << 32;
        QTest::newRow("toy-48") << "toy-48"
                                << "toy" << 48 << 6;
    }
    void publishedParameters() {
        QFETCH(QString, id);
        QFETCH(QString, kind);
        QFETCH(int, bits);
        QFETCH(int, publicSize);
        const QJsonObject g = findEntry(groupsJson(), id);
        QCOMPARE(g.value("kind").toString(), kind);
        QCOMPARE(g.value("bits").toInt(), bits);
        QCOMPARE(g.value("publicSize").toInt(), publicSize);
        if (id == "14") {
            QCOMPARE(g.value("p").toString(), QString::fromLatin1(kModp2048P));
            QCOMPARE(g.value("g").toString(), QStringLiteral("02"));
        }
    }

    void tableListsEveryGroup() {
        const CliRun run = runCli({"groups"});
        QCOMPARE(run.code, 0);
        const QStringList lines = run.out.split(u'\n');
        QVERIFY(lines.first().startsWith("ID"));
        QVERIFY(lines.first().contains("SECURITY"));
        for (const QJsonValue& v : groupsJson()) {
            const QString id = v.toObject().value("id").toString();
            const bool listed =
                std::any_of(lines.begin(), lines.end(), [&](const QString& l) { return l.startsWith(id + " "); });
            QVERIFY2(listed, qPrintable(id));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliGroups)
#include "TestCliGroups.moc"
