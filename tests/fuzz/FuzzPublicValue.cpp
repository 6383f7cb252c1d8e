// SPDX-License-Identifier: LGPL-3.0-or-later
// Public-value decoding and validation for every kind of group. The first octet picks the group;
// the rest is the received value. Validation either refuses it with a ValidationError or accepts
// it, and an accepted value must then agree (or be refused for an all-zero X25519 result) without
// any other error.
#include "FuzzTarget.h"

#include "core/crypto/DiffieHellman.h"
#include "core/crypto/Groups.h"
#include "core/crypto/Rng.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace {

// One group of each kind, kept small enough that a run does many executions per second.
const std::vector<std::string> kGroups = {"toy-24", "toy-64", "2", "14", "ffdhe2048", "22", "19", "21", "26", "28", "31"};

const keyladder::KeyPair& ownKeyPair(const keyladder::GroupInfo& group) {
    static std::map<std::string, std::unique_ptr<keyladder::KeyPair>> pairs;
    auto& slot = pairs[group.id];
    if (!slot) {
        auto rng = keyladder::makeDeterministicRng("fuzz-" + group.id);
        slot = std::make_unique<keyladder::KeyPair>(keyladder::KeyPair::generate(group, *rng));
    }
    return *slot;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const keyladder::GroupInfo* group = keyladder::findGroup(kGroups[data[0] % kGroups.size()]);
    if (!group || !group->available)
        return 0;
    const keyladder::ByteView value(data + 1, size - 1);
    bool accepted = false;
    try {
        keyladder::validatePublicValue(*group, value);
        accepted = true;
    } catch (const keyladder::ValidationError& e) {
        KEYLADDER_FUZZ_ASSERT(e.what()[0] != '\0');
    }
    if (!accepted)
        return 0;
    try {
        const keyladder::SecureBytes z = ownKeyPair(*group).agree(value);
        KEYLADDER_FUZZ_ASSERT(!z.empty());
    } catch (const keyladder::ValidationError& e) {
        // Only X25519 can accept a value whose shared secret turns out all-zero.
        KEYLADDER_FUZZ_ASSERT(e.rule() == keyladder::ValidationRule::AllZeroResult);
    }
    return 0;
}
