// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/crypto/Groups.h"

#include "core/crypto/detail/BotanGroups.h"

#include <botan/bigint.h>
#include <botan/exceptn.h>

#include <map>
#include <memory>
#include <mutex>

namespace keyladder {

namespace {

// Parameters Botan 2.19 does not ship, as published (hex, big-endian).
struct PublishedFfc {
    const char* p;
    const char* g;
    const char* q; // nullptr: safe prime, q = (p-1)/2
};

// RFC 2409 §6.1, First Oakley Default Group: p = 2^768 - 2^704 - 1 + 2^64 * ([2^638 pi] + 149686), g = 2.
constexpr PublishedFfc kModp768{
    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD"
    "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A63A3620FFFFFFFFFFFFFFFF",
    "02", nullptr};

// RFC 5114 §2.1: 1024-bit MODP group with a 160-bit prime-order subgroup.
constexpr PublishedFfc kRfc5114_1024_160{
    "B10B8F96A080E01DDE92DE5EAE5D54EC52C99FBCFB06A3C69A6A9DCA52D23B616073E28675A23D189838EF1E2EE652C0"
    "13ECB4AEA906112324975C3CD49B83BFACCBDD7D90C4BD7098488E9C219A73724EFFD6FAE5644738FAA31A4FF55BCCC0"
    "A151AF5F0DC8B4BD45BF37DF365C1A65E68CFDA76D4DA708DF1FB2BC2E4A4371",
    "A4D1CBD5C3FD34126765A442EFB99905F8104DD258AC507FD6406CFF14266D31266FEA1E5C41564B777E690F5504F213"
    "160217B4B01B886A5E91547F9E2749F4D7FBD7D3B9A92EE1909D0D2263F80A76A6A24C087A091F531DBF0A0169B6A28A"
    "D662A4D18E73AFA32D779D5918D08BC8858F4DCEF97C2A24855E6EEB22B3B2E5",
    "F518AA8781A8DF278ABA4E7D64B7CB9D49462353"};

// RFC 5114 §2.2: 2048-bit MODP group with a 224-bit prime-order subgroup.
constexpr PublishedFfc kRfc5114_2048_224{
    "AD107E1E9123A9D0D660FAA79559C51FA20D64E5683B9FD1B54B1597B61D0A75E6FA141DF95A56DBAF9A3C407BA1DF15"
    "EB3D688A309C180E1DE6B85A1274A0A66D3F8152AD6AC2129037C9EDEFDA4DF8D91E8FEF55B7394B7AD5B7D0B6C12207"
    "C9F98D11ED34DBF6C6BA0B2C8BBC27BE6A00E0A0B9C49708B3BF8A317091883681286130BC8985DB1602E714415D9330"
    "278273C7DE31EFDC7310F7121FD5A07415987D9ADC0A486DCDF93ACC44328387315D75E198C641A480CD86A1B9E587E8"
    "BE60E69CC928B2B9C52172E413042E9B23F10B0E16E79763C9B53DCF4BA80A29E3FB73C16B8E75B97EF363E2FFA31F71"
    "CF9DE5384E71B81C0AC4DFFE0C10E64F",
    "AC4032EF4F2D9AE39DF30B5C8FFDAC506CDEBE7B89998CAF74866A08CFE4FFE3A6824A4E10B9A6F0DD921F01A70C4AFA"
    "AB739D7700C29F52C57DB17C620A8652BE5E9001A8D66AD7C17669101999024AF4D027275AC1348BB8A762D0521BC98A"
    "E247150422EA1ED409939D54DA7460CDB5F6C6B250717CBEF180EB34118E98D119529A45D6F834566E3025E316A330EF"
    "BB77A86F0C1AB15B051AE3D428C8F8ACB70A8137150B8EEB10E183EDD19963DDD9E263E4770589EF6AA21E7F5F2FF381"
    "B539CCE3409D13CD566AFBB48D6C019181E1BCFE94B30269EDFE72FE9B6AA4BD7B5A0F1C71CFFF4C19C418E1F6EC0179"
    "81BC087F2A7065B384B890D3191F2BFA",
    "801C0D34C58D93FE997177101F80535A4738CEBCBF389A99B36371EB"};

// RFC 5114 §2.3: 2048-bit MODP group with a 256-bit prime-order subgroup.
constexpr PublishedFfc kRfc5114_2048_256{
    "87A8E61DB4B6663CFFBBD19C651959998CEEF608660DD0F25D2CEED4435E3B00E00DF8F1D61957D4FAF7DF4561B2AA30"
    "16C3D91134096FAA3BF4296D830E9A7C209E0C6497517ABD5A8A9D306BCF67ED91F9E6725B4758C022E0B1EF4275BF7B"
    "6C5BFC11D45F9088B941F54EB1E59BB8BC39A0BF12307F5C4FDB70C581B23F76B63ACAE1CAA6B7902D52526735488A0E"
    "F13C6D9A51BFA4AB3AD8347796524D8EF6A167B5A41825D967E144E5140564251CCACB83E6B486F6B3CA3F7971506026"
    "C0B857F689962856DED4010ABD0BE621C3A3960A54E710C375F26375D7014103A4B54330C198AF126116D2276E11715F"
    "693877FAD7EF09CADB094AE91E1A1597",
    "3FB32C9B73134D0B2E77506660EDBD484CA7B18F21EF205407F4793A1A0BA12510DBC15077BE463FFF4FED4AAC0BB555"
    "BE3A6C1B0C6B47B1BC3773BF7E8C6F62901228F8C28CBB18A55AE31341000A650196F931C77A57F2DDF463E5E9EC144B"
    "777DE62AAAB8A8628AC376D282D6ED3864E67982428EBC831D14348F6F2F9193B5045AF2767164E1DFC967C1FB3F2E55"
    "A4BD1BFFE83B9C80D052B985D182EA0ADB2A3B7313D3FE14C8484B1E052588B9B7D2BBD2DF016199ECD06E1557CD0915"
    "B3353BBB64E0EC377FD028370DF92B52C7891428CDC67EB6184B523D1DB246C32F63078490F00EF8D647D148D4795451"
    "5E2327CFEF98C582664B4C0F6CC41659",
    "8CF83642A709A097B447997640129DA299B1A47D1EB3750BA308B0FE64F5FBD3"};

// Toy groups: the largest safe prime p = 2q+1 below 2^N, and g = 4 = 2^2, a non-trivial square, hence a
// generator of the order-q subgroup of squares. Computed offline once; tests check primality and order.
constexpr PublishedFfc kToy24{"FFFEC3", "04", "7FFF61"};
constexpr PublishedFfc kToy32{"FFFFFF2F", "04", "7FFFFF97"};
constexpr PublishedFfc kToy40{"FFFFFFFE4B", "04", "7FFFFFFF25"};
constexpr PublishedFfc kToy48{"FFFFFFFFEB4F", "04", "7FFFFFFFF5A7"};
constexpr PublishedFfc kToy56{"FFFFFFFFFFF737", "04", "7FFFFFFFFFFB9B"};
constexpr PublishedFfc kToy64{"FFFFFFFFFFFFFA43", "04", "7FFFFFFFFFFFFD21"};

struct Source {
    const char* botanName = nullptr;         // DL_Group / EC_Group name, if Botan has the group built in
    const PublishedFfc* published = nullptr; // otherwise the published parameters
};

struct Entry {
    GroupInfo info;
    Source source;
};

GroupInfo info(std::string id, int ikeId, std::string name, GroupKind kind, int fieldBits, int securityBits,
               std::string reference, bool illustrative = false) {
    GroupInfo g;
    g.id = std::move(id);
    g.ikeId = ikeId;
    g.name = std::move(name);
    g.kind = kind;
    g.fieldBits = fieldBits;
    g.securityBits = securityBits;
    const std::size_t fieldOctets = static_cast<std::size_t>((fieldBits + 7) / 8);
    switch (kind) {
    case GroupKind::Ecp:
        g.publicSize = 1 + 2 * fieldOctets;
        break; // 04 || x || y
    default:
        g.publicSize = fieldOctets;
        break;
    }
    g.illustrative = illustrative;
    g.reference = std::move(reference);
    return g;
}

// Security estimates: SP 800-57 Part 1 Table 2 where it lists the size (1024, 2048, 3072-bit FFC and the
// curves), otherwise the GNFS estimate of FIPS 140 IG 7.5 rounded; a subgroup of q bits caps it at q/2.
// Toy groups: Pollard rho on q, i.e. about (bits of q)/2.
const std::vector<Entry>& entries() {
    static const std::vector<Entry> list = [] {
        using K = GroupKind;
        std::vector<Entry> e;
        e.push_back({info("1", 1, "768-bit MODP", K::Modp, 768, 70, "RFC 2409 §6.1"), {nullptr, &kModp768}});
        e.push_back({info("2", 2, "1024-bit MODP", K::Modp, 1024, 80, "RFC 2409 §6.2"), {"modp/ietf/1024"}});
        e.push_back({info("5", 5, "1536-bit MODP", K::Modp, 1536, 97, "RFC 3526 §2"), {"modp/ietf/1536"}});
        e.push_back({info("14", 14, "2048-bit MODP", K::Modp, 2048, 112, "RFC 3526 §3"), {"modp/ietf/2048"}});
        e.push_back({info("15", 15, "3072-bit MODP", K::Modp, 3072, 128, "RFC 3526 §4"), {"modp/ietf/3072"}});
        e.push_back({info("16", 16, "4096-bit MODP", K::Modp, 4096, 150, "RFC 3526 §5"), {"modp/ietf/4096"}});
        e.push_back({info("17", 17, "6144-bit MODP", K::Modp, 6144, 178, "RFC 3526 §6"), {"modp/ietf/6144"}});
        e.push_back({info("18", 18, "8192-bit MODP", K::Modp, 8192, 202, "RFC 3526 §7"), {"modp/ietf/8192"}});
        e.push_back({info("19", 19, "NIST P-256", K::Ecp, 256, 128, "RFC 5903 §3.1"), {"secp256r1"}});
        e.push_back({info("20", 20, "NIST P-384", K::Ecp, 384, 192, "RFC 5903 §3.2"), {"secp384r1"}});
        e.push_back({info("21", 21, "NIST P-521", K::Ecp, 521, 256, "RFC 5903 §3.3"), {"secp521r1"}});
        e.push_back(
            {info("22", 22, "1024-bit MODP with 160-bit prime-order subgroup", K::Modp, 1024, 80, "RFC 5114 §2.1"),
             {nullptr, &kRfc5114_1024_160}});
        e.push_back(
            {info("23", 23, "2048-bit MODP with 224-bit prime-order subgroup", K::Modp, 2048, 112, "RFC 5114 §2.2"),
             {nullptr, &kRfc5114_2048_224}});
        e.push_back(
            {info("24", 24, "2048-bit MODP with 256-bit prime-order subgroup", K::Modp, 2048, 112, "RFC 5114 §2.3"),
             {nullptr, &kRfc5114_2048_256}});
        e.push_back({info("26", 26, "NIST P-224", K::Ecp, 224, 112, "RFC 5114 §2.4"), {"secp224r1"}});
        e.push_back({info("28", 28, "brainpoolP256r1", K::Ecp, 256, 128, "RFC 6954 §2"), {"brainpool256r1"}});
        e.push_back({info("29", 29, "brainpoolP384r1", K::Ecp, 384, 192, "RFC 6954 §2"), {"brainpool384r1"}});
        e.push_back({info("30", 30, "brainpoolP512r1", K::Ecp, 512, 256, "RFC 6954 §2"), {"brainpool512r1"}});
        e.push_back({info("31", 31, "Curve25519", K::X25519, 255, 128, "RFC 8031, RFC 7748"), {}});
        {
            GroupInfo x448 = info("32", 32, "Curve448", K::X448, 448, 224, "RFC 8031, RFC 7748");
            x448.publicSize = 56;
            x448.available = false;
            x448.unavailableReason = "Botan 2.19 has no X448 (Curve448) implementation";
            e.push_back({std::move(x448), {}});
        }
        struct Ffdhe {
            int bits;
            int strength;
            const char* botanName;
        };
        const Ffdhe ffdhe[] = {{2048, 112, "ffdhe/ietf/2048"},
                               {3072, 128, "ffdhe/ietf/3072"},
                               {4096, 150, "ffdhe/ietf/4096"},
                               {6144, 178, "ffdhe/ietf/6144"},
                               {8192, 202, "ffdhe/ietf/8192"}};
        for (const Ffdhe& f : ffdhe) {
            const std::string n = std::to_string(f.bits);
            e.push_back({info("ffdhe" + n, 0, "ffdhe" + n, K::Ffdhe, f.bits, f.strength,
                              "RFC 7919 Appendix A (no IKEv2 id; private id)", true),
                         {f.botanName}});
        }
        const std::pair<int, const PublishedFfc*> toys[] = {{24, &kToy24}, {32, &kToy32}, {40, &kToy40},
                                                            {48, &kToy48}, {56, &kToy56}, {64, &kToy64}};
        for (const auto& [bits, params] : toys) {
            const std::string n = std::to_string(bits);
            e.push_back({info("toy-" + n, 0, "toy-" + n + " (insecure)", K::Toy, bits, (bits - 1) / 2,
                              "illustrative: largest safe prime below 2^" + n + ", g = 4", true),
                         {nullptr, params}});
        }
        return e;
    }();
    return list;
}

const Entry& entryFor(const GroupInfo& group) {
    for (const Entry& e : entries())
        if (e.info.id == group.id)
            return e;
    throw Error("unknown group '" + group.id + "'");
}

Bytes encode(const Botan::BigInt& n) {
    Bytes out(n.bytes());
    n.binary_encode(out.data());
    return out;
}

} // namespace

std::string kindName(GroupKind kind) {
    switch (kind) {
    case GroupKind::Modp:
        return "MODP";
    case GroupKind::Ffdhe:
        return "FFDHE";
    case GroupKind::Ecp:
        return "ECP";
    case GroupKind::X25519:
        return "X25519";
    case GroupKind::X448:
        return "X448";
    case GroupKind::Toy:
        return "toy";
    }
    return "unknown";
}

const std::vector<GroupInfo>& allGroups() {
    static const std::vector<GroupInfo> groups = [] {
        std::vector<GroupInfo> out;
        for (const Entry& e : entries())
            out.push_back(e.info);
        return out;
    }();
    return groups;
}

const GroupInfo* findGroup(std::string_view id) {
    for (const GroupInfo& g : allGroups())
        if (g.id == id)
            return &g;
    return nullptr;
}

std::optional<FfcParameters> ffcParameters(const GroupInfo& group) {
    if (group.kind != GroupKind::Modp && group.kind != GroupKind::Ffdhe && group.kind != GroupKind::Toy)
        return std::nullopt;
    const Botan::DL_Group& dl = detail::dlGroup(group);
    return FfcParameters{encode(dl.get_p()), encode(dl.get_g()), encode(dl.get_q())};
}

namespace detail {

const Botan::DL_Group& dlGroup(const GroupInfo& group) {
    if (group.kind != GroupKind::Modp && group.kind != GroupKind::Ffdhe && group.kind != GroupKind::Toy)
        throw Error("group " + group.id + " is not a finite-field group");
    // Never destroyed: Botan's secure allocator may be torn down before a static cache at exit.
    static std::mutex mutex;
    static auto* cache = new std::map<std::string, std::unique_ptr<const Botan::DL_Group>>;
    const std::lock_guard lock(mutex);
    auto& slot = (*cache)[group.id];
    if (!slot) {
        const Entry& e = entryFor(group);
        try {
            if (e.source.botanName) {
                slot = std::make_unique<const Botan::DL_Group>(e.source.botanName);
            } else {
                const Botan::BigInt p("0x" + std::string(e.source.published->p));
                const Botan::BigInt g("0x" + std::string(e.source.published->g));
                const Botan::BigInt q =
                    e.source.published->q ? Botan::BigInt("0x" + std::string(e.source.published->q)) : (p - 1) >> 1;
                slot = std::make_unique<const Botan::DL_Group>(p, q, g);
            }
        } catch (const Botan::Exception& ex) {
            cache->erase(group.id);
            throw Error("group " + group.id + ": cannot build its parameters: " + ex.what());
        }
    }
    return *slot;
}

const Botan::EC_Group& ecGroup(const GroupInfo& group) {
    if (group.kind != GroupKind::Ecp)
        throw Error("group " + group.id + " is not an elliptic-curve group");
    static std::mutex mutex;
    static auto* cache = new std::map<std::string, std::unique_ptr<const Botan::EC_Group>>;
    const std::lock_guard lock(mutex);
    auto& slot = (*cache)[group.id];
    if (!slot) {
        try {
            slot = std::make_unique<const Botan::EC_Group>(entryFor(group).source.botanName);
        } catch (const Botan::Exception& ex) {
            cache->erase(group.id);
            throw Error("group " + group.id + ": cannot build its curve: " + ex.what());
        }
    }
    return *slot;
}

} // namespace detail

} // namespace keyladder
