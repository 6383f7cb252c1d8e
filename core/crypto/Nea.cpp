// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/crypto/Nea.h"

#include <botan/block_cipher.h>
#include <botan/exceptn.h>
#include <botan/mem_ops.h>
#include <botan/stream_cipher.h>

#include <array>
#include <string>

namespace keyladder {

namespace {

void checkInputs(const char* algorithm, ByteView key, std::uint8_t bearer, std::uint8_t direction, ByteView data,
                 std::size_t lengthBits) {
    const std::string name(algorithm);
    if (key.size() != 16)
        throw Error(name + ": key must be 16 octets");
    if (bearer > 0x1f)
        throw Error(name + ": BEARER is 5 bits (0..31)");
    if (direction > 1)
        throw Error(name + ": DIRECTION is 1 bit (0 or 1)");
    if (data.size() < (lengthBits + 7) / 8)
        throw Error(name + ": " + std::to_string(lengthBits) + " bits need " + std::to_string((lengthBits + 7) / 8) +
                    " octets of input, got " + std::to_string(data.size()));
}

// COUNT(32) || BEARER(5) || DIRECTION(1) || 0^26: the first 64 bits shared by NEA2's counter block and NIA2.
std::array<std::uint8_t, 8> header(std::uint32_t count, std::uint8_t bearer, std::uint8_t direction) {
    return {static_cast<std::uint8_t>(count >> 24),
            static_cast<std::uint8_t>(count >> 16),
            static_cast<std::uint8_t>(count >> 8),
            static_cast<std::uint8_t>(count),
            static_cast<std::uint8_t>(bearer << 3 | direction << 2),
            0,
            0,
            0};
}

// Doubling in GF(2^128) for the CMAC subkeys (NIST SP 800-38B §6.1).
std::array<std::uint8_t, 16> dbl(const std::array<std::uint8_t, 16>& in) {
    std::array<std::uint8_t, 16> out{};
    for (std::size_t i = 0; i < 16; ++i)
        out[i] = static_cast<std::uint8_t>(in[i] << 1 | (i + 1 < 16 ? in[i + 1] >> 7 : 0));
    if (in[0] & 0x80)
        out[15] ^= 0x87;
    return out;
}

} // namespace

Bytes nea2(ByteView key, std::uint32_t count, std::uint8_t bearer, std::uint8_t direction, ByteView data,
           std::size_t lengthBits) {
    checkInputs("128-NEA2", key, bearer, direction, data, lengthBits);
    const std::size_t octets = (lengthBits + 7) / 8;
    Bytes out(data.begin(), data.begin() + static_cast<std::ptrdiff_t>(octets));
    std::array<std::uint8_t, 16> counter{};
    const auto head = header(count, bearer, direction);
    std::copy(head.begin(), head.end(), counter.begin());
    try {
        auto ctr = Botan::StreamCipher::create_or_throw("CTR-BE(AES-128)");
        ctr->set_key(key.data(), key.size());
        ctr->set_iv(counter.data(), counter.size());
        ctr->cipher1(out.data(), out.size());
    } catch (const Botan::Exception& e) {
        throw Error(std::string("128-NEA2: ") + e.what());
    }
    if (lengthBits % 8 != 0)
        out.back() &= static_cast<std::uint8_t>(0xff << (8 - lengthBits % 8));
    return out;
}

Bytes nia2(ByteView key, std::uint32_t count, std::uint8_t bearer, std::uint8_t direction, ByteView message,
           std::size_t lengthBits) {
    checkInputs("128-NIA2", key, bearer, direction, message, lengthBits);
    // CMAC over a bit string (TS 33.401 B.2.3): Botan's CMAC takes whole octets only, so the padding
    // "1 0..0" of SP 800-38B goes right after the last message bit, even inside an octet.
    auto aes = Botan::BlockCipher::create_or_throw("AES-128");
    aes->set_key(key.data(), key.size());

    const std::size_t totalBits = 64 + lengthBits;
    Bytes m(8 + (lengthBits + 7) / 8);
    const auto head = header(count, bearer, direction);
    std::copy(head.begin(), head.end(), m.begin());
    std::copy(message.begin(), message.begin() + static_cast<std::ptrdiff_t>((lengthBits + 7) / 8), m.begin() + 8);
    if (lengthBits % 8 != 0)
        m.back() &= static_cast<std::uint8_t>(0xff << (8 - lengthBits % 8));

    std::array<std::uint8_t, 16> l{};
    aes->encrypt(l.data());
    auto k1 = dbl(l);
    auto k2 = dbl(k1);

    const std::size_t blocks = totalBits == 0 ? 1 : (totalBits + 127) / 128;
    const bool complete = totalBits != 0 && totalBits % 128 == 0;
    std::array<std::uint8_t, 16> x{};
    for (std::size_t b = 0; b < blocks; ++b) {
        std::array<std::uint8_t, 16> block{};
        for (std::size_t i = 0; i < 16 && 16 * b + i < m.size(); ++i)
            block[i] = m[16 * b + i];
        if (b + 1 == blocks) {
            if (!complete) {
                const std::size_t bitsInBlock = totalBits - 128 * b;
                block[bitsInBlock / 8] |= static_cast<std::uint8_t>(0x80 >> (bitsInBlock % 8));
            }
            const auto& subkey = complete ? k1 : k2;
            for (std::size_t i = 0; i < 16; ++i)
                block[i] ^= subkey[i];
        }
        for (std::size_t i = 0; i < 16; ++i)
            x[i] ^= block[i];
        aes->encrypt(x.data());
    }
    Bytes macI(x.begin(), x.begin() + 4);
    // The CMAC subkeys and chaining value are derived from the key: scrub them.
    for (auto* secret : {&l, &k1, &k2, &x})
        Botan::secure_scrub_memory(secret->data(), secret->size());
    return macI;
}

} // namespace keyladder
