// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/crypto/DiffieHellman.h"

#include "core/crypto/Groups.h"
#include "core/crypto/Rng.h"

#include "VectorFile.h"

#include <botan/bigint.h>
#include <botan/ec_group.h>
#include <botan/numthry.h>

#include <QTest>

#include <atomic>
#include <random>
#include <thread>

using namespace keyladder;
using namespace keyladder::test;

Q_DECLARE_METATYPE(keyladder::ValidationRule)

namespace {

const GroupInfo& group(const std::string& id) {
    const GroupInfo* g = findGroup(id);
    if (!g)
        qFatal("group %s missing from the catalog", id.c_str());
    return *g;
}

Botan::BigInt toBig(const Bytes& b) {
    return Botan::BigInt::decode(b.data(), b.size());
}

Bytes encode(const Botan::BigInt& n, std::size_t length) {
    const SecureBytes s = Botan::BigInt::encode_1363(n, length);
    return Bytes(s.begin(), s.end());
}

// Runs validatePublicValue and returns the rule it refused with, or nullopt if it accepted.
std::optional<ValidationRule> refusal(const GroupInfo& g, const Bytes& value) {
    try {
        validatePublicValue(g, value);
        return std::nullopt;
    } catch (const ValidationError& e) {
        return e.rule();
    }
}

struct FfcCase {
    std::string name;
    Bytes value;
    std::optional<ValidationRule> rule;
};

// The invalid (and a few valid) public values of PROTOCOL.md §5 for a finite-field group, computed
// here from p, g, q with Botan's modular arithmetic rather than by the code under test.
std::vector<FfcCase> ffcCases(const GroupInfo& g) {
    const auto params = ffcParameters(g);
    const Botan::BigInt p = toBig(params->p), q = toBig(params->q), gen = toBig(params->g);
    const std::size_t n = g.publicSize;
    const Bytes encodedG = encode(gen, n);
    std::vector<FfcCase> cases = {
        {"0", encode(0, n), ValidationRule::Range},
        {"1", encode(1, n), ValidationRule::Range},
        {"p-1", encode(p - 1, n), ValidationRule::Range},
        {"p", encode(p, n), ValidationRule::Range},
        {"p+1", encode(p + 1, n), ValidationRule::Range},
        {"all ones", Bytes(n, 0xff), ValidationRule::Range},
        {"one octet short", Bytes(encodedG.begin() + 1, encodedG.end()), ValidationRule::Length},
        {"one octet long (leading 00)", encode(gen, n + 1), ValidationRule::Length},
        {"empty", Bytes{}, ValidationRule::Length},
        {"g", encode(gen, n), std::nullopt},
        {"g^12345", encode(Botan::power_mod(gen, 12345, p), n), std::nullopt},
        {"g^(q-1)", encode(Botan::power_mod(gen, q - 1, p), n), std::nullopt},
        {"2 (lowest in range)", encode(2, n),
         Botan::power_mod(2, q, p) == 1 ? std::nullopt : std::optional<ValidationRule>(ValidationRule::Subgroup)},
        {"p-2 (highest in range)", encode(p - 2, n),
         Botan::power_mod(p - 2, q, p) == 1 ? std::nullopt : std::optional<ValidationRule>(ValidationRule::Subgroup)},
    };
    // An element of [2, p-2] outside the order-q subgroup: the smallest h with h^q != 1.
    for (Botan::BigInt h = 3;; h += 1)
        if (Botan::power_mod(h, q, p) != 1) {
            cases.push_back(
                {"outside the subgroup (" + h.to_dec_string() + ")", encode(h, n), ValidationRule::Subgroup});
            break;
        }
    // Pseudo-random elements of [2, p-2], about half of them outside the subgroup of a safe-prime group: the
    // subgroup rule must agree with y^q mod p computed the long way, whatever shortcut the validation takes.
    std::mt19937_64 random(0x6b65796c61646465);
    for (int i = 0; i < 6; ++i) {
        Bytes raw(n);
        for (auto& b : raw)
            b = static_cast<std::uint8_t>(random());
        const Botan::BigInt y = toBig(raw) % (p - 3) + 2;
        cases.push_back({"random element " + std::to_string(i), encode(y, n),
                         Botan::power_mod(y, q, p) == 1 ? std::nullopt
                                                        : std::optional<ValidationRule>(ValidationRule::Subgroup)});
    }
    return cases;
}

} // namespace

