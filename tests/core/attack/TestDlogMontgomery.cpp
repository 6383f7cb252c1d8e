// SPDX-License-Identifier: LGPL-3.0-or-later
// Montgomery arithmetic checked against plain 128-bit products reduced with %, which shares no code with it.
#include "core/attack/Montgomery64.h"

#include <QTest>

#include <random>
#include <vector>

using namespace keyladder;

namespace {

__extension__ typedef unsigned __int128 Wide;

std::uint64_t naiveMulMod(std::uint64_t a, std::uint64_t b, std::uint64_t m) {
    return static_cast<std::uint64_t>(static_cast<Wide>(a) * b % m);
}

std::uint64_t naivePowMod(std::uint64_t base, std::uint64_t e, std::uint64_t m) {
    std::uint64_t result = 1 % m;
    base %= m;
    while (e != 0) {
        if (e & 1)
            result = naiveMulMod(result, base, m);
        base = naiveMulMod(base, base, m);
        e >>= 1;
    }
    return result;
}

// Operands: the edges of [0, p) first, then random values.
std::vector<std::uint64_t> operands(std::uint64_t p, std::mt19937_64& rng, int randomCount) {
    std::vector<std::uint64_t> values{0, 1, 2, p - 1, p - 2, p / 2, p / 2 + 1};
    for (auto& v : values)
        v %= p;
    for (int i = 0; i < randomCount; ++i)
        values.push_back(rng() % p);
    return values;
}

} // namespace

class TestDlogMontgomery : public QObject {
    Q_OBJECT
private slots:
    void arithmetic_data() {
        QTest::addColumn<quint64>("modulus");
        QTest::newRow("3") << quint64{3};
        QTest::newRow("65537") << quint64{65537};
        QTest::newRow("2^31-1") << quint64{2147483647};
        QTest::newRow("toy-24 sized 16777259") << quint64{16777259};
        QTest::newRow("2^61-1") << quint64{2305843009213693951ULL};
        QTest::newRow("2^63-25") << quint64{9223372036854775783ULL};
        QTest::newRow("2^63+29") << quint64{9223372036854775837ULL};
        QTest::newRow("2^64-59 (largest 64-bit prime)") << quint64{18446744073709551557ULL};
        QTest::newRow("2^64-1 (odd, composite)") << quint64{18446744073709551615ULL};
        QTest::newRow("odd 40-bit") << quint64{0xb5a3c71d2fULL};
        QTest::newRow("odd 56-bit") << quint64{0xd1e2f3a4b5c6d7ULL};
        QTest::newRow("odd 64-bit") << quint64{0xfedcba9876543211ULL};
    }

    void arithmetic() {
        QFETCH(quint64, modulus);
        const std::uint64_t p = modulus;
        const Montgomery64 mont(p);
        std::mt19937_64 rng(p);

        QCOMPARE(mont.modulus(), p);
        QCOMPARE(static_cast<std::uint64_t>(mont.modulusInverse() * p), std::uint64_t{1});
        const auto r = static_cast<std::uint64_t>((Wide{1} << 64) % p);
        QCOMPARE(mont.one(), r);
        QCOMPARE(mont.rSquared(), naiveMulMod(r, r, p));

        const auto values = operands(p, rng, 2000);
        for (std::uint64_t a : values) {
            const std::uint64_t aM = mont.toMontgomery(a);
            QCOMPARE(aM, static_cast<std::uint64_t>((static_cast<Wide>(a) << 64) % p));
            QCOMPARE(mont.fromMontgomery(aM), a);
            for (int i = 0; i < 8; ++i) {
                const std::uint64_t b = values[rng() % values.size()];
                // The raw product is a b / 2^64 mod p: multiplied back by 2^64 it must give a b mod p.
                const std::uint64_t raw = mont.mul(a, b);
                QVERIFY(raw < p);
                QCOMPARE(static_cast<std::uint64_t>((static_cast<Wide>(raw) << 64) % p), naiveMulMod(a, b, p));
                QCOMPARE(mont.fromMontgomery(mont.mul(aM, mont.toMontgomery(b))), naiveMulMod(a, b, p));
            }
        }
        // toMontgomery reduces inputs of any size.
        QCOMPARE(mont.fromMontgomery(mont.toMontgomery(~std::uint64_t{0})), ~std::uint64_t{0} % p);
    }

    void power_data() { arithmetic_data(); }

    void power() {
        QFETCH(quint64, modulus);
        const std::uint64_t p = modulus;
        const Montgomery64 mont(p);
        std::mt19937_64 rng(~p);
        const auto bases = operands(p, rng, 60);
        const std::vector<std::uint64_t> fixedExponents{0, 1, 2, 3, p - 1, p - 2, ~std::uint64_t{0}, std::uint64_t{1} << 63};
        for (std::uint64_t base : bases) {
            auto exponents = fixedExponents;
            for (int i = 0; i < 6; ++i)
                exponents.push_back(rng() >> (rng() % 64));
            for (std::uint64_t e : exponents) {
                QCOMPARE(mont.powPlain(base, e), naivePowMod(base, e, p));
                QCOMPARE(mont.fromMontgomery(mont.pow(mont.toMontgomery(base), e)), naivePowMod(base, e, p));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDlogMontgomery)
#include "TestDlogMontgomery.moc"
