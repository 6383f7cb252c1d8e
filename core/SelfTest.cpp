// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/SelfTest.h"

#include "core/crypto/Bytes.h"
#include "core/crypto/DiffieHellman.h"
#include "core/crypto/Groups.h"
#include "core/crypto/Kdf.h"
#include "core/crypto/Milenage.h"
#include "core/crypto/Nea.h"

#include <chrono>
#include <exception>
#include <functional>
#include <map>

namespace keyladder {

namespace {

// Inputs of the published vectors (PROTOCOL.md §7). The outputs are in selfTestVectors().
constexpr const char* kMilenageK = "465b5ce8b199b49faa5f0a2ee238a6bc";
constexpr const char* kMilenageRand = "23553cbe9637a89d218ae64dae47bf35";
constexpr const char* kMilenageSqn = "ff9bb4d0b607";
constexpr const char* kMilenageAmf = "b9b9";
constexpr const char* kMilenageOp = "cdc202d5123e20f62b6d676ac72cb318";
constexpr const char* kKenb = "fe7dee808d7f3b882a082cbdc8390d129e5d28af0e8322eb573ada36f21a5a89";
constexpr const char* kKasme = "6144c681d1bea9dae1b8cf6cd10a686341db8046a1e7a9ab4d1ea0e33c994ac0";
constexpr const char* kNeaKey = "d3c5d592327fb11c4035c6680af8c6d1";
constexpr const char* kNeaPlain = "981ba6824c1bfb1ab485472029b71d808ce33e2cc3c0b5fc1f3de8a6dc66b1f0";
constexpr const char* kNiaMessage = "484583d5afe082ae";
constexpr const char* kX25519AlicePrivate = "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a";
constexpr const char* kX25519BobPublic = "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f";

Bytes hex(const char* text)
{
    // The constants above are fixed; a parse failure would be a build defect, reported like any other.
    auto bytes = parseHex(text);
    if (!bytes)
        throw Error(std::string("self-test input is not hex: ") + text);
    return *bytes;
}

std::string hexOf(ByteView bytes) { return toHex(bytes); }

using Compute = std::function<std::string()>;

// Milenage runs once for its seven outputs.
struct MilenageOnce {
    bool done = false;
    std::string opc;
    MilenageResult result;
    const MilenageResult& get()
    {
        if (!done) {
            const SecureBytes opcBytes = computeOpc(hex(kMilenageK), hex(kMilenageOp));
            opc = hexOf(opcBytes);
            result = milenage(hex(kMilenageK), opcBytes, hex(kMilenageRand), hex(kMilenageSqn), hex(kMilenageAmf));
            done = true;
        }
        return result;
    }
};

std::map<std::string, Compute> computations(MilenageOnce& m)
{
    std::map<std::string, Compute> c;
    c["KDF S-KgNB"] = [] { return hexOf(deriveSkgnb(hex(kKenb), 0)); };
    c["KDF KeNB"] = [] { return hexOf(deriveKenb(hex(kKasme), 0)); };
    c["Milenage OPc"] = [&m] { m.get(); return m.opc; };
    c["Milenage f1"] = [&m] { return hexOf(m.get().macA); };
    c["Milenage f1*"] = [&m] { return hexOf(m.get().macS); };
    c["Milenage f2"] = [&m] { return hexOf(m.get().res); };
    c["Milenage f3"] = [&m] { return hexOf(m.get().ck); };
    c["Milenage f4"] = [&m] { return hexOf(m.get().ik); };
    c["Milenage f5"] = [&m] { return hexOf(m.get().ak); };
    c["Milenage f5*"] = [&m] { return hexOf(m.get().akStar); };
    c["128-NEA2"] = [] { return hexOf(nea2(hex(kNeaKey), 0x398a59b4, 0x15, 1, hex(kNeaPlain), 253)); };
    c["128-NIA2"] = [] { return hexOf(nia2(hex(kNeaKey), 0x398a59b4, 0x1a, 1, hex(kNiaMessage), 64)); };
    c["X25519"] = [] {
        const GroupInfo* group = findGroup("31");
        if (!group)
            throw Error("group 31 is not in the catalog");
        const KeyPair alice = KeyPair::fromPrivate(*group, hex(kX25519AlicePrivate));
        return hexOf(alice.agree(hex(kX25519BobPublic)));
    };
    return c;
}

} // namespace

std::vector<KnownAnswer> selfTestVectors()
{
    return {
        {"KDF S-KgNB", "TS 33.401 FC 0x1C, PROTOCOL.md §7",
         "45cbc3f8a81193fd5c5229300d59edf812e998a115ec4e0ce903ba89367e2628"},
        {"KDF KeNB", "TS 33.401 FC 0x11, PROTOCOL.md §7",
         "c4c7bc798ab94e3d354cd6608e79aa92f5569df46519507850051e36f018ca5f"},
        {"Milenage OPc", "TS 35.208 test set 1", "cd63cb71954a9f4e48a5994e37a02baf"},
        {"Milenage f1", "TS 35.208 test set 1", "4a9ffac354dfafb3"},
        {"Milenage f1*", "TS 35.208 test set 1", "01cfaf9ec4e871e9"},
        {"Milenage f2", "TS 35.208 test set 1", "a54211d5e3ba50bf"},
        {"Milenage f3", "TS 35.208 test set 1", "b40ba9a3c58b2a05bbf0d987b21bf8cb"},
        {"Milenage f4", "TS 35.208 test set 1", "f769bcd751044604127672711c6d3441"},
        {"Milenage f5", "TS 35.208 test set 1", "aa689c648370"},
        {"Milenage f5*", "TS 35.208 test set 1", "451e8beca43b"},
        {"128-NEA2", "TS 33.401 Annex C.1 set 1",
         "e9fed8a63d155304d71df20bf3e82214b20ed7dad2f233dc3c22d7bdeeed8e78"},
        {"128-NIA2", "TS 33.401 Annex C.2 set 2", "b93787e6"},
        {"X25519", "RFC 7748 §6.1", "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"},
    };
}

SelfTestResult runSelfTest() { return runSelfTest(selfTestVectors()); }

SelfTestResult runSelfTest(const std::vector<KnownAnswer>& expected)
{
    const auto start = std::chrono::steady_clock::now();
    SelfTestResult result;
    MilenageOnce milenageOnce;
    const auto table = computations(milenageOnce);
    for (const KnownAnswer& answer : expected) {
        ++result.checks;
        std::string line;
        const auto it = table.find(answer.name);
        if (it == table.end()) {
            line = answer.name + ": no such known-answer test";
        } else {
            try {
                const std::string got = it->second();
                if (got != answer.expected)
                    line = answer.name + " (" + answer.source + "): expected " + answer.expected + ", got " + got;
            } catch (const std::exception& e) {
                line = answer.name + " (" + answer.source + "): " + e.what();
            }
        }
        if (!line.empty()) {
            if (!result.failure.empty())
                result.failure += '\n';
            result.failure += line;
        }
    }
    if (result.checks == 0)
        result.failure = "no known-answer tests were run";
    result.passed = result.failure.empty();
    result.milliseconds =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace keyladder