class TestDiffieHellman : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<ValidationRule>(); }

    void ruleNames() {
        QCOMPARE(ruleName(ValidationRule::Length), std::string("length"));
        QCOMPARE(ruleName(ValidationRule::Encoding), std::string("encoding"));
        QCOMPARE(ruleName(ValidationRule::Range), std::string("range"));
        QCOMPARE(ruleName(ValidationRule::Subgroup), std::string("subgroup"));
        QCOMPARE(ruleName(ValidationRule::Infinity), std::string("infinity"));
        QCOMPARE(ruleName(ValidationRule::OnCurve), std::string("on-curve"));
        QCOMPARE(ruleName(ValidationRule::AllZeroResult), std::string("all-zero-result"));
        const ValidationError e(ValidationRule::Subgroup, "y^q mod p != 1 (SP 800-56A 5.6.2.3.1)");
        QCOMPARE(std::string(e.what()), std::string("subgroup: y^q mod p != 1 (SP 800-56A 5.6.2.3.1)"));
        QCOMPARE(e.rule(), ValidationRule::Subgroup);
    }

    // RFC 7748 §5.2: X25519(scalar, u).
    void x25519ScalarMult_data() {
        QTest::addColumn<QString>("scalar");
        QTest::addColumn<QString>("u");
        QTest::addColumn<QString>("output");
        int n = 0;
        for (const VectorBlock& b : readVectorFile(QStringLiteral("x25519_rfc7748.txt")))
            if (b.at("kind") == "scalarmult")
                QTest::addRow("RFC 7748 5.2 vector %d", ++n)
                    << QString::fromStdString(b.at("scalar")) << QString::fromStdString(b.at("u"))
                    << QString::fromStdString(b.at("output"));
        QCOMPARE(n, 2);
    }

    void x25519ScalarMult() {
        QFETCH(QString, scalar);
        QFETCH(QString, u);
        QFETCH(QString, output);
        const KeyPair key = KeyPair::fromPrivate(group("31"), hexOf(scalar.toStdString()));
        QCOMPARE(hexString(key.agree(hexOf(u.toStdString()))), output);
        QCOMPARE(hexString(key.privateValue()), scalar);
    }

    // RFC 7748 §5.2: k = u = 9, then (k, u) <- (X25519(k, u), k).
    void x25519Iterated_data() {
        QTest::addColumn<int>("iterations");
        QTest::addColumn<QString>("result");
        for (const VectorBlock& b : readVectorFile(QStringLiteral("x25519_rfc7748.txt")))
            if (b.at("kind") == "iterated")
                QTest::addRow("%s iteration(s)", b.at("iterations").c_str())
                    << std::stoi(b.at("iterations")) << QString::fromStdString(b.at("result"));
    }

    void x25519Iterated() {
        QFETCH(int, iterations);
        QFETCH(QString, result);
        Bytes k(32, 0), u(32, 0);
        k[0] = u[0] = 9;
        for (int i = 0; i < iterations; ++i) {
            const SecureBytes next = KeyPair::fromPrivate(group("31"), k).agree(u);
            u = k;
            k.assign(next.begin(), next.end());
        }
        QCOMPARE(hexString(k), result);
    }

    // RFC 7748 §6.1: both public values from the private ones, and the same shared secret both ways.
    void x25519Rfc7748Dh() {
        const auto blocks = readVectorFile(QStringLiteral("x25519_rfc7748.txt"));
        const auto it =
            std::find_if(blocks.begin(), blocks.end(), [](const VectorBlock& b) { return b.at("kind") == "dh"; });
        QVERIFY(it != blocks.end());
        const VectorBlock& b = *it;
        const KeyPair alice = KeyPair::fromPrivate(group("31"), hexOf(b.at("alice_private")));
        const KeyPair bob = KeyPair::fromPrivate(group("31"), hexOf(b.at("bob_private")));
        QCOMPARE(toHex(alice.publicValue()), b.at("alice_public"));
        QCOMPARE(toHex(bob.publicValue()), b.at("bob_public"));
        QCOMPARE(toHex(alice.agree(bob.publicValue())), b.at("shared"));
        QCOMPARE(toHex(bob.agree(alice.publicValue())), b.at("shared"));
    }

    // Small-order points give an all-zero secret with every key; RFC 7748 §6.1 says refuse it.
    void x25519LowOrder_data() {
        QTest::addColumn<QString>("u");
        for (const VectorBlock& b : readVectorFile(QStringLiteral("x25519_low_order.txt")))
            QTest::newRow(b.at("name").c_str()) << QString::fromStdString(b.at("u"));
    }

    void x25519LowOrder() {
        QFETCH(QString, u);
        const Bytes point = hexOf(u.toStdString());
        QCOMPARE(refusal(group("31"), point), std::optional<ValidationRule>(ValidationRule::AllZeroResult));
        const KeyPair key = KeyPair::fromPrivate(
            group("31"), hexOf("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"));
        try {
            (void)key.agree(point);
            QFAIL("agreement with a small-order point was accepted");
        } catch (const ValidationError& e) {
            QCOMPARE(e.rule(), ValidationRule::AllZeroResult);
            QVERIFY(QString::fromLatin1(e.what()).contains(QLatin1String("RFC 7748")));
        }
    }

    void x25519Length_data() {
        QTest::addColumn<int>("length");
        QTest::newRow("empty") << 0;
        QTest::newRow("1 octet") << 1;
        QTest::newRow("31 octets") << 31;
        QTest::newRow("33 octets") << 33;
        QTest::newRow("65 octets (a P-256 point)") << 65;
    }

    void x25519Length() {
        QFETCH(int, length);
        Bytes value(static_cast<std::size_t>(length), 0x42);
        QCOMPARE(refusal(group("31"), value), std::optional<ValidationRule>(ValidationRule::Length));
    }

    // RFC 5903 §8.1 (P-256) and §8.2 (P-384).
    void ecdhRfc5903_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("i");
        QTest::addColumn<QString>("gi");
        QTest::addColumn<QString>("r");
        QTest::addColumn<QString>("gr");
        QTest::addColumn<QString>("girx");
        for (const VectorBlock& b : readVectorFile(QStringLiteral("ecdh_rfc5903.txt"))) {
            const auto s = [&](const char* key) { return QString::fromStdString(toHex(hexOf(b.at(key)))); };
            QTest::addRow("group %s", b.at("group").c_str())
                << QString::fromStdString(b.at("group")) << s("i") << s("gi") << s("r") << s("gr") << s("girx");
        }
    }

    void ecdhRfc5903() {
        QFETCH(QString, id);
        QFETCH(QString, i);
        QFETCH(QString, gi);
        QFETCH(QString, r);
        QFETCH(QString, gr);
        QFETCH(QString, girx);
        const GroupInfo& g = group(id.toStdString());
        const KeyPair initiator = KeyPair::fromPrivate(g, hexOf(i.toStdString()));
        const KeyPair responder = KeyPair::fromPrivate(g, hexOf(r.toStdString()));
        QCOMPARE(hexString(initiator.publicValue()), gi);
        QCOMPARE(hexString(responder.publicValue()), gr);
        QCOMPARE(hexString(initiator.agree(responder.publicValue())), girx);
        QCOMPARE(hexString(responder.agree(initiator.publicValue())), girx);
        QCOMPARE(hexString(initiator.privateValue()), i);
    }

    // PROTOCOL.md §5 for every finite-field family: MODP (RFC 2409/3526), RFC 5114, FFDHE, toy.
    void ffcValidationMatrix_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<ValidationRule>("rule");
        for (const char* id : {"1", "2", "14", "22", "23", "24", "ffdhe2048", "toy-24", "toy-40", "toy-64"})
            for (const FfcCase& c : ffcCases(group(id)))
                QTest::addRow("%s: %s", id, c.name.c_str())
                    << QString::fromLatin1(id) << hexString(c.value) << !c.rule.has_value()
                    << c.rule.value_or(ValidationRule::Length);
    }

    void ffcValidationMatrix() {
        QFETCH(QString, id);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QFETCH(ValidationRule, rule);
        const GroupInfo& g = group(id.toStdString());
        const Bytes y = hexOf(value.toStdString());
        const auto result = refusal(g, y);
        if (valid) {
            QVERIFY2(!result, result ? ruleName(*result).c_str() : "");
            return;
        }
        QVERIFY(result);
        QCOMPARE(ruleName(*result), ruleName(rule));
        // The key pair refuses the same value with the same rule before agreeing.
        auto rng = makeDeterministicRng("ffc-matrix");
        const KeyPair key = KeyPair::generate(g, *rng);
        try {
            (void)key.agree(y);
            QFAIL("agreement accepted an invalid public value");
        } catch (const ValidationError& e) {
            QCOMPARE(e.rule(), rule);
            QVERIFY(QString::fromLatin1(e.what()).startsWith(QString::fromStdString(ruleName(rule) + ": ")));
            QVERIFY(QString::fromLatin1(e.what()).contains(QLatin1String("SP 800-56A")) ||
                    rule == ValidationRule::Length);
        }
    }

    // PROTOCOL.md §5 for every curve: infinity, length, encoding, coordinate range, on-curve.
    void eccValidationMatrix_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<ValidationRule>("rule");
        for (const char* id : {"19", "20", "21", "26", "28", "29", "30"}) {
            static const std::map<std::string, std::string> botanName = {
                {"19", "secp256r1"},      {"20", "secp384r1"},      {"21", "secp521r1"},     {"26", "secp224r1"},
                {"28", "brainpool256r1"}, {"29", "brainpool384r1"}, {"30", "brainpool512r1"}};
            const Botan::EC_Group curve(botanName.at(id));
            const GroupInfo& g = group(id);
            const std::size_t n = (g.publicSize - 1) / 2;
            const auto point = [&](std::uint8_t lead, const Botan::BigInt& x, const Botan::BigInt& y) {
                Bytes out{lead};
                const Bytes xb = encode(x, n), yb = encode(y, n);
                out.insert(out.end(), xb.begin(), xb.end());
                out.insert(out.end(), yb.begin(), yb.end());
                return out;
            };
            const Botan::BigInt& p = curve.get_p();
            const Botan::BigInt gx = curve.get_g_x(), gy = curve.get_g_y();
            const Bytes generator = point(0x04, gx, gy);
            Bytes compressed{static_cast<std::uint8_t>(gy.is_odd() ? 0x03 : 0x02)};
            const Bytes gxb = encode(gx, n);
            compressed.insert(compressed.end(), gxb.begin(), gxb.end());
            const auto add = [&](const char* name, const Bytes& value, std::optional<ValidationRule> rule) {
                QTest::addRow("%s: %s", id, name) << QString::fromLatin1(id) << hexString(value) << !rule.has_value()
                                                  << rule.value_or(ValidationRule::Length);
            };
            add("generator", generator, std::nullopt);
            add("-generator", point(0x04, gx, p - gy), std::nullopt);
            add("empty (infinity)", Bytes{}, ValidationRule::Infinity);
            add("00 (infinity)", Bytes{0x00}, ValidationRule::Infinity);
            add("04 alone", Bytes{0x04}, ValidationRule::Infinity);
            add("compressed generator", compressed, ValidationRule::Length);
            add("one octet short", Bytes(generator.begin(), generator.end() - 1), ValidationRule::Length);
            add(
                "one octet long",
                [&] {
                    Bytes b = generator;
                    b.push_back(0);
                    return b;
                }(),
                ValidationRule::Length);
            add("leading 02, full length", point(0x02, gx, gy), ValidationRule::Encoding);
            add("leading 06 (hybrid), full length", point(0x06, gx, gy), ValidationRule::Encoding);
            add("all zero, full length", Bytes(g.publicSize, 0), ValidationRule::Encoding);
            add("x = p", point(0x04, p, gy), ValidationRule::Range);
            add(
                "y = p + gy",
                [&] {
                    // Only representable when p + gy still fits the field's octets.
                    return (p + gy).bytes() <= n ? point(0x04, gx, p + gy) : point(0x04, gx, p);
                }(),
                ValidationRule::Range);
            add("off the curve (y + 1)", point(0x04, gx, (gy + 1) % p), ValidationRule::OnCurve);
            add("off the curve (0, 0)", point(0x04, 0, 0), ValidationRule::OnCurve);
        }
    }

    void eccValidationMatrix() {
        QFETCH(QString, id);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QFETCH(ValidationRule, rule);
        const GroupInfo& g = group(id.toStdString());
        const Bytes point = hexOf(value.toStdString());
        const auto result = refusal(g, point);
        if (valid) {
            QVERIFY2(!result, result ? ruleName(*result).c_str() : "");
            return;
        }
        QVERIFY(result);
        QCOMPARE(ruleName(*result), ruleName(rule));
        auto rng = makeDeterministicRng("ecc-matrix");
        const KeyPair key = KeyPair::generate(g, *rng);
        QVERIFY_THROWS_EXCEPTION(ValidationError, (void)key.agree(point));
    }

    // Every available group: two parties agree on the same Z, of the size PROTOCOL.md §1 gives.
    void agreementIsSymmetric_data() {
        QTest::addColumn<QString>("id");
        for (const GroupInfo& g : allGroups())
            if (g.available)
                QTest::newRow(g.id.c_str()) << QString::fromStdString(g.id);
    }

    void agreementIsSymmetric() {
        QFETCH(QString, id);
        const GroupInfo& g = group(id.toStdString());
        auto aliceRng = makeDeterministicRng("alice/" + g.id);
        auto bobRng = makeDeterministicRng("bob/" + g.id);
        const KeyPair alice = KeyPair::generate(g, *aliceRng);
        const KeyPair bob = KeyPair::generate(g, *bobRng);
        QCOMPARE(alice.publicValue().size(), g.publicSize);
        QCOMPARE(&alice.group(), &g);
        QVERIFY(alice.publicValue() != bob.publicValue());
        const SecureBytes z1 = alice.agree(bob.publicValue());
        const SecureBytes z2 = bob.agree(alice.publicValue());
        QCOMPARE(hexString(z1), hexString(z2));
        const std::size_t expectedZ = g.kind == GroupKind::Ecp ? (g.publicSize - 1) / 2 : g.publicSize;
        QCOMPARE(z1.size(), expectedZ);

        // The same seed gives the same key pair; the private value reloads to the same public value.
        auto again = makeDeterministicRng("alice/" + g.id);
        QCOMPARE(hexString(KeyPair::generate(g, *again).publicValue()), hexString(alice.publicValue()));
        QCOMPARE(hexString(KeyPair::fromPrivate(g, alice.privateValue()).publicValue()),
                 hexString(alice.publicValue()));

        // Finite-field public values are g^x mod p, checked here with independent arithmetic.
        if (const auto params = ffcParameters(g)) {
            const Botan::BigInt x = Botan::BigInt::decode(alice.privateValue());
            QVERIFY(x >= 1 && x < toBig(params->q));
            QVERIFY(toBig(alice.publicValue()) == Botan::power_mod(toBig(params->g), x, toBig(params->p)));
            const Botan::BigInt y = Botan::BigInt::decode(bob.privateValue());
            QVERIFY(toBig(Bytes(z1.begin(), z1.end())) ==
                    Botan::power_mod(toBig(bob.publicValue()) /* g^y */, x, toBig(params->p)));
            Q_UNUSED(y);
        }
    }

    void systemRngKeysDiffer() {
        auto rng = makeSystemRng();
        const KeyPair a = KeyPair::generate(group("19"), *rng);
        const KeyPair b = KeyPair::generate(group("19"), *rng);
        QVERIFY(a.publicValue() != b.publicValue());
        KeyPair moved = KeyPair::generate(group("31"), *rng);
        const Bytes pub = moved.publicValue();
        KeyPair target = std::move(moved);
        QCOMPARE(target.publicValue(), pub);
    }

    // The cached Botan groups are shared between threads (the attack runs on workers while the engine agrees).
    void concurrentAgreement() {
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (const char* id : {"16", "ffdhe3072", "29", "toy-56"})
            threads.emplace_back([id, &failures] {
                try {
                    const GroupInfo& g = group(id);
                    auto rngA = makeDeterministicRng(std::string("thread-a/") + id);
                    auto rngB = makeDeterministicRng(std::string("thread-b/") + id);
                    const KeyPair a = KeyPair::generate(g, *rngA);
                    const KeyPair b = KeyPair::generate(g, *rngB);
                    if (a.agree(b.publicValue()) != b.agree(a.publicValue()))
                        ++failures;
                } catch (const std::exception&) {
                    ++failures;
                }
            });
        for (std::thread& t : threads)
            t.join();
        QCOMPARE(failures.load(), 0);
    }

    void unavailableGroupIsRefused() {
        const GroupInfo& x448 = group("32");
        auto rng = makeDeterministicRng("x448");
        QVERIFY_THROWS_EXCEPTION(Error, KeyPair::generate(x448, *rng));
        QVERIFY_THROWS_EXCEPTION(Error, KeyPair::fromPrivate(x448, Bytes(56, 1)));
        try {
            validatePublicValue(x448, Bytes(56, 1));
            QFAIL("an unavailable group validated a value");
        } catch (const ValidationError&) {
            QFAIL("an unavailable group must not report a validation rule");
        } catch (const Error& e) {
            QVERIFY(QString::fromLatin1(e.what()).contains(QLatin1String("unavailable")));
        }
    }

    void badPrivateValues_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("value");
        const auto q = [](const char* id) { return hexString(ffcParameters(group(id))->q); };
        QTest::newRow("toy-24: 0") << "toy-24"
                                   << "000000";
        QTest::newRow("toy-24: q") << "toy-24" << q("toy-24");
        QTest::newRow("14: 0") << "14"
                               << "00";
        QTest::newRow("22: q") << "22" << q("22");
        QTest::newRow("empty") << "toy-64"
                               << "";
        QTest::newRow("P-256: 0") << "19"
                                  << "00";
        QTest::newRow("P-256: n") << "19"
                                  << "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551";
        QTest::newRow("X25519: 31 octets") << "31" << QString(62, QLatin1Char('1'));
        QTest::newRow("X25519: 33 octets") << "31" << QString(66, QLatin1Char('1'));
    }

    void badPrivateValues() {
        QFETCH(QString, id);
        QFETCH(QString, value);
        QVERIFY_THROWS_EXCEPTION(Error, KeyPair::fromPrivate(group(id.toStdString()), hexOf(value.toStdString())));
    }
};

QTEST_GUILESS_MAIN(TestDiffieHellman)
#include "TestDiffieHellman.moc"
