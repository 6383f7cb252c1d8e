// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "core/crypto/Bytes.h"
#include "core/crypto/Groups.h"

#include <memory>
#include <string>

namespace keyladder {

class Rng;

/** @brief The check of PROTOCOL.md §5 that a received public value failed. */
enum class ValidationRule { Length, Encoding, Range, Subgroup, Infinity, OnCurve, AllZeroResult };

/** @brief "length", "encoding", "range", "subgroup", "infinity", "on-curve", "all-zero-result". */
std::string ruleName(ValidationRule rule);

/**
 * @brief A received public value was refused.
 *
 * what() names the rule and the check, e.g. "subgroup: y^q mod p != 1 (SP 800-56A 5.6.2.3.1)".
 */
class ValidationError : public Error {
public:
    ValidationError(ValidationRule rule, const std::string& message);
    ValidationRule rule() const;

private:
    ValidationRule m_rule;
};

/** @brief Validates a peer's public value as PROTOCOL.md §5 says; throws ValidationError. */
void validatePublicValue(const GroupInfo& group, ByteView publicValue);

/** @brief A private value and its public value in one group. Movable, not copyable. */
class KeyPair {
public:
    /** @brief A fresh key pair whose private value comes from @p rng. */
    static KeyPair generate(const GroupInfo& group, Rng& rng);
    /**
     * @brief The key pair of a given private value (big-endian integer; for X25519 the 32-octet scalar).
     * @throws Error if the group is unavailable or the value is out of range.
     */
    static KeyPair fromPrivate(const GroupInfo& group, ByteView privateValue);

    KeyPair(KeyPair&&) noexcept;
    KeyPair& operator=(KeyPair&&) noexcept;
    KeyPair(const KeyPair&) = delete;
    KeyPair& operator=(const KeyPair&) = delete;
    ~KeyPair();

    const GroupInfo& group() const;
    /** @brief The wire form of PROTOCOL.md §4. */
    const Bytes& publicValue() const;
    /** @brief The private value: big-endian padded to the order's size, or the X25519 scalar. */
    SecureBytes privateValue() const;
    /**
     * @brief Validates @p peerPublic (throws ValidationError), then returns the shared secret Z of
     * PROTOCOL.md §1. An all-zero X25519 result throws ValidationError(AllZeroResult).
     */
    SecureBytes agree(ByteView peerPublic) const;

    struct Impl;

private:
    explicit KeyPair(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace keyladder
