// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

/**
 * @brief The names under which actors hold values (KnowledgeItem::name, Summary keys).
 *
 * Shared by the engine and the attacker model so that a derived value and the true value meet under
 * one name and can be compared.
 */
namespace keyladder::kn {

inline constexpr std::string_view K = "K";
inline constexpr std::string_view OPc = "OPc";
inline constexpr std::string_view RAND = "RAND";
inline constexpr std::string_view AUTN = "AUTN";
inline constexpr std::string_view RES = "RES";
inline constexpr std::string_view SQN = "SQN";
inline constexpr std::string_view AMF = "AMF";
inline constexpr std::string_view AK = "AK";
inline constexpr std::string_view SqnXorAk = "SQN xor AK";
inline constexpr std::string_view CK = "CK";
inline constexpr std::string_view IK = "IK";
inline constexpr std::string_view SnId = "SN id";
inline constexpr std::string_view KASME = "KASME";
inline constexpr std::string_view NasUlCount = "NAS UL COUNT";
inline constexpr std::string_view KeNB = "KeNB";
inline constexpr std::string_view AsAlgorithms = "AS algorithms"; ///< text "EEA2/EIA2", bytes {enc id, int id}
inline constexpr std::string_view KRRCenc = "KRRCenc";
inline constexpr std::string_view KRRCint = "KRRCint";
inline constexpr std::string_view SkCounter = "sk-Counter";
inline constexpr std::string_view SKgNB = "S-KgNB";
inline constexpr std::string_view UeDhGroups = "UE D-H groups";
inline constexpr std::string_view SelectedGroup = "selected group";
inline constexpr std::string_view KEi = "KEi";
inline constexpr std::string_view KEr = "KEr";
inline constexpr std::string_view GnbDhPrivate = "gNB D-H private";
inline constexpr std::string_view UeDhPrivate = "UE D-H private";
inline constexpr std::string_view DHKey = "DHKey";
inline constexpr std::string_view SgNBKey = "SgNBKey";
inline constexpr std::string_view KUPenc = "KUPenc";
inline constexpr std::string_view KSgNBRrcEnc = "KSgNB-RRC-enc";
inline constexpr std::string_view KSgNBRrcInt = "KSgNB-RRC-int";
inline constexpr std::string_view UserData = "user data";                      ///< the plaintext
inline constexpr std::string_view UserDataCiphertext = "user data ciphertext"; ///< NR PDCP PDU
inline constexpr std::string_view X2SaKeys = "X2 IPsec SA keys";

/** @brief Name of the recorded ciphertext of a message ("ciphertext: RRCConnectionReconfiguration"). */
inline std::string ciphertextOf(std::string_view messageName) {
    return "ciphertext: " + std::string(messageName);
}

} // namespace keyladder::kn
