// SPDX-License-Identifier: LGPL-3.0-or-later
// keyladder-cli calc pub / calc dh across the group kinds: valid agreements against independent arithmetic
// (128-bit integers for the toy groups, Botan's modular exponentiation for MODP) and the invalid-value
// matrix of PROTOCOL.md §5, each refused with exit code 3 and the rule on stderr.
#include "CliTestSupport.h"
#include "CliVectors.h"
#include "ToyMath.h"

#include <QTest>

#include <botan/bigint.h>
#include <botan/numthry.h>

using namespace keyladder;
using namespace keyladder::clitest;

namespace {

const char* const kToyIds[] = {"toy-24", "toy-32", "toy-40", "toy-48", "toy-56", "toy-64"};

// Any valid private value works for the rejection rows: the peer value is what is judged.
const QString kX25519Priv = QStringLiteral("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
const QString kP256Priv = QStringLiteral("c88f01f510d9ac3f70a292daa2316de544e9aab8afe84049c62a9c57862d1433");
// RFC 5903 §8.1 g^r, valid on P-256.
const QString kP256X = QStringLiteral("d12dfb5289c8d4f81208b70270398c342296970a0bccb74c736fc7554494bf63");
const QString kP256Y = QStringLiteral("56fbf3ca366cc23e8157854c13c58d6aac23f046ada30f8353e74f33039872ab");
const QString kModpPriv = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

QString modpHex(const Botan::BigInt& value) {
    const auto bytes = Botan::BigInt::encode_1363(value, 256);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(bytes.data()), int(bytes.size())).toHex());
}

Botan::BigInt modpP() {
    return Botan::BigInt(std::string("0x") + kModp2048P);
}

} // namespace

class TestCliDh : public QObject {
    Q_OBJECT
private slots:
    void rejected_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("priv");
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QString>("rule"); // empty: any rule, the value only has to be refused

        // X25519: low-order points give an all-zero shared secret (RFC 7748 §6.1); wrong lengths.
        const auto x = [](const char* name, const QString& peer, const char* rule) {
            QTest::newRow(name) << "31" << kX25519Priv << peer << QString::fromLatin1(rule);
        };
        x("X25519 u = 0", QString(64, u'0'), "all-zero-result");
        x("X25519 u = 1", "01" + QString(62, u'0'), "all-zero-result");
        x("X25519 order-8 point A", "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
          "all-zero-result");
        x("X25519 order-8 point B", "5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157",
          "all-zero-result");
        x("X25519 31 octets", QString(62, u'9'), "length");
        x("X25519 33 octets", QString(66, u'9'), "length");
        x("X25519 empty", QString(), "length");

        // P-256: point at infinity, off-curve, wrong length, wrong encoding.
        const auto p = [](const char* name, const QString& peer, const char* rule) {
            QTest::newRow(name) << "19" << kP256Priv << peer << QString::fromLatin1(rule);
        };
        p("P-256 infinity 00", "00", "infinity");
        QString offCurveY = kP256Y;
        offCurveY.back() = u'c'; // y + 1
        p("P-256 off curve", "04" + kP256X + offCurveY, "on-curve");
        p("P-256 x only, 64 octets", kP256X + kP256Y, "");
        p("P-256 66 octets", "04" + kP256X + kP256Y + "00", "");
        p("P-256 bad prefix", "05" + kP256X + kP256Y, "");

        // MODP 2048 (group 14): the range ends and an element outside the order-q subgroup.
        const Botan::BigInt prime = modpP();
        const auto m = [](const char* name, const QString& peer, const char* rule) {
            QTest::newRow(name) << "14" << kModpPriv << peer << QString::fromLatin1(rule);
        };
        m("MODP-2048 y = 0", modpHex(0), "range");
        m("MODP-2048 y = 1", modpHex(1), "range");
        m("MODP-2048 y = p-1", modpHex(prime - 1), "range");
        m("MODP-2048 y = p", modpHex(prime), "range");
        // p = 7 (mod 8): 2 is a square and -1 is not, so -2 = p-2 lies outside the subgroup of squares.
        m("MODP-2048 y = p-2", modpHex(prime - 2), "subgroup");
        m("MODP-2048 255 octets", modpHex(2).mid(2), "length");

