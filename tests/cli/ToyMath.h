// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// Plain 128-bit modular arithmetic for the toy groups (p < 2^64): an independent way to compute the
// values that keyladder-cli must print, without the project's Montgomery code or Botan.

#include "core/crypto/Groups.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace keyladder::clitest {

struct ToyGroup {
    std::uint64_t p = 0, g = 0, q = 0;
    std::size_t publicSize = 0;
};

inline std::uint64_t toU64(const Bytes& bigEndian) {
    std::uint64_t v = 0;
    for (const std::uint8_t b : bigEndian)
        v = v << 8 | b;
    return v;
}

inline std::optional<ToyGroup> toyGroup(const char* id) {
    const GroupInfo* info = findGroup(id);
    if (!info)
        return std::nullopt;
    const auto ffc = ffcParameters(*info);
    if (!ffc || ffc->p.size() > 8)
        return std::nullopt;
    return ToyGroup{toU64(ffc->p), toU64(ffc->g), toU64(ffc->q), info->publicSize};
}

__extension__ typedef unsigned __int128 U128; // GCC/Clang extension; -Wpedantic accepts it so marked

inline std::uint64_t mulMod(std::uint64_t a, std::uint64_t b, std::uint64_t m) {
    return static_cast<std::uint64_t>(static_cast<U128>(a) * b % m);
}

inline std::uint64_t powMod(std::uint64_t base, std::uint64_t exp, std::uint64_t m) {
    std::uint64_t result = 1 % m;
    base %= m;
    while (exp) {
        if (exp & 1)
            result = mulMod(result, base, m);
        base = mulMod(base, base, m);
        exp >>= 1;
    }
    return result;
}

/** @brief @p value as big-endian hex padded to @p octets octets (the wire form of a toy public value). */
inline QString paddedHex(std::uint64_t value, std::size_t octets) {
    return QString::number(value, 16).rightJustified(static_cast<int>(2 * octets), u'0');
}

/** @brief The smallest y >= 2 outside the order-q subgroup (y^q != 1): a quadratic non-residue. */
inline std::uint64_t nonSubgroupElement(const ToyGroup& group) {
    std::uint64_t y = 2;
    while (powMod(y, group.q, group.p) == 1)
        ++y;
    return y;
}

} // namespace keyladder::clitest
