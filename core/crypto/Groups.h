// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "core/crypto/Bytes.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace keyladder {

/** @brief The family a Diffie-Hellman group belongs to; decides wire form, validation and agreement. */
enum class GroupKind { Modp, Ffdhe, Ecp, X25519, X448, Toy };

/** @brief Display name of a kind: "MODP", "FFDHE", "ECP", "X25519", "X448", "toy". */
std::string kindName(GroupKind kind);

/** @brief One entry of the group catalog (PROTOCOL.md §4). */
struct GroupInfo {
    std::string id;   ///< canonical id: "14", "19", "31", "ffdhe2048", "toy-48"
    int ikeId = 0;    ///< IKEv2 Transform Type 4 number, 0 if none
    std::string name; ///< "2048-bit MODP", "NIST P-256", "Curve25519", "toy-48 (insecure)"
    GroupKind kind;
    int fieldBits = 0;          ///< size of p / of the curve's field
    int securityBits = 0;       ///< estimated strength in bits
    std::size_t publicSize = 0; ///< octets of the public value on the wire
    bool available = true;
    std::string unavailableReason;
    bool illustrative = false; ///< toy groups and private ids: not allocated by 3GPP/IANA
    std::string reference;     ///< "RFC 3526 §3", "RFC 7748", ...
};

/** @brief Every group the project knows, available or not, in catalog order. */
const std::vector<GroupInfo>& allGroups();

/** @brief The group with canonical id @p id ("14", "ffdhe2048", "toy-48"), or nullptr if unknown. */
const GroupInfo* findGroup(std::string_view id);

/** @brief Finite-field domain parameters, big-endian without leading zero octets. */
struct FfcParameters {
    Bytes p, g, q;
};

/** @brief p, g and q of a MODP, FFDHE or toy group; std::nullopt for elliptic-curve groups. */
std::optional<FfcParameters> ffcParameters(const GroupInfo& group);

} // namespace keyladder
