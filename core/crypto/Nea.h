// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "core/crypto/Bytes.h"

#include <cstddef>
#include <cstdint>

namespace keyladder {

/**
 * @brief 128-NEA2 (AES-128-CTR, TS 33.401 B.1.3); encrypts and decrypts.
 *
 * Only the first @p lengthBits bits of @p data count; the result has ceil(lengthBits/8) octets and
 * its unused tail bits are zero. @throws Error on a bad key, bearer, direction or a too-short @p data.
 */
Bytes nea2(ByteView key, std::uint32_t count, std::uint8_t bearer, std::uint8_t direction, ByteView data,
           std::size_t lengthBits);

/**
 * @brief 128-NIA2 (AES-128-CMAC, TS 33.401 B.2.3): the 4-octet MAC-I over the first @p lengthBits
 * bits of @p message. @throws Error on a bad key, bearer, direction or a too-short @p message.
 */
Bytes nia2(ByteView key, std::uint32_t count, std::uint8_t bearer, std::uint8_t direction, ByteView message,
           std::size_t lengthBits);

} // namespace keyladder
