// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/crypto/Kdf.h"

#include <botan/hash.h>
#include <botan/mac.h>

#include <cctype>
#include <memory>

namespace keyladder {

SecureBytes kdf(ByteView key, std::uint8_t fc, const std::vector<ByteView>& params) {
    // One HMAC object per thread: creating it by name (lookup, parsing, allocation) cost as much as the MAC
    // itself for the short inputs of TS 33.220. The key is cleared again before returning.
    thread_local const std::unique_ptr<Botan::MessageAuthenticationCode> hmac =
        Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)");
    Botan::MessageAuthenticationCode* mac = hmac.get();
    struct ClearKey {
        Botan::MessageAuthenticationCode* mac;
        ~ClearKey() { mac->clear(); }
    } clearKey{mac};
    mac->set_key(key.data(), key.size());
    mac->update(fc);
    for (const ByteView& p : params) {
        if (p.size() > 0xffff)
            throw Error("KDF parameter longer than 65535 octets (TS 33.220 B.2.0: L is 2 octets)");
        mac->update(p.data(), p.size());
        const std::uint8_t length[2] = {static_cast<std::uint8_t>(p.size() >> 8),
                                        static_cast<std::uint8_t>(p.size() & 0xff)};
        mac->update(length, 2);
    }
    return mac->final();
}

Bytes snIdFromPlmn(std::string_view plmn) {
    const auto dash = plmn.find('-');
    if (dash == std::string_view::npos)
        throw Error("PLMN '" + std::string(plmn) + "' is not MCC-MNC (e.g. 001-01)");
    const std::string_view mcc = plmn.substr(0, dash);
    const std::string_view mnc = plmn.substr(dash + 1);
    const auto digits = [](std::string_view s) {
        for (const char c : s)
            if (!std::isdigit(static_cast<unsigned char>(c)))
                return false;
        return true;
    };
    if (mcc.size() != 3 || (mnc.size() != 2 && mnc.size() != 3) || !digits(mcc) || !digits(mnc))
        throw Error("PLMN '" + std::string(plmn) + "' needs a 3-digit MCC and a 2- or 3-digit MNC");
    const auto d = [](char c) { return static_cast<std::uint8_t>(c - '0'); };
    // TS 24.008 10.5.1.3: MCC2 MCC1 | MNC3 MCC3 | MNC2 MNC1, MNC3 = F for a 2-digit MNC.
    const std::uint8_t mnc3 = mnc.size() == 3 ? d(mnc[2]) : 0x0f;
    return {static_cast<std::uint8_t>(d(mcc[1]) << 4 | d(mcc[0])), static_cast<std::uint8_t>(mnc3 << 4 | d(mcc[2])),
            static_cast<std::uint8_t>(d(mnc[1]) << 4 | d(mnc[0]))};
}

SecureBytes deriveKasme(ByteView ck, ByteView ik, ByteView snId, ByteView sqnXorAk) {
    if (ck.size() != 16 || ik.size() != 16)
        throw Error("KASME: CK and IK must be 16 octets each");
    if (snId.size() != 3 || sqnXorAk.size() != 6)
        throw Error("KASME: SN id must be 3 octets and SQN xor AK 6 octets");
    SecureBytes key(ck.begin(), ck.end());
    key.insert(key.end(), ik.begin(), ik.end());
    return kdf(key, 0x10, {snId, sqnXorAk});
}

SecureBytes deriveKenb(ByteView kasme, std::uint32_t ulNasCount) {
    const Bytes count = bigEndian(ulNasCount, 4);
    return kdf(kasme, 0x11, {count});
}

SecureBytes deriveSkgnb(ByteView kenb, std::uint16_t skCounter) {
    const Bytes counter = bigEndian(skCounter, 2);
    return kdf(kenb, 0x1C, {counter});
}

SecureBytes deriveAlgorithmKey(ByteView key, std::uint8_t fc, KeyType type, std::uint8_t algorithmId) {
    const std::uint8_t typeOctet = static_cast<std::uint8_t>(type);
    SecureBytes full = kdf(key, fc, {ByteView(&typeOctet, 1), ByteView(&algorithmId, 1)});
    return SecureBytes(full.end() - 16, full.end());
}

SecureBytes deriveSkgnbCombine(ByteView skgnb, ByteView dhKey, std::uint16_t skCounter) {
    const Bytes counter = bigEndian(skCounter, 2);
    return kdf(skgnb, 0xF0, {dhKey, counter});
}

SecureBytes deriveSkgnbReplace(ByteView dhKey, std::uint16_t skCounter) {
    const Bytes counter = bigEndian(skCounter, 2);
    if (dhKey.size() <= 32)
        return kdf(dhKey, 0xF1, {counter});
    auto hash = Botan::HashFunction::create_or_throw("SHA-256");
    hash->update(dhKey.data(), dhKey.size());
    const SecureBytes hashed = hash->final();
    return kdf(hashed, 0xF1, {counter});
}

} // namespace keyladder
