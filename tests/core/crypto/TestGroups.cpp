// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/crypto/Groups.h"

#include "VectorFile.h"

#include <botan/auto_rng.h>
#include <botan/bigint.h>
#include <botan/numthry.h>

#include <QTest>

#include <set>

using namespace keyladder;
using namespace keyladder::test;

namespace {

Botan::BigInt toBig(const Bytes& b) {
    return Botan::BigInt::decode(b.data(), b.size());
}

const GroupInfo& group(const char* id) {
    const GroupInfo* g = findGroup(id);
    if (!g)
        qFatal("group %s missing from the catalog", id);
    return *g;
}

} // namespace

class TestGroups : public QObject {
    Q_OBJECT
private slots:
    // PROTOCOL.md §4: ids, kinds, sizes of the public values on the wire.
    void catalog_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("ikeId");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("fieldBits");
        QTest::addColumn<int>("publicSize");
        QTest::addColumn<bool>("available");
        QTest::addColumn<bool>("illustrative");
        const auto row = [](const char* id, int ike, const char* kind, int bits, int size, bool avail, bool ill) {
            QTest::newRow(id) << id << ike << kind << bits << size << avail << ill;
        };
        row("1", 1, "MODP", 768, 96, true, false);
        row("2", 2, "MODP", 1024, 128, true, false);
        row("5", 5, "MODP", 1536, 192, true, false);
        row("14", 14, "MODP", 2048, 256, true, false);
        row("15", 15, "MODP", 3072, 384, true, false);
        row("16", 16, "MODP", 4096, 512, true, false);
        row("17", 17, "MODP", 6144, 768, true, false);
        row("18", 18, "MODP", 8192, 1024, true, false);
        row("19", 19, "ECP", 256, 65, true, false);
        row("20", 20, "ECP", 384, 97, true, false);
        row("21", 21, "ECP", 521, 133, true, false);
        row("22", 22, "MODP", 1024, 128, true, false);
        row("23", 23, "MODP", 2048, 256, true, false);
        row("24", 24, "MODP", 2048, 256, true, false);
        row("26", 26, "ECP", 224, 57, true, false);
        row("28", 28, "ECP", 256, 65, true, false);
        row("29", 29, "ECP", 384, 97, true, false);
        row("30", 30, "ECP", 512, 129, true, false);
        row("31", 31, "X25519", 255, 32, true, false);
        row("32", 32, "X448", 448, 56, false, false);
        row("ffdhe2048", 0, "FFDHE", 2048, 256, true, true);
        row("ffdhe3072", 0, "FFDHE", 3072, 384, true, true);
        row("ffdhe4096", 0, "FFDHE", 4096, 512, true, true);
        row("ffdhe6144", 0, "FFDHE", 6144, 768, true, true);
        row("ffdhe8192", 0, "FFDHE", 8192, 1024, true, true);
        row("toy-24", 0, "toy", 24, 3, true, true);
        row("toy-32", 0, "toy", 32, 4, true, true);
        row("toy-40", 0, "toy", 40, 5, true, true);
        row("toy-48", 0, "toy", 48, 6, true, true);
        row("toy-56", 0, "toy", 56, 7, true, true);
        row("toy-64", 0, "toy", 64, 8, true, true);
    }

    void catalog() {
        QFETCH(QString, id);
        QFETCH(int, ikeId);
        QFETCH(QString, kind);
        QFETCH(int, fieldBits);
        QFETCH(int, publicSize);
        QFETCH(bool, available);
        QFETCH(bool, illustrative);
        const GroupInfo* g = findGroup(id.toStdString());
        QVERIFY(g);
        QCOMPARE(QString::fromStdString(g->id), id);
        QCOMPARE(g->ikeId, ikeId);
        QCOMPARE(QString::fromStdString(kindName(g->kind)), kind);
        QCOMPARE(g->fieldBits, fieldBits);
        QCOMPARE(g->publicSize, static_cast<std::size_t>(publicSize));
        QCOMPARE(g->available, available);
        QCOMPARE(g->illustrative, illustrative);
        QVERIFY(!g->name.empty());
        QVERIFY(!g->reference.empty());
        QVERIFY(g->securityBits > 0);
        QCOMPARE(g->unavailableReason.empty(), available);
        if (g->kind == GroupKind::Toy)
            QVERIFY(QString::fromStdString(g->name).contains(QLatin1String("insecure")));
    }

    void catalogIsComplete() {
        QCOMPARE(allGroups().size(), std::size_t{31});
        std::set<std::string> ids;
        for (const GroupInfo& g : allGroups())
            QVERIFY2(ids.insert(g.id).second, g.id.c_str());
        QCOMPARE(findGroup("25"), nullptr);
        QCOMPARE(findGroup(""), nullptr);
        QCOMPARE(findGroup("toy-16"), nullptr);
        QCOMPARE(QString::fromStdString(findGroup("32")->unavailableReason).contains("Botan"), true);
        // Strength grows with size inside each family.
        QVERIFY(group("14").securityBits < group("15").securityBits);
        QVERIFY(group("toy-24").securityBits < group("toy-64").securityBits);
        QVERIFY(group("toy-64").securityBits < group("1").securityBits);
        QVERIFY(group("19").securityBits == 128 && group("31").securityBits == 128);
    }

    void kindNames() {
        QCOMPARE(kindName(GroupKind::Modp), std::string("MODP"));
        QCOMPARE(kindName(GroupKind::Ffdhe), std::string("FFDHE"));
        QCOMPARE(kindName(GroupKind::Ecp), std::string("ECP"));
        QCOMPARE(kindName(GroupKind::X25519), std::string("X25519"));
        QCOMPARE(kindName(GroupKind::X448), std::string("X448"));
        QCOMPARE(kindName(GroupKind::Toy), std::string("toy"));
    }

    void ellipticGroupsHaveNoFfcParameters() {
        for (const char* id : {"19", "21", "26", "28", "30", "31", "32"})
            QVERIFY2(!ffcParameters(group(id)), id);
    }

    // Each p (and g, q) equals the value published in RFC 2409 / 3526 / 7919 / 5114 (tests/vectors).
    void publishedParameters_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("p");
        QTest::addColumn<QString>("g");
        QTest::addColumn<QString>("q");
        for (const char* file : {"ffc_primes.txt", "rfc5114_groups.txt"})
            for (const VectorBlock& b : readVectorFile(QString::fromLatin1(file)))
                QTest::addRow("group %s", b.at("group").c_str())
                    << QString::fromStdString(b.at("group")) << QString::fromStdString(b.at("p"))
                    << QString::fromStdString(b.at("g"))
                    << (b.count("q") ? QString::fromStdString(b.at("q")) : QString());
    }

    void publishedParameters() {
        QFETCH(QString, id);
        QFETCH(QString, p);
        QFETCH(QString, g);
        QFETCH(QString, q);
        const auto params = ffcParameters(group(id.toLatin1().constData()));
        QVERIFY(params);
        const Botan::BigInt expectedP = toBig(hexOf(p.toStdString()));
        QCOMPARE(hexString(params->p), QString::fromStdString(toHex(hexOf(p.toStdString()))));
        QVERIFY(toBig(params->g) == toBig(hexOf(g.toStdString())));
        // Safe-prime groups use the subgroup of squares, q = (p-1)/2; RFC 5114 publishes q.
        const Botan::BigInt expectedQ = q.isEmpty() ? (expectedP - 1) >> 1 : toBig(hexOf(q.toStdString()));
        QVERIFY(toBig(params->q) == expectedQ);
        QCOMPARE(static_cast<int>(expectedP.bits()), group(id.toLatin1().constData()).fieldBits);
    }

    // g generates the order-q subgroup, and p, q are prime. The groups Botan does not ship are all checked;
    // of the ones it ships, the sizes up to 2048 bits (the RFC value check above covers the rest).
    void ffcOrderAndPrimality_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("checkPrimality");
        for (const GroupInfo& g : allGroups()) {
            if (!ffcParameters(g))
                continue;
            const bool prime = g.fieldBits <= 2048;
            QTest::newRow(g.id.c_str()) << QString::fromStdString(g.id) << prime;
        }
    }

    void ffcOrderAndPrimality() {
        QFETCH(QString, id);
        QFETCH(bool, checkPrimality);
        const auto params = ffcParameters(group(id.toLatin1().constData()));
        QVERIFY(params);
        const Botan::BigInt p = toBig(params->p), g = toBig(params->g), q = toBig(params->q);
        QVERIFY(g > 1 && g < p - 1);
        QVERIFY(Botan::power_mod(g, q, p) == 1);
        QVERIFY((p - 1) % q == 0);
        if (checkPrimality) {
            Botan::AutoSeeded_RNG rng;
            QVERIFY(Botan::is_prime(p, rng, 64));
            QVERIFY(Botan::is_prime(q, rng, 64));
        }
    }

    // Toy groups: p = 2q+1 with exactly N bits, the largest such safe prime below 2^N, g = 4.
    void toyGroups_data() {
        QTest::addColumn<int>("bits");
        for (int bits : {24, 32, 40, 48, 56, 64})
            QTest::addRow("toy-%d", bits) << bits;
    }

    void toyGroups() {
        QFETCH(int, bits);
        const GroupInfo& g = group(("toy-" + std::to_string(bits)).c_str());
        const auto params = ffcParameters(g);
        QVERIFY(params);
        const Botan::BigInt p = toBig(params->p), q = toBig(params->q), gen = toBig(params->g);
        QCOMPARE(static_cast<int>(p.bits()), bits);
        QVERIFY(p == 2 * q + 1);
        QVERIFY(gen == 4);
        Botan::AutoSeeded_RNG rng;
        QVERIFY(Botan::is_prime(p, rng, 128, true));
        QVERIFY(Botan::is_prime(q, rng, 128, true));
        QVERIFY(Botan::power_mod(gen, q, p) == 1);
        QVERIFY(gen != 1);
        // No safe prime lies between p and 2^N (the claim of the catalog's reference text).
        const Botan::BigInt limit = Botan::BigInt::power_of_2(static_cast<std::size_t>(bits));
        for (Botan::BigInt c = p + 2; c < limit; c += 2)
            QVERIFY(!(Botan::is_prime(c, rng, 32, true) && Botan::is_prime((c - 1) >> 1, rng, 32, true)));
        QCOMPARE(g.publicSize, static_cast<std::size_t>(bits / 8));
        QCOMPARE(g.securityBits, (bits - 1) / 2);
    }
};

QTEST_GUILESS_MAIN(TestGroups)
#include "TestGroups.moc"
