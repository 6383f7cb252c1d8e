// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/protocol/MessageCodec.h"

#include "core/crypto/Groups.h"
#include "core/crypto/Nea.h"
#include "core/protocol/KnowledgeNames.h"

#include <algorithm>

namespace keyladder {

namespace {

using Kind = MessageCodec::IeSpec::Kind;

std::string groupLabel(std::string_view id) {
    const GroupInfo* group = findGroup(id);
    if (group == nullptr)
        return std::string(id) + " (unknown group)";
    if (group->name.rfind(group->id, 0) == 0)
        return group->name;
    return std::string(id) + " (" + group->name + ")";
}

std::string algorithmsText(std::uint8_t cipheringId, std::uint8_t integrityId) {
    return "cipheringAlgorithm eea" + std::to_string(cipheringId) + ", integrityProtAlgorithm eia" +
           std::to_string(integrityId);
}

Value makeValue(const MessageCodec::IeSpec& spec, ByteView octets, std::string text) {
    if (spec.secret)
        return Value::ofSecret(octets, std::move(text));
    return Value::ofBytes(octets, std::move(text));
}

InformationElement makeIe(const MessageCodec::IeSpec& spec, ByteView octets, std::string text) {
    InformationElement ie;
    ie.name = std::string(spec.name);
    ie.value = makeValue(spec, octets, std::move(text));
    ie.ieId = spec.ieId;
    ie.illustrative = spec.illustrative;
    if (spec.illustrative)
        ie.note = "added by the proposal (illustrative encoding)";
    return ie;
}

const MessageCodec::IeSpec& requireSpec(std::string_view name) {
    const auto* spec = MessageCodec::specByName(name);
    if (spec == nullptr)
        throw Error("no wire encoding for IE \"" + std::string(name) + "\"");
    return *spec;
}

std::uint32_t readUint(ByteView v) {
    std::uint32_t value = 0;
    for (std::uint8_t octet : v)
        value = (value << 8) | octet;
    return value;
}

std::vector<std::string> parseGroupList(ByteView v) {
    std::vector<std::string> ids;
    std::size_t pos = 0;
    while (pos < v.size()) {
        const std::size_t len = v[pos++];
        if (len == 0 || pos + len > v.size())
            throw Error("malformed group list");
        ids.emplace_back(reinterpret_cast<const char*>(v.data() + pos), len);
        pos += len;
    }
    return ids;
}

std::string textOf(ByteView v) {
    return std::string(reinterpret_cast<const char*>(v.data()), v.size());
}

Bytes counterBlockless(ByteView a, ByteView b) {
    Bytes out;
    out.reserve(a.size() + b.size());
    out.insert(out.end(), a.begin(), a.end());
    out.insert(out.end(), b.begin(), b.end());
    return out;
}

std::size_t headerOctets(MessageCodec::PdcpKind kind) {
    return kind == MessageCodec::PdcpKind::Srb ? 1 : 2;
}

Bytes pdcpHeader(MessageCodec::PdcpKind kind, std::uint32_t count) {
    if (kind == MessageCodec::PdcpKind::Srb)
        return Bytes{static_cast<std::uint8_t>(count & 0x1f)};
    // D/C = 1 (data), three reserved bits, 12-bit SN.
    return Bytes{static_cast<std::uint8_t>(0x80 | ((count >> 8) & 0x0f)), static_cast<std::uint8_t>(count & 0xff)};
}

} // namespace

const std::vector<MessageCodec::IeSpec>& MessageCodec::catalogue() {
    static const std::vector<IeSpec> table{
        {1, "RAND", Kind::Octets, kn::RAND, false, false, 0},
        {2, "AUTN", Kind::Octets, kn::AUTN, false, false, 0},
        {3, "RES", Kind::Octets, kn::RES, false, false, 0},
        {4, "securityAlgorithmConfig", Kind::Algorithms, kn::AsAlgorithms, false, false, 0},
        {5, "ue-CapabilityRAT-ContainerList", Kind::Text, "", false, false, 0},
        {6, "ue-DHGroups", Kind::GroupList, kn::UeDhGroups, false, true, 0},
        {10, "sk-Counter-r15", Kind::Uint, kn::SkCounter, false, false, 0},
        {11, "nr-Config-r15", Kind::Text, "", false, false, 0},
        {12, "nr-RadioBearerConfig1-r15", Kind::Text, "", false, false, 0},
        {13, "selectedDHGroup", Kind::Group, kn::SelectedGroup, false, true, 0},
        {14, "KEi", Kind::Octets, kn::KEi, false, true, 0},
        {15, "scg-ConfigResponseNR-r15", Kind::Text, "", false, false, 0},
        {16, "KEr", Kind::Octets, kn::KEr, false, true, 0},
        {17, "reestablishmentCause", Kind::Text, "", false, false, 0},
        {203, "SgNB Security Key", Kind::Octets, kn::SKgNB, true, false, 203},
        {0x100, "MeNB UE X2AP ID", Kind::Uint, "", false, false, 0},
        {0x101, "SgNB UE X2AP ID", Kind::Uint, "", false, false, 0},
        {0x102, "NR UE Security Capabilities", Kind::Octets, "", false, false, 0},
        {0x103, "UE D-H Capability Groups", Kind::GroupList, kn::UeDhGroups, false, true, 0},
        {0x104, "Selected D-H Group", Kind::Group, kn::SelectedGroup, false, true, 0},
        {0x105, "SgNB to MeNB Container", Kind::Text, "", false, false, 0},
        {0x106, "Response Information", Kind::Text, "", false, false, 0},
        {0x107, "MeNB to SgNB Container", Kind::Text, "", false, false, 0},
        {0x108, "Cause", Kind::Text, "", false, false, 0},
        {0x109, "Security Key", Kind::Octets, kn::KeNB, true, false, 0},
        {0x10a, "UE Security Capabilities", Kind::Octets, "", false, false, 0},
    };
    return table;
}

const MessageCodec::IeSpec* MessageCodec::specByName(std::string_view name) {
    const auto& table = catalogue();
    const auto it = std::find_if(table.begin(), table.end(), [&](const IeSpec& s) { return s.name == name; });
    return it == table.end() ? nullptr : &*it;
}

const MessageCodec::IeSpec* MessageCodec::specByTag(std::uint16_t tag) {
    const auto& table = catalogue();
    const auto it = std::find_if(table.begin(), table.end(), [&](const IeSpec& s) { return s.tag == tag; });
    return it == table.end() ? nullptr : &*it;
}

InformationElement MessageCodec::octetsIe(std::string_view name, ByteView value) {
    return makeIe(requireSpec(name), value, {});
}

InformationElement MessageCodec::uintIe(std::string_view name, std::uint32_t value, std::size_t octets) {
    const Bytes encoded = bigEndian(value, octets);
    return makeIe(requireSpec(name), encoded, std::to_string(value));
}

InformationElement MessageCodec::textIe(std::string_view name, std::string_view text) {
    const ByteView octets(reinterpret_cast<const std::uint8_t*>(text.data()), text.size());
    return makeIe(requireSpec(name), octets, std::string(text));
}

InformationElement MessageCodec::groupIe(std::string_view name, std::string_view groupId) {
    const ByteView octets(reinterpret_cast<const std::uint8_t*>(groupId.data()), groupId.size());
    return makeIe(requireSpec(name), octets, groupLabel(groupId));
}

InformationElement MessageCodec::groupListIe(std::string_view name, const std::vector<std::string>& groupIds) {
    Bytes octets;
    std::string text;
    for (const auto& id : groupIds) {
        octets.push_back(static_cast<std::uint8_t>(id.size()));
        octets.insert(octets.end(), id.begin(), id.end());
        text += (text.empty() ? "" : ", ") + groupLabel(id);
    }
    return makeIe(requireSpec(name), octets, text.empty() ? "(none)" : text);
}

InformationElement MessageCodec::algorithmsIe(std::string_view name, std::uint8_t cipheringId,
                                              std::uint8_t integrityId) {
    const Bytes octets{cipheringId, integrityId};
    return makeIe(requireSpec(name), octets, algorithmsText(cipheringId, integrityId));
}

Bytes MessageCodec::encode(const std::vector<InformationElement>& ies) {
    Bytes out;
    for (const auto& ie : ies) {
        const IeSpec& spec = requireSpec(ie.name);
        const ByteView value = ie.value.bytes();
        if (value.size() > 0xffff)
            throw Error("IE \"" + ie.name + "\" longer than 65535 octets");
        const Bytes tag = bigEndian(spec.tag, 2);
        const Bytes length = bigEndian(value.size(), 2);
        out.insert(out.end(), tag.begin(), tag.end());
        out.insert(out.end(), length.begin(), length.end());
        out.insert(out.end(), value.begin(), value.end());
    }
    return out;
}

std::vector<InformationElement> MessageCodec::decode(ByteView octets) {
    std::vector<InformationElement> ies;
    std::size_t pos = 0;
    while (pos < octets.size()) {
        if (octets.size() - pos < 4)
            throw Error("truncated IE header at octet " + std::to_string(pos));
        const auto tag = static_cast<std::uint16_t>(readUint(octets.subspan(pos, 2)));
        const std::size_t length = readUint(octets.subspan(pos + 2, 2));
        pos += 4;
        if (octets.size() - pos < length)
            throw Error("IE with tag " + std::to_string(tag) + " runs past the end of the message");
        const ByteView value = octets.subspan(pos, length);
        pos += length;
        const IeSpec* spec = specByTag(tag);
        if (spec == nullptr)
            throw Error("unknown IE tag " + std::to_string(tag));
        std::string text;
        switch (spec->kind) {
        case Kind::Octets:
            break;
        case Kind::Uint:
            if (value.empty() || value.size() > 4)
                throw Error("malformed integer in IE \"" + std::string(spec->name) + "\"");
            text = std::to_string(readUint(value));
            break;
        case Kind::Text:
            text = textOf(value);
            break;
        case Kind::Group:
            if (value.empty())
                throw Error("empty group id in IE \"" + std::string(spec->name) + "\"");
            text = groupLabel(textOf(value));
            break;
        case Kind::GroupList: {
            for (const auto& id : parseGroupList(value))
                text += (text.empty() ? "" : ", ") + groupLabel(id);
            if (text.empty())
                text = "(none)";
            break;
        }
        case Kind::Algorithms:
            if (value.size() != 2)
                throw Error("malformed algorithm pair");
            text = algorithmsText(value[0], value[1]);
            break;
        }
        ies.push_back(makeIe(*spec, value, std::move(text)));
    }
    return ies;
}

Bytes MessageCodec::protectPdcp(PdcpKind kind, PdcpParameters& params, ByteView cipherKey, ByteView integrityKey,
                                ByteView payload) {
    const Bytes header = pdcpHeader(kind, params.count);
    Bytes body(payload.begin(), payload.end());
    if (params.integrity) {
        const Bytes protectedPart = counterBlockless(header, payload);
        const Bytes mac =
            nia2(integrityKey, params.count, params.bearer, params.direction, protectedPart, protectedPart.size() * 8);
        body.insert(body.end(), mac.begin(), mac.end());
    }
    params.lengthBits = body.size() * 8;
    if (params.ciphered && !cipherKey.empty() && !body.empty())
        body = nea2(cipherKey, params.count, params.bearer, params.direction, body, params.lengthBits);
    return counterBlockless(header, body);
}

MessageCodec::PdcpResult MessageCodec::unprotectPdcp(PdcpKind kind, const PdcpParameters& params, ByteView cipherKey,
                                                     ByteView integrityKey, ByteView wire) {
    const std::size_t hlen = headerOctets(kind);
    const std::size_t macLen = params.integrity ? 4 : 0;
    if (wire.size() < hlen + macLen)
        throw Error("PDCP PDU too short");
    Bytes body(wire.begin() + static_cast<std::ptrdiff_t>(hlen), wire.end());
    if (params.ciphered && !cipherKey.empty() && !body.empty())
        body = nea2(cipherKey, params.count, params.bearer, params.direction, body, body.size() * 8);
    PdcpResult result;
    result.payload.assign(body.begin(), body.end() - static_cast<std::ptrdiff_t>(macLen));
    if (params.integrity) {
        const Bytes protectedPart = counterBlockless(wire.first(hlen), result.payload);
        const Bytes expected =
            nia2(integrityKey, params.count, params.bearer, params.direction, protectedPart, protectedPart.size() * 8);
        result.integrityOk = std::equal(expected.begin(), expected.end(), body.end() - 4);
    }
    return result;
}

Bytes MessageCodec::protectEsp(const EspKeys& keys, std::uint32_t sequence, ByteView payload) {
    Bytes out = bigEndian(keys.spi, 4);
    const Bytes seq = bigEndian(sequence, 4);
    out.insert(out.end(), seq.begin(), seq.end());
    const Bytes ciphertext =
        payload.empty() ? Bytes() : nea2(keys.encryption, sequence, 0, 0, payload, payload.size() * 8);
    out.insert(out.end(), ciphertext.begin(), ciphertext.end());
    const Bytes icv = nia2(keys.integrity, sequence, 0, 0, out, out.size() * 8);
    out.insert(out.end(), icv.begin(), icv.end());
    return out;
}

std::optional<Bytes> MessageCodec::unprotectEsp(const EspKeys& keys, ByteView wire) {
    if (wire.size() < 12 || readUint(wire.first(4)) != keys.spi)
        return std::nullopt;
    const std::uint32_t sequence = readUint(wire.subspan(4, 4));
    const ByteView authenticated = wire.first(wire.size() - 4);
    const Bytes icv = nia2(keys.integrity, sequence, 0, 0, authenticated, authenticated.size() * 8);
    if (!std::equal(icv.begin(), icv.end(), wire.end() - 4))
        return std::nullopt;
    const ByteView ciphertext = wire.subspan(8, wire.size() - 12);
    if (ciphertext.empty())
        return Bytes();
    return nea2(keys.encryption, sequence, 0, 0, ciphertext, ciphertext.size() * 8);
}

} // namespace keyladder
