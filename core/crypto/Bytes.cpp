// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/crypto/Bytes.h"

namespace keyladder {

namespace {

int nibble(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

template <typename Out> std::optional<Out> parseInto(std::string_view text) {
    if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
        text.remove_prefix(2);
    if (text.size() % 2 != 0)
        return std::nullopt;
    Out out(text.size() / 2);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const int hi = nibble(text[2 * i]);
        const int lo = nibble(text[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out[i] = static_cast<std::uint8_t>(hi << 4 | lo);
    }
    return out;
}

} // namespace

std::string toHex(ByteView data) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(data.size() * 2);
    for (const std::uint8_t b : data) {
        out.push_back(digits[b >> 4]);
        out.push_back(digits[b & 0x0f]);
    }
    return out;
}

std::optional<Bytes> parseHex(std::string_view text) { return parseInto<Bytes>(text); }

std::optional<SecureBytes> parseSecretHex(std::string_view text) { return parseInto<SecureBytes>(text); }

Bytes bigEndian(std::uint64_t value, std::size_t octets) {
    Bytes out(octets);
    for (std::size_t i = 0; i < octets; ++i)
        out[octets - 1 - i] = static_cast<std::uint8_t>(i < 8 ? (value >> (8 * i)) & 0xff : 0);
    return out;
}

} // namespace keyladder
