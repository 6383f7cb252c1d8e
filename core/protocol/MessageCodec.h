// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "core/protocol/Trace.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace keyladder {

/**
 * @brief The wire forms of the messages: the project's own TLV encoding of IEs *(illustrative, not ASN.1
 * PER)*, PDCP protection of SRB1 and of the NR user plane (real 128-NEA2/128-NIA2, TS 33.401 Annex B,
 * TS 36.323 / 38.323), and an ESP-like envelope standing in for NDS/IP on X2-C and S1 *(illustrative
 * framing; real AES-128-CTR and AES-CMAC under SA keys only the two nodes hold)*.
 *
 * Receivers decode what is on the wire, so a substituted message is judged by its octets.
 */
class MessageCodec {
public:
    /** @brief How each IE name is carried: TLV tag, value kind, and the knowledge name a reader learns. */
    struct IeSpec {
        std::uint16_t tag;
        std::string_view name;
        enum class Kind { Octets, Uint, Text, Group, GroupList, Algorithms } kind;
        std::string_view knowledgeName; ///< "" if a reader learns nothing worth naming
        bool secret;
        bool illustrative;
        int ieId; ///< 3GPP protocol IE id, 0 if none
    };

    /** @brief The IE catalogue (tag 203 = X2AP SgNB Security Key; the others are the project's own). */
    static const std::vector<IeSpec>& catalogue();
    static const IeSpec* specByName(std::string_view name);
    static const IeSpec* specByTag(std::uint16_t tag);

    /** @brief An IE whose value is built from typed input as decode() would produce it. */
    static InformationElement octetsIe(std::string_view name, ByteView value);
    static InformationElement uintIe(std::string_view name, std::uint32_t value, std::size_t octets);
    static InformationElement textIe(std::string_view name, std::string_view text);
    static InformationElement groupIe(std::string_view name, std::string_view groupId);
    static InformationElement groupListIe(std::string_view name, const std::vector<std::string>& groupIds);
    static InformationElement algorithmsIe(std::string_view name, std::uint8_t cipheringId, std::uint8_t integrityId);

    /** @brief TLV: tag (2 octets) || length (2 octets) || value, per IE. @throws Error on an unknown IE name. */
    static Bytes encode(const std::vector<InformationElement>& ies);
    /** @brief Inverse of encode(). @throws Error on truncation, an unknown tag or a malformed value. */
    static std::vector<InformationElement> decode(ByteView octets);

    /** @brief Header of a PDCP PDU: 1 octet on SRBs (5-bit SN), 2 octets on DRBs (12-bit SN). */
    enum class PdcpKind { Srb, Drb };
    /**
     * @brief header || [NEA](payload || MAC-I). MAC-I (NIA2 over header || payload) only when
     * params.integrity; ciphering only when params.ciphered and @p cipherKey is not empty (else NEA0).
     * params.lengthBits is set to the ciphered length.
     */
    static Bytes protectPdcp(PdcpKind kind, PdcpParameters& params, ByteView cipherKey, ByteView integrityKey,
                             ByteView payload);
    struct PdcpResult {
        Bytes payload;
        bool integrityOk = true; ///< true also when the PDU carries no MAC-I
    };
    /** @brief Inverse of protectPdcp() with the receiver's keys. @throws Error if the PDU is too short. */
    static PdcpResult unprotectPdcp(PdcpKind kind, const PdcpParameters& params, ByteView cipherKey,
                                    ByteView integrityKey, ByteView wire);

    /** @brief SA keys of one NDS/IP association. */
    struct EspKeys {
        SecureBytes encryption; ///< 16 octets
        SecureBytes integrity;  ///< 16 octets
        std::uint32_t spi = 0;
    };
    /** @brief SPI (4) || sequence number (4) || AES-128-CTR(payload) || ICV (4, AES-CMAC) (illustrative framing). */
    static Bytes protectEsp(const EspKeys& keys, std::uint32_t sequence, ByteView payload);
    /** @brief The payload, or std::nullopt when the SPI or the ICV does not match. */
    static std::optional<Bytes> unprotectEsp(const EspKeys& keys, ByteView wire);
};

} // namespace keyladder
