// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/crypto/DiffieHellman.h"

#include "core/crypto/Rng.h"
#include "core/crypto/detail/BotanGroups.h"
#include "core/crypto/detail/BotanRng.h"

#include <botan/bigint.h>
#include <botan/curve25519.h>
#include <botan/dh.h>
#include <botan/ecdh.h>
#include <botan/exceptn.h>
#include <botan/numthry.h>
#include <botan/pubkey.h>

#include <algorithm>

namespace keyladder {

namespace {

bool isFiniteField(GroupKind kind) {
    return kind == GroupKind::Modp || kind == GroupKind::Ffdhe || kind == GroupKind::Toy;
}

void requireAvailable(const GroupInfo& group) {
    if (!group.available)
        throw Error("group " + group.id + " (" + group.name + ") is unavailable: " + group.unavailableReason);
}

std::string octets(std::size_t n) {
    return std::to_string(n) + (n == 1 ? " octet" : " octets");
}

SecureBytes fixedLength(const Botan::BigInt& n, std::size_t length) {
    return Botan::BigInt::encode_1363(n, length);
}

Bytes fixedLengthPublic(const Botan::BigInt& n, std::size_t length) {
    const SecureBytes s = Botan::BigInt::encode_1363(n, length);
    return Bytes(s.begin(), s.end());
}

// SP 800-56A rev3 5.6.2.3.1, full public-key validation of an FFC public key.
void validateFfc(const GroupInfo& group, ByteView y) {
    if (y.size() != group.publicSize)
        throw ValidationError(ValidationRule::Length, "public value has " + octets(y.size()) +
                                                          ", the group's wire form is " + octets(group.publicSize) +
                                                          " (the size of p; SP 800-56A 5.6.2.3.1)");
    const Botan::DL_Group& dl = detail::dlGroup(group);
    const Botan::BigInt value = Botan::BigInt::decode(y.data(), y.size());
    const Botan::BigInt& p = dl.get_p();
    if (value < 2 || value > p - 2)
        throw ValidationError(ValidationRule::Range, "y is not in [2, p-2] (SP 800-56A 5.6.2.3.1 step 1)");
    // Botan 2.19 checks only the range when agreeing; the subgroup test is ours (PROTOCOL.md §5). For a safe prime
    // p = 2q + 1 the order-q subgroup is the set of quadratic residues, so y^q mod p = 1 exactly when the Jacobi
    // symbol (y/p) is 1 (Euler's criterion): the same test for the cost of a gcd instead of a full-length
    // exponentiation, which was the largest single cost of a MODP/FFDHE negotiation (bench_engine).
    const Botan::BigInt& q = dl.get_q();
    const bool safePrime = (q << 1) + 1 == p;
    const bool inSubgroup = safePrime ? Botan::jacobi(value, p) == 1 : Botan::power_mod(value, q, p) == 1;
    if (!inSubgroup)
        throw ValidationError(ValidationRule::Subgroup,
                              "y^q mod p != 1, y lies outside the prime-order subgroup (SP 800-56A 5.6.2.3.1 step 2)");
}

// SP 800-56A rev3 5.6.2.3.3, full public-key validation of an ECC public key (uncompressed SEC 1 form).
void validateEcc(const GroupInfo& group, ByteView point) {
    // Botan 2.19 decodes an input of at most one octet as the point at infinity: refuse it before anything else.
    if (point.size() <= 1)
        throw ValidationError(ValidationRule::Infinity,
                              "the encoding denotes the point at infinity (SP 800-56A 5.6.2.3.3 step 1)");
    if (point.size() != group.publicSize)
        throw ValidationError(ValidationRule::Length, "public value has " + octets(point.size()) +
                                                          ", an uncompressed point of this curve has " +
                                                          octets(group.publicSize) + " (SEC 1 2.3.3)");
    if (point[0] != 0x04)
        throw ValidationError(ValidationRule::Encoding, "leading octet is not 04 (uncompressed point, SEC 1 2.3.3); "
                                                        "the wire form of PROTOCOL.md §4 is 04 || x || y");
    const Botan::EC_Group& ec = detail::ecGroup(group);
    const std::size_t half = (point.size() - 1) / 2;
    const Botan::BigInt x = Botan::BigInt::decode(point.data() + 1, half);
    const Botan::BigInt y = Botan::BigInt::decode(point.data() + 1 + half, half);
    const Botan::BigInt& p = ec.get_p();
    if (x >= p || y >= p)
        throw ValidationError(ValidationRule::Range, "a coordinate is not in [0, p-1] (SP 800-56A 5.6.2.3.3 step 2)");
    const Botan::BigInt lhs = (y * y) % p;
    const Botan::BigInt rhs = (((x * x) % p) * x + ec.get_a() * x + ec.get_b()) % p;
    if (lhs != rhs)
        throw ValidationError(ValidationRule::OnCurve,
                              "y^2 != x^3 + ax + b mod p, the point is not on the curve (SP 800-56A 5.6.2.3.3 step 3)");
    // Step 4 (nQ = O) holds for every point on a curve of cofactor 1, which all catalogued ECP groups have.
}

void validateX25519(const GroupInfo& group, ByteView u) {
    if (u.size() != group.publicSize)
        throw ValidationError(ValidationRule::Length, "public value has " + octets(u.size()) +
                                                          ", an X25519 public value has exactly 32 (RFC 7748 §5)");
    // Every clamped scalar is 8*m with m below the prime order, so k*u is zero exactly for the points of
    // order dividing 8. One ladder with k = 2^254 detects them before any private key is involved.
    std::uint8_t scalar[32] = {};
    scalar[31] = 0x40;
    std::uint8_t result[32];
    Botan::curve25519_donna(result, scalar, u.data());
    if (std::all_of(std::begin(result), std::end(result), [](std::uint8_t b) { return b == 0; }))
        throw ValidationError(ValidationRule::AllZeroResult,
                              "u has small order, so the shared secret would be all zero (RFC 7748 §6.1)");
}

[[noreturn]] void translate(const Botan::Exception& e, const std::string& what) {
    throw Error(what + ": " + e.what());
}

} // namespace

std::string ruleName(ValidationRule rule) {
    switch (rule) {
    case ValidationRule::Length:
        return "length";
    case ValidationRule::Encoding:
        return "encoding";
    case ValidationRule::Range:
        return "range";
    case ValidationRule::Subgroup:
        return "subgroup";
    case ValidationRule::Infinity:
        return "infinity";
    case ValidationRule::OnCurve:
        return "on-curve";
    case ValidationRule::AllZeroResult:
        return "all-zero-result";
    }
    return "unknown";
}

ValidationError::ValidationError(ValidationRule rule, const std::string& message)
    : Error(ruleName(rule) + ": " + message), m_rule(rule) {}

ValidationRule ValidationError::rule() const {
    return m_rule;
}

void validatePublicValue(const GroupInfo& group, ByteView publicValue) {
    requireAvailable(group);
    try {
        switch (group.kind) {
        case GroupKind::Modp:
        case GroupKind::Ffdhe:
        case GroupKind::Toy:
            validateFfc(group, publicValue);
            return;
        case GroupKind::Ecp:
            validateEcc(group, publicValue);
            return;
        case GroupKind::X25519:
            validateX25519(group, publicValue);
            return;
        case GroupKind::X448:
            break;
        }
    } catch (const Botan::Exception& e) {
        translate(e, "validating a public value of group " + group.id);
    }
    throw Error("group " + group.id + ": no validation for kind " + kindName(group.kind));
}

struct KeyPair::Impl {
    const GroupInfo* group = nullptr;
    Bytes publicValue;
    SecureBytes privateValue;
    std::unique_ptr<Botan::Private_Key> key; // nullptr for toy groups, which use plain modular arithmetic
};

KeyPair::KeyPair(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
KeyPair::KeyPair(KeyPair&&) noexcept = default;
KeyPair& KeyPair::operator=(KeyPair&&) noexcept = default;
KeyPair::~KeyPair() = default;

KeyPair KeyPair::generate(const GroupInfo& group, Rng& rng) {
    requireAvailable(group);
    try {
        detail::BotanRngAdapter botanRng(rng);
        if (group.kind == GroupKind::X25519) {
            SecureBytes scalar(32);
            rng.fill(scalar);
            return fromPrivate(group, scalar);
        }
        Botan::BigInt upper;
        if (group.kind == GroupKind::Ecp) {
            upper = detail::ecGroup(group).get_order();
        } else if (isFiniteField(group.kind)) {
            // SP 800-56A 5.6.1.1.1 allows a private exponent of 2s bits when q is far longer (safe-prime
            // groups, RFC 7919 §5.2); small subgroups and toy groups draw from all of [1, q-1].
            const Botan::BigInt& q = detail::dlGroup(group).get_q();
            const std::size_t shortBits = 2 * static_cast<std::size_t>(group.securityBits);
            upper = q.bits() > shortBits + 64 ? Botan::BigInt::power_of_2(shortBits) : q;
        } else {
            throw Error("group " + group.id + ": key generation not supported for kind " + kindName(group.kind));
        }
        const Botan::BigInt x = Botan::BigInt::random_integer(botanRng, 1, upper);
        SecureBytes encoded = Botan::BigInt::encode_locked(x);
        return fromPrivate(group, encoded);
    } catch (const Botan::Exception& e) {
        translate(e, "generating a key pair in group " + group.id);
    }
}

KeyPair KeyPair::fromPrivate(const GroupInfo& requested, ByteView privateValue) {
    // Keep a pointer into the catalog, which lives as long as the process, never into the caller's copy.
    const GroupInfo* catalogued = findGroup(requested.id);
    if (!catalogued)
        throw Error("unknown group '" + requested.id + "'");
    const GroupInfo& group = *catalogued;
    requireAvailable(group);
    auto impl = std::make_unique<Impl>();
    impl->group = &group;
    try {
        switch (group.kind) {
        case GroupKind::Modp:
        case GroupKind::Ffdhe:
        case GroupKind::Toy: {
            const Botan::DL_Group& dl = detail::dlGroup(group);
            const Botan::BigInt x = Botan::BigInt::decode(privateValue.data(), privateValue.size());
            if (x < 1 || x >= dl.get_q())
                throw Error("private value of group " + group.id + " must be in [1, q-1]");
            impl->privateValue = fixedLength(x, dl.get_q().bytes());
            if (group.kind == GroupKind::Toy) {
                impl->publicValue = fixedLengthPublic(Botan::power_mod(dl.get_g(), x, dl.get_p()), group.publicSize);
            } else {
                auto key = std::make_unique<Botan::DH_PrivateKey>(detail::blindingRng(), dl, x);
                impl->publicValue = fixedLengthPublic(key->get_y(), group.publicSize);
                impl->key = std::move(key);
            }
            break;
        }
        case GroupKind::Ecp: {
            const Botan::EC_Group& ec = detail::ecGroup(group);
            const Botan::BigInt d = Botan::BigInt::decode(privateValue.data(), privateValue.size());
            if (d < 1 || d >= ec.get_order())
                throw Error("private value of group " + group.id + " must be in [1, n-1]");
            impl->privateValue = fixedLength(d, ec.get_order().bytes());
            auto key = std::make_unique<Botan::ECDH_PrivateKey>(detail::blindingRng(), ec, d);
            impl->publicValue = key->public_value(Botan::PointGFp::UNCOMPRESSED);
            impl->key = std::move(key);
            break;
        }
        case GroupKind::X25519: {
            if (privateValue.size() != 32)
                throw Error("an X25519 private value is a 32-octet scalar (RFC 7748 §5), got " +
                            octets(privateValue.size()));
            impl->privateValue.assign(privateValue.begin(), privateValue.end());
            auto key = std::make_unique<Botan::Curve25519_PrivateKey>(impl->privateValue);
            impl->publicValue = key->public_value();
            impl->key = std::move(key);
            break;
        }
        case GroupKind::X448:
            throw Error("group " + group.id + ": X448 keys are not supported");
        }
    } catch (const Botan::Exception& e) {
        translate(e, "loading a private value of group " + group.id);
    }
    return KeyPair(std::move(impl));
}

const GroupInfo& KeyPair::group() const {
    return *m_impl->group;
}

const Bytes& KeyPair::publicValue() const {
    return m_impl->publicValue;
}

SecureBytes KeyPair::privateValue() const {
    return m_impl->privateValue;
}

SecureBytes KeyPair::agree(ByteView peerPublic) const {
    const GroupInfo& group = *m_impl->group;
    validatePublicValue(group, peerPublic);
    try {
        if (group.kind == GroupKind::Toy) {
            const Botan::DL_Group& dl = detail::dlGroup(group);
            const Botan::BigInt y = Botan::BigInt::decode(peerPublic.data(), peerPublic.size());
            const Botan::BigInt x = Botan::BigInt::decode(m_impl->privateValue);
            return fixedLength(Botan::power_mod(y, x, dl.get_p()), group.publicSize);
        }
        Botan::PK_Key_Agreement agreement(*m_impl->key, detail::blindingRng(), "Raw");
        SecureBytes z = agreement.derive_key(0, peerPublic.data(), peerPublic.size()).bits_of();
        if (isFiniteField(group.kind) && z.size() < group.publicSize)
            z.insert(z.begin(), group.publicSize - z.size(), 0); // PROTOCOL.md §1: Z padded to the length of p
        if (group.kind == GroupKind::X25519 && std::all_of(z.begin(), z.end(), [](std::uint8_t b) { return b == 0; }))
            throw ValidationError(ValidationRule::AllZeroResult,
                                  "the X25519 shared secret is all zero (RFC 7748 §6.1)");
        return z;
    } catch (const Botan::Exception& e) {
        translate(e, "key agreement in group " + group.id);
    }
}

} // namespace keyladder
