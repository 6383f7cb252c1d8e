// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <botan/secmem.h>

#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace keyladder {

/** @brief Public octet strings (public values, ciphertext, IEs on the wire). */
using Bytes = std::vector<std::uint8_t>;

/**
 * @brief Secret octet strings: keys, private values, shared secrets. Zeroed when freed.
 *
 * Botan's allocator is header-only (secmem.h); no Botan class crosses into the Qt layer with it.
 */
using SecureBytes = Botan::secure_vector<std::uint8_t>;

using ByteView = std::span<const std::uint8_t>;

/** @brief Lowercase hex of @p data, no separators. */
std::string toHex(ByteView data);

/**
 * @brief Parses hex in either case, with or without a leading "0x"/"0X".
 * @return std::nullopt on an odd length or a non-hex character.
 */
std::optional<Bytes> parseHex(std::string_view text);

/** @brief Like parseHex, but for secrets: the result is zeroed when freed. */
std::optional<SecureBytes> parseSecretHex(std::string_view text);

inline SecureBytes toSecure(ByteView data) { return SecureBytes(data.begin(), data.end()); }
inline Bytes toPublic(ByteView data) { return Bytes(data.begin(), data.end()); }

/** @brief Big-endian encoding of the low @p octets octets of @p value. */
Bytes bigEndian(std::uint64_t value, std::size_t octets);

/** @brief Base of every error the core reports across its boundary (Botan's are translated). */
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace keyladder
