// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "core/crypto/Bytes.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace keyladder {

/** @brief The 3GPP KDF (TS 33.220 B.2.0): HMAC-SHA-256(key, FC || P0 || L0 || P1 || L1 ...), 32 octets. */
SecureBytes kdf(ByteView key, std::uint8_t fc, const std::vector<ByteView>& params);

/** @brief Serving network id of a PLMN "MCC-MNC" ("001-01" -> 00 f1 10); throws Error on bad input. */
Bytes snIdFromPlmn(std::string_view plmn);

/** @brief KASME from CK || IK (TS 33.401 A.2, FC 0x10). */
SecureBytes deriveKasme(ByteView ck, ByteView ik, ByteView snId, ByteView sqnXorAk);
/** @brief KeNB from KASME and the uplink NAS COUNT (TS 33.401 A.3, FC 0x11). */
SecureBytes deriveKenb(ByteView kasme, std::uint32_t ulNasCount);
/** @brief S-KgNB from KeNB and sk-Counter (TS 33.401 A.15 / Annex E, FC 0x1C). */
SecureBytes deriveSkgnb(ByteView kenb, std::uint16_t skCounter);

/** @brief Algorithm type distinguishers (TS 33.401 A.7). */
enum class KeyType : std::uint8_t { NasEnc = 1, NasInt, RrcEnc, RrcInt, UpEnc, UpInt };

/** @brief A 128-bit algorithm key: the last 16 octets of KDF(key, fc, type, algorithmId); fc 0x15 or 0x69. */
SecureBytes deriveAlgorithmKey(ByteView key, std::uint8_t fc, KeyType type, std::uint8_t algorithmId);

/** @brief S-KgNB' = KDF(S-KgNB, 0xF0, Z, sk-Counter) (illustrative, not allocated by 3GPP). */
SecureBytes deriveSkgnbCombine(ByteView skgnb, ByteView dhKey, std::uint16_t skCounter);
/** @brief S-KgNB' = KDF(Z', 0xF1, sk-Counter), Z' = Z or SHA-256(Z) if Z is longer than 32 octets (illustrative). */
SecureBytes deriveSkgnbReplace(ByteView dhKey, std::uint16_t skCounter);

} // namespace keyladder
