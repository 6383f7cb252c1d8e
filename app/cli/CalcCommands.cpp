// SPDX-License-Identifier: LGPL-3.0-or-later
// keyladder-cli calc ...: each derivation of PROTOCOL.md §1-2 and each group operation on its own, so that
// anyone can check a value of the ladder by hand against the specifications' test data.
#include "app/cli/ArgParser.h"
#include "app/cli/CliSupport.h"
#include "app/cli/Command.h"
#include "core/crypto/DiffieHellman.h"
#include "core/crypto/Kdf.h"
#include "core/crypto/Milenage.h"
#include "core/crypto/Nea.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <limits>
#include <ostream>
#include <string>
#include <vector>

namespace keyladder::cli {

namespace {

constexpr std::uint64_t kMaxU32 = std::numeric_limits<std::uint32_t>::max();
constexpr std::uint64_t kMaxU16 = std::numeric_limits<std::uint16_t>::max();

int printHex(Io& io, ByteView value) {
    io.out << toHex(value) << "\n";
    return exitcode::ok;
}

int calcKdf(const std::vector<std::string>& args, Io& io) {
    ArgParser parser("calc kdf", "The 3GPP key derivation function (TS 33.220 B.2.0): HMAC-SHA-256(KEY, FC || P0 "
                                 "|| L0 || P1 || L1 ...). Prints the 32-octet output.");
    parser.option("--key", "HEX", "input key", true)
        .option("--fc", "HEX", "function code, one octet (e.g. 0x1c)", true)
        .option("--param", "HEX", "parameter P0, P1, ... in order (at most 65535 octets each)", true, true)
        .note("example: keyladder-cli calc kdf --key fe7dee80...5a89 --fc 0x1c --param 0000   (S-KgNB)");
    ParsedArgs a;
    if (parseOrHelp(parser, args, io, a))
        return exitcode::ok;
    const SecureBytes key = a.secretHex("--key");
    const auto fc = static_cast<std::uint8_t>(parseHexNumberArg("--fc", a.value("--fc"), 0, 0xff));
    std::vector<Bytes> params;
    for (const std::string& text : a.values("--param")) {
        params.push_back(parseHexArg("--param", text));
        if (params.back().size() > kMaxU16)
            throw UsageError("--param: at most 65535 octets (the length field Li has 2 octets), got " +
                             std::to_string(params.back().size()));
    }
    const std::vector<ByteView> views(params.begin(), params.end());
    return printHex(io, kdf(key, fc, views));
}

int calcMilenage(const std::vector<std::string>& args, Io& io) {
    ArgParser parser("calc milenage", "Milenage f1-f5* (TS 35.206). Prints a JSON object with opc, f1 (MAC-A), "
                                      "f1star (MAC-S), f2 (RES), f3 (CK), f4 (IK), f5 (AK), f5star (AK*).");
    parser.option("--k", "HEX", "subscriber key K, 16 octets", true)
        .option("--op", "HEX", "operator variant OP, 16 octets (OPc is computed from it)")
        .option("--opc", "HEX", "OPc, 16 octets (instead of --op)")
        .option("--rand", "HEX", "RAND, 16 octets", true)
        .option("--sqn", "HEX", "SQN, 6 octets", true)
        .option("--amf", "HEX", "AMF, 2 octets", true);
    ParsedArgs a;
    if (parseOrHelp(parser, args, io, a))
        return exitcode::ok;
    if (a.has("--op") == a.has("--opc"))
        throw UsageError("calc milenage: give exactly one of --op and --opc");
    const SecureBytes k = a.secretHex("--k", 16);
    const SecureBytes opc = a.has("--op") ? computeOpc(k, a.secretHex("--op", 16)) : a.secretHex("--opc", 16);
    const Bytes rand = a.hex("--rand", 16);
    const Bytes sqn = a.hex("--sqn", 6);
    const Bytes amf = a.hex("--amf", 2);
    const MilenageResult r = milenage(k, opc, rand, sqn, amf);
    nlohmann::ordered_json j;
    j["opc"] = toHex(opc);
    j["f1"] = toHex(r.macA);
    j["f1star"] = toHex(r.macS);
    j["f2"] = toHex(r.res);
    j["f3"] = toHex(r.ck);
    j["f4"] = toHex(r.ik);
    j["f5"] = toHex(r.ak);
    j["f5star"] = toHex(r.akStar);
    io.out << j.dump() << "\n";
    return exitcode::ok;
}

int calcKasme(const std::vector<std::string>& args, Io& io) {
    ArgParser parser("calc kasme", "KASME = KDF(CK || IK, 0x10, SN id, SQN xor AK) (TS 33.401 A.2).");
    parser.option("--ck", "HEX", "CK, 16 octets", true)
        .option("--ik", "HEX", "IK, 16 octets", true)
        .option("--snid", "HEX", "serving network id, 3 octets (00f110), or a PLMN written MCC-MNC (001-01)", true)
        .option("--sqn-xor-ak", "HEX", "SQN xor AK, 6 octets", true);
    ParsedArgs a;
    if (parseOrHelp(parser, args, io, a))
        return exitcode::ok;
    const SecureBytes ck = a.secretHex("--ck", 16);
    const SecureBytes ik = a.secretHex("--ik", 16);
    const std::string& snText = a.value("--snid");
    Bytes snId;
    if (snText.find('-') != std::string::npos) {
        try {
            snId = snIdFromPlmn(snText);
        } catch (const Error& e) {
            throw UsageError("--snid: " + std::string(e.what()) + ", got " + quoteValue(snText));
        }
    } else {
        snId = parseHexArg("--snid", snText, 3);
    }
    const Bytes sqnXorAk = a.hex("--sqn-xor-ak", 6);
    return printHex(io, deriveKasme(ck, ik, snId, sqnXorAk));
}

int calcKenb(const std::vector<std::string>& args, Io& io) {
    ArgParser parser("calc kenb", "KeNB = KDF(KASME, 0x11, uplink NAS COUNT) (TS 33.401 A.3).");
    parser.option("--kasme", "HEX", "KASME, 32 octets", true)
        .option("--count", "N", "uplink NAS COUNT, 0 to 4294967295 (decimal or 0x hex)", true);
    ParsedArgs a;
    if (parseOrHelp(parser, args, io, a))
        return exitcode::ok;
    const SecureBytes kasme = a.secretHex("--kasme", 32);
    const auto count = static_cast<std::uint32_t>(a.number("--count", 0, kMaxU32));
    return printHex(io, deriveKenb(kasme, count));
}

int calcSkgnb(const std::vector<std::string>& args, Io& io) {
    ArgParser parser("calc skgnb", "S-KgNB = KDF(KeNB, 0x1C, sk-Counter) (TS 33.401 A.15 / Annex E).");
    parser.option("--kenb", "HEX", "KeNB, 32 octets", true)
        .option("--sk-counter", "N", "sk-Counter, 0 to 65535 (decimal or 0x hex)", true);
    ParsedArgs a;
    if (parseOrHelp(parser, args, io, a))
        return exitcode::ok;
    const SecureBytes kenb = a.secretHex("--kenb", 32);
    const auto counter = static_cast<std::uint16_t>(a.number("--sk-counter", 0, kMaxU16));
    return printHex(io, deriveSkgnb(kenb, counter));
}

int calcAlgKey(const std::vector<std::string>& args, Io& io) {
    ArgParser parser("calc alg-key", "A 128-bit algorithm key: the last 16 octets of KDF(KEY, FC, type, alg) "
                                     "(TS 33.401 A.7 with FC 0x15; TS 33.501 A.8 with FC 0x69).");
    parser.option("--key", "HEX", "KeNB (FC 0x15) or S-KgNB (FC 0x69), 32 octets", true)
        .option("--fc", "HEX", "0x15 (EPS) or 0x69 (NR)", true)
        .option("--type", "N", "type distinguisher: 1 NAS-enc, 2 NAS-int, 3 RRC-enc, 4 RRC-int, 5 UP-enc, 6 UP-int",
                true)
        .option("--alg", "N", "algorithm id, 0 to 15 (0 NEA0/EEA0, 1 NEA1, 2 NEA2, 3 NEA3)", true);
    ParsedArgs a;
    if (parseOrHelp(parser, args, io, a))
        return exitcode::ok;
    const SecureBytes key = a.secretHex("--key", 32);
    const std::string& fcText = a.value("--fc");
    const auto fc = parseHexNumberArg("--fc", fcText, 0, 0xff);
    if (fc != 0x15 && fc != 0x69)
        throw UsageError("--fc: expected 0x15 or 0x69, got " + quoteValue(fcText));
    const auto type = static_cast<KeyType>(a.number("--type", 1, 6));
    const auto alg = static_cast<std::uint8_t>(a.number("--alg", 0, 15));
    return printHex(io, deriveAlgorithmKey(key, static_cast<std::uint8_t>(fc), type, alg));
}

// nea2 and nia2 share their inputs (TS 33.401 B.1.3 / B.2.3).
struct StreamInputs {
    SecureBytes key;
    std::uint32_t count = 0;
    std::uint8_t bearer = 0;
    std::uint8_t direction = 0;
    std::size_t lengthBits = 0;
    Bytes data;
};

ArgParser streamParser(const std::string& command, const std::string& summary) {
    ArgParser parser(command, summary);
    parser.option("--key", "HEX", "128-bit key, 16 octets", true)
        .option("--count", "N", "COUNT, 0 to 4294967295 (decimal or 0x hex)", true)
        .option("--bearer", "N", "BEARER, 0 to 31", true)
        .option("--direction", "0|1", "DIRECTION: 0 uplink, 1 downlink", true)
        .option("--length", "BITS", "LENGTH in bits (need not be a multiple of 8)", true)
        .option("--data", "HEX", "the message; only its first LENGTH bits count", true);
    return parser;
}

StreamInputs streamInputs(const ParsedArgs& a, std::uint64_t minBits) {
    StreamInputs in;
    in.key = a.secretHex("--key", 16);
    in.count = static_cast<std::uint32_t>(a.number("--count", 0, kMaxU32));
    in.bearer = static_cast<std::uint8_t>(a.number("--bearer", 0, 31));
    in.direction = static_cast<std::uint8_t>(a.number("--direction", 0, 1));
    in.lengthBits = a.number("--length", minBits, kMaxU32);
    in.data = a.hex("--data");
    const std::size_t needed = (in.lengthBits + 7) / 8;
    if (in.data.size() < needed)
        throw UsageError("--data: --length " + std::to_string(in.lengthBits) + " needs at least " +
                         std::to_string(needed) + " octets, got " + std::to_string(in.data.size()));
    return in;
}

int calcNea2(const std::vector<std::string>& args, Io& io) {
    const ArgParser parser = streamParser("calc nea2", "128-NEA2 / 128-EEA2 (AES-128-CTR, TS 33.401 B.1.3): prints "
                                                       "ceil(LENGTH/8) octets, the unused tail bits zero. "
                                                       "Ciphering and deciphering are the same operation.");
    ParsedArgs a;
    if (parseOrHelp(parser, args, io, a))
        return exitcode::ok;
    const StreamInputs in = streamInputs(a, 1);
    return printHex(io, nea2(in.key, in.count, in.bearer, in.direction, in.data, in.lengthBits));
}

int calcNia2(const std::vector<std::string>& args, Io& io) {
    const ArgParser parser = streamParser("calc nia2", "128-NIA2 / 128-EIA2 (AES-128-CMAC, TS 33.401 B.2.3): "
                                                       "prints the 4-octet MAC-I.");
    ParsedArgs a;
    if (parseOrHelp(parser, args, io, a))
        return exitcode::ok;
    const StreamInputs in = streamInputs(a, 0);
    return printHex(io, nia2(in.key, in.count, in.bearer, in.direction, in.data, in.lengthBits));
}

KeyPair keyPairArg(const GroupInfo& group, const ParsedArgs& a) {
    const SecureBytes priv = a.secretHex("--priv");
    if (priv.empty())
        throw UsageError("--priv: expected hex digits, got an empty value");
    try {
        return KeyPair::fromPrivate(group, priv);
    } catch (const Error& e) {
        throw UsageError("--priv: not a private value of group " + group.id + ": " + e.what());
    }
}

int calcPub(const std::vector<std::string>& args, Io& io) {
    ArgParser parser("calc pub", "The public value of a private value, in the wire form of PROTOCOL.md §4 "
                                 "(g^x padded to the size of p; 04 || x || y for ECP; the u-coordinate for X25519).");
    parser.option("--group", "ID", "group id as listed by keyladder-cli groups (14, 19, 31, ffdhe2048, toy-48)", true)
        .option("--priv", "HEX", "private value: a big-endian integer, or the 32-octet X25519 scalar", true);
    ParsedArgs a;
    if (parseOrHelp(parser, args, io, a))
        return exitcode::ok;
    const GroupInfo& group = groupArg(a, "--group");
    const KeyPair pair = keyPairArg(group, a);
    return printHex(io, pair.publicValue());
}

int calcDh(const std::vector<std::string>& args, Io& io) {
    ArgParser parser("calc dh", "The shared secret Z of PROTOCOL.md §1 from a private value and the peer's public "
                                "value, which is validated first (PROTOCOL.md §5).");
    parser.option("--group", "ID", "group id as listed by keyladder-cli groups", true)
        .option("--priv", "HEX", "own private value", true)
        .option("--peer", "HEX", "the peer's public value, in the wire form", true)
        .note("A peer value that fails validation exits with code 3 and names the rule on stderr\n"
              "(length, encoding, range, subgroup, infinity, on-curve, all-zero-result).");
    ParsedArgs a;
    if (parseOrHelp(parser, args, io, a))
        return exitcode::ok;
    const GroupInfo& group = groupArg(a, "--group");
    const Bytes peer = a.hex("--peer");
    const KeyPair pair = keyPairArg(group, a);
    try {
        return printHex(io, pair.agree(peer));
    } catch (const ValidationError& e) {
        throw RejectedError(rejectionMessage("--peer", e));
    }
}

} // namespace

void addCalcCommands(CommandTable& table) {
    table.push_back({{"calc", "kdf"}, "the 3GPP KDF (TS 33.220 B.2.0)", &calcKdf});
    table.push_back({{"calc", "milenage"}, "Milenage f1-f5* and OPc (TS 35.206)", &calcMilenage});
    table.push_back({{"calc", "kasme"}, "KASME from CK, IK, SN id, SQN xor AK (FC 0x10)", &calcKasme});
    table.push_back({{"calc", "kenb"}, "KeNB from KASME and the uplink NAS COUNT (FC 0x11)", &calcKenb});
    table.push_back({{"calc", "skgnb"}, "S-KgNB from KeNB and sk-Counter (FC 0x1C)", &calcSkgnb});
    table.push_back({{"calc", "alg-key"}, "a 128-bit RRC/UP/NAS key (FC 0x15 or 0x69)", &calcAlgKey});
    table.push_back({{"calc", "nea2"}, "128-NEA2 ciphering (AES-CTR)", &calcNea2});
    table.push_back({{"calc", "nia2"}, "128-NIA2 MAC-I (AES-CMAC)", &calcNia2});
    table.push_back({{"calc", "pub"}, "public value of a private value in a group", &calcPub});
    table.push_back({{"calc", "dh"}, "shared secret with a validated peer public value", &calcDh});
}

} // namespace keyladder::cli