        // Every toy group: range, subgroup, length.
        for (const char* id : kToyIds) {
            const auto toy = toyGroup(id);
            QVERIFY2(toy, id);
            const QString priv = QStringLiteral("05");
            const auto t = [&](const char* what, const QString& peer, const char* rule) {
                QTest::addRow("%s %s", id, what) << id << priv << peer << QString::fromLatin1(rule);
            };
            t("y = 0", paddedHex(0, toy->publicSize), "range");
            t("y = 1", paddedHex(1, toy->publicSize), "range");
            t("y = p-1", paddedHex(toy->p - 1, toy->publicSize), "range");
            t("y = p", paddedHex(toy->p, toy->publicSize), "range");
            t("non-subgroup element", paddedHex(nonSubgroupElement(*toy), toy->publicSize), "subgroup");
            t("one octet too long", "00" + paddedHex(toy->g, toy->publicSize), "length");
        }
    }
    void rejected() {
        QFETCH(QString, group);
        QFETCH(QString, priv);
        QFETCH(QString, peer);
        QFETCH(QString, rule);
        const CliRun run = runCli({"calc", "dh", "--group", group, "--priv", priv, "--peer", peer});
        QCOMPARE(run.out, QString());
        QCOMPARE(run.code, 3);
        QVERIFY2(isOneLine(run.err), qPrintable(run.err));
        QVERIFY2(run.err.startsWith(QStringLiteral("keyladder-cli: --peer: rejected by rule ")), qPrintable(run.err));
        if (!rule.isEmpty())
            QVERIFY2(run.err.startsWith(QStringLiteral("keyladder-cli: --peer: rejected by rule ") + rule + ": "),
                     qPrintable(run.err));
    }

    void agreement_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("privA");
        QTest::addColumn<QString>("pubA");
        QTest::addColumn<QString>("privB");
        QTest::addColumn<QString>("pubB");
        QTest::addColumn<QString>("shared");

        for (const char* id : kToyIds) {
            const auto toy = toyGroup(id);
            QVERIFY2(toy, id);
            // Two private values in [1, q) picked from the group's own size, different per group.
            const std::uint64_t a = (0x9e3779b97f4a7c15ULL % (toy->q - 2)) + 1;
            const std::uint64_t b = (0xc2b2ae3d27d4eb4fULL % (toy->q - 2)) + 1;
            const std::size_t privOctets = (static_cast<std::size_t>(64 - __builtin_clzll(toy->q)) + 7) / 8;
            QTest::addRow("%s", id) << id << paddedHex(a, privOctets)
                                    << paddedHex(powMod(toy->g, a, toy->p), toy->publicSize) << paddedHex(b, privOctets)
                                    << paddedHex(powMod(toy->g, b, toy->p), toy->publicSize)
                                    << paddedHex(powMod(toy->g, mulMod(a, b, toy->q), toy->p), toy->publicSize);
        }

        const Botan::BigInt prime = modpP();
        const Botan::BigInt a(std::string("0x") + kModpPriv.toStdString());
        const Botan::BigInt b(std::string("0xfedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210"));
        const Botan::BigInt ga = Botan::power_mod(2, a, prime);
        const Botan::BigInt gb = Botan::power_mod(2, b, prime);
        QTest::newRow("MODP-2048") << "14" << kModpPriv << modpHex(ga)
                                   << "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210" << modpHex(gb)
                                   << modpHex(Botan::power_mod(gb, a, prime));
    }
    void agreement() {
        QFETCH(QString, group);
        QFETCH(QString, privA);
        QFETCH(QString, pubA);
        QFETCH(QString, privB);
        QFETCH(QString, pubB);
        QFETCH(QString, shared);
        const CliRun pa = runCli({"calc", "pub", "--group", group, "--priv", privA});
        QCOMPARE(pa.err, QString());
        QCOMPARE(pa.out, pubA + "\n");
        const CliRun pb = runCli({"calc", "pub", "--group", group, "--priv", privB});
        QCOMPARE(pb.out, pubB + "\n");
        const CliRun za = runCli({"calc", "dh", "--group", group, "--priv", privA, "--peer", pubB});
        QCOMPARE(za.err, QString());
        QCOMPARE(za.code, 0);
        QCOMPARE(za.out, shared + "\n");
        const CliRun zb = runCli({"calc", "dh", "--group", group, "--priv", privB, "--peer", pubA});
        QCOMPARE(zb.out, shared + "\n");
    }

    // Every available group can compute a public value and agree with itself through the CLI.
    void everyAvailableGroup() {
        int checked = 0;
        for (const GroupInfo& g : allGroups()) {
            if (!g.available)
                continue;
            const QString id = QString::fromStdString(g.id);
            const QString priv = g.kind == GroupKind::X25519 || g.kind == GroupKind::X448
                                     ? QString(2 * static_cast<int>(g.publicSize), u'7')
                                     : QStringLiteral("0203");
            const CliRun pub = runCli({"calc", "pub", "--group", id, "--priv", priv});
            QVERIFY2(pub.code == 0, qPrintable(id + ": " + pub.err));
            QCOMPARE(pub.out.trimmed().size(), 2 * static_cast<int>(g.publicSize));
            const CliRun dh = runCli({"calc", "dh", "--group", id, "--priv", priv, "--peer", pub.out.trimmed()});
            QVERIFY2(dh.code == 0, qPrintable(id + ": " + dh.err));
            ++checked;
        }
        QVERIFY(checked >= 10);
    }

    void unavailableGroupIsUsageError() {
        for (const GroupInfo& g : allGroups()) {
            if (g.available)
                continue;
            const CliRun run = runCli({"calc", "pub", "--group", QString::fromStdString(g.id), "--priv", "01"});
            QCOMPARE(run.code, 2);
            QVERIFY2(run.err.contains("is unavailable: "), qPrintable(run.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliDh)
#include "TestCliDh.moc"
