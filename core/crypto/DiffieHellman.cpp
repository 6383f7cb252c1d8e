// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/crypto/DiffieHellman.h"

#include "core/crypto/Rng.h"

namespace keyladder {

std::string ruleName(ValidationRule rule) {
    switch (rule) {
    case ValidationRule::Length: return "length";
    case ValidationRule::Encoding: return "encoding";
    case ValidationRule::Range: return "range";
    case ValidationRule::Subgroup: return "subgroup";
    case ValidationRule::Infinity: return "infinity";
    case ValidationRule::OnCurve: return "on-curve";
    case ValidationRule::AllZeroResult: return "all-zero-result";
    }
    return "unknown";
}

ValidationError::ValidationError(ValidationRule rule, const std::string& message)
    : Error(ruleName(rule) + ": " + message), m_rule(rule) {}

ValidationRule ValidationError::rule() const { return m_rule; }

struct KeyPair::Impl {
    const GroupInfo* group = nullptr;
    Bytes publicValue;
    SecureBytes privateValue;
};

void validatePublicValue(const GroupInfo& group, ByteView) {
    throw Error("group " + group.id + ": Diffie-Hellman is not built yet");
}

KeyPair::KeyPair(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
KeyPair::KeyPair(KeyPair&&) noexcept = default;
KeyPair& KeyPair::operator=(KeyPair&&) noexcept = default;
KeyPair::~KeyPair() = default;

KeyPair KeyPair::generate(const GroupInfo& group, Rng&) {
    throw Error("group " + group.id + ": Diffie-Hellman is not built yet");
}

KeyPair KeyPair::fromPrivate(const GroupInfo& group, ByteView) {
    throw Error("group " + group.id + ": Diffie-Hellman is not built yet");
}

const GroupInfo& KeyPair::group() const { return *m_impl->group; }
const Bytes& KeyPair::publicValue() const { return m_impl->publicValue; }
SecureBytes KeyPair::privateValue() const { return m_impl->privateValue; }
SecureBytes KeyPair::agree(ByteView) const { throw Error("Diffie-Hellman is not built yet"); }

} // namespace keyladder
