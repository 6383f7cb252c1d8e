// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "core/crypto/Bytes.h"

namespace keyladder {

/** @brief Outputs of f1, f1*, f2, f3, f4, f5 and f5* (TS 35.206). */
struct MilenageResult {
    SecureBytes macA, macS, res, ck, ik, ak, akStar;
};

/** @brief OPc = E_K(OP) xor OP (TS 35.206 §4.1); throws Error unless both are 16 octets. */
SecureBytes computeOpc(ByteView k, ByteView op);

/**
 * @brief Milenage f1..f5* with K (16), OPc (16), RAND (16), SQN (6), AMF (2) octets.
 * @throws Error on a wrong input length.
 */
MilenageResult milenage(ByteView k, ByteView opc, ByteView rand, ByteView sqn, ByteView amf);

} // namespace keyladder
