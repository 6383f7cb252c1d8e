// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/attack/Attacker.h"

#include "core/attack/CostEstimate.h"
#include "core/attack/DlogSolver.h"
#include "core/attack/KnowledgeBase.h"
#include "core/crypto/DiffieHellman.h"
#include "core/crypto/Groups.h"
#include "core/crypto/Kdf.h"
#include "core/crypto/Milenage.h"
#include "core/crypto/Nea.h"
#include "core/protocol/KnowledgeNames.h"
#include "core/protocol/MessageCodec.h"
#include "core/protocol/Translation.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <mutex>
#include <set>
#include <sstream>

namespace keyladder {

namespace {

using std::string;
using std::string_view;

// Names of values that exist only for the attacker (its own key pairs and the gNB-side keys of a man in
// the middle). The UE-side values keep the shared names of KnowledgeNames.h so that they meet the UE's.
constexpr string_view kOwnPrivateToUe = "attacker D-H private (towards UE)";
constexpr string_view kOwnPrivateToGnb = "attacker D-H private (towards gNB)";
constexpr string_view kOwnPublicToUe = "attacker KEi' (sent to UE)";
constexpr string_view kOwnPublicToGnb = "attacker KEr' (sent to gNB)";
constexpr string_view kDhKeyGnb = "DHKey (gNB side)";
constexpr string_view kSgnbKeyGnb = "SgNBKey (gNB side)";
constexpr string_view kKupencGnb = "KUPenc (gNB side)";

std::uint64_t toUint(ByteView bytes) {
    std::uint64_t v = 0;
    for (std::uint8_t b : bytes)
        v = (v << 8) | b;
    return v;
}

std::size_t octetsFor(std::uint64_t v) {
    std::size_t n = 1;
    while (v >>= 8)
        ++n;
    return n;
}

/** A group named by an IE value: its octets are the canonical id ("31", "toy-40"). */
const GroupInfo* groupOfValue(const Value& value) {
    if (value.hasBytes() && !value.bytes().empty()) {
        ByteView b = value.bytes();
        if (const GroupInfo* g = findGroup(string(b.begin(), b.end())))
            return g;
    }
    string t = value.text();
    if (const GroupInfo* g = findGroup(t.substr(0, t.find(' '))))
        return g;
    return nullptr;
}

/** The UE D-H groups IE: each id as one length octet and its characters. */
std::vector<const GroupInfo*> groupListOfValue(const Value& value) {
    std::vector<const GroupInfo*> out;
    ByteView v = value.bytes();
    std::size_t pos = 0;
    while (pos < v.size()) {
        std::size_t len = v[pos++];
        if (len == 0 || pos + len > v.size())
            break;
        if (const GroupInfo* g = findGroup(string(v.begin() + static_cast<std::ptrdiff_t>(pos),
                                                  v.begin() + static_cast<std::ptrdiff_t>(pos + len))))
            out.push_back(g);
        pos += len;
    }
    return out;
}

bool printable(const string& text) {
    if (text.empty())
        return false;
    return std::all_of(text.begin(), text.end(), [](char c) {
        auto u = static_cast<unsigned char>(c);
        return u >= 0x20 || c == '\n' || c == '\t' || c == '\r';
    });
}

string fmtSeconds(double s) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f s", s);
    return buf;
}

/** Wire forms, through the protocol's MessageCodec: the attacker reads and builds exactly what receivers decode. */
namespace wire {

/** The knowledge name a reader of IE @p name learns ("" if none). */
string canonicalIeName(const string& name, int /*ieId*/) {
    const MessageCodec::IeSpec* spec = MessageCodec::specByName(name);
    return spec ? string(spec->knowledgeName) : string();
}

/** The IE name that carries knowledge item @p knowledgeName. */
string ieNameFor(string_view knowledgeName) {
    for (const MessageCodec::IeSpec& spec : MessageCodec::catalogue())
        if (spec.knowledgeName == knowledgeName)
            return string(spec.name);
    throw Error("no IE carries " + string(knowledgeName));
}

MessageCodec::PdcpKind pdcpKind(const Capture& c) {
    return c.interface == Interface::NrUu ? MessageCodec::PdcpKind::Drb : MessageCodec::PdcpKind::Srb;
}

bool macMatches(const Capture& c, ByteView integrityKey) {
    if (!c.pdcp)
        return false;
    try {
        return MessageCodec::unprotectPdcp(pdcpKind(c), *c.pdcp, {}, integrityKey, c.wire).integrityOk;
    } catch (const Error&) {
        return false;
    }
}

struct Opened {
    std::vector<InformationElement> ies;
    bool macOk = false;
};

std::optional<Opened> openSrb1(const Capture& c, ByteView encKey, ByteView intKey, std::uint8_t encAlg) {
    if (!c.pdcp)
        return std::nullopt;
    try {
        MessageCodec::PdcpResult r =
            MessageCodec::unprotectPdcp(pdcpKind(c), *c.pdcp, encAlg == 0 ? ByteView{} : encKey, intKey, c.wire);
        Opened o;
        o.macOk = r.integrityOk;
        if (o.macOk)
            o.ies = MessageCodec::decode(r.payload);
        return o;
    } catch (const Error&) {
        return Opened{};
    }
}

Bytes openUserPlane(const Capture& c, ByteView key, std::uint8_t alg) {
    return MessageCodec::unprotectPdcp(pdcpKind(c), *c.pdcp, alg == 0 ? ByteView{} : key, {}, c.wire).payload;
}

Message substituteFor(const Capture& c) {
    Message m;
    m.name = c.messageName;
    m.from = Actor::Attacker;
    m.to = c.to;
    m.interface = c.interface;
    m.channel = c.channel;
    m.sentByAttacker = true;
    m.substitute = true;
    return m;
}

std::optional<Message> sealSrb1(const Capture& c, const std::vector<InformationElement>& ies, ByteView encKey,
                                ByteView intKey, std::uint8_t encAlg) {
    if (!c.pdcp)
        return std::nullopt;
    Message m = substituteFor(c);
    m.protection = Protection::CipheredIntegrity;
    m.ies = ies;
    PdcpParameters params = *c.pdcp;
    m.wire = MessageCodec::protectPdcp(pdcpKind(c), params, encAlg == 0 ? ByteView{} : encKey, intKey,
                                       MessageCodec::encode(ies));
    m.wireFormat = "PDCP: header || NEA2(TLV || MAC-I) (TLV illustrative)";
    m.pdcp = params;
    return m;
}

std::optional<Message> sealX2(const Capture& c, const std::vector<InformationElement>& ies) {
    Message m = substituteFor(c);
    m.protection = Protection::Clear;
    m.ies = ies;
    m.wire = MessageCodec::encode(ies);
    m.wireFormat = "TLV in clear (illustrative)";
    return m;
}

std::optional<Message> sealUserPlane(const Capture& c, ByteView plain, ByteView key, std::uint8_t alg) {
    if (!c.pdcp)
        return std::nullopt;
    Message m = substituteFor(c);
    m.protection = Protection::Ciphered;
    m.ies.push_back({string(kn::UserData), Value::ofSecret(plain, string(plain.begin(), plain.end())), 0, false, {}});
    PdcpParameters params = *c.pdcp;
    m.wire = MessageCodec::protectPdcp(pdcpKind(c), params, alg == 0 ? ByteView{} : key, {}, plain);
    m.wireFormat = "PDCP: header || NEA2(user data)";
    m.pdcp = params;
    return m;
}

std::vector<InformationElement> forgedReconfigurationIes(const GroupInfo* group, ByteView kei, std::uint16_t sk) {
    std::vector<InformationElement> ies;
    ies.push_back(MessageCodec::uintIe(ieNameFor(kn::SkCounter), sk, 2));
    if (group) {
        ies.push_back(MessageCodec::groupIe(ieNameFor(kn::SelectedGroup), group->id));
        ies.push_back(MessageCodec::octetsIe(ieNameFor(kn::KEi), kei));
    }
    return ies;
}

} // namespace wire

/** The dlog cost of a real group, as the verdict states it instead of trying. */
string costEstimateText(const GroupInfo& group) {
    DlogGroupSize size;
    size.fieldBits = group.fieldBits;
    switch (group.kind) {
    case GroupKind::Modp:
    case GroupKind::Ffdhe:
    case GroupKind::Toy:
        size.family = DlogFamily::FiniteField;
        size.subgroupBits = group.fieldBits - 1; // safe primes: q = (p-1)/2
        break;
    case GroupKind::X25519:
        size.family = DlogFamily::EllipticCurve;
        size.subgroupBits = 252;
        break;
    case GroupKind::X448:
        size.family = DlogFamily::EllipticCurve;
        size.subgroupBits = 446;
        break;
    case GroupKind::Ecp:
        size.family = DlogFamily::EllipticCurve;
        size.subgroupBits = group.fieldBits;
        break;
    }
    DlogCost cost = estimateDlogCost(size);
    string text = fillArgs(coreTr("keyladder::Attacker", "%1: %2; not attempted"), {group.name, cost.summary});
    const DlogRecord* best = nullptr;
    for (const DlogRecord& r : dlogRecords())
        if (r.family == size.family && (!best || r.bits > best->bits))
            best = &r;
    if (best)
        text += fillArgs(coreTr("keyladder::Attacker", " (largest published record: %1, %2, %3)"),
                         {best->problem, std::to_string(best->year), best->effort});
    return text;
}

} // namespace

struct Attacker::Impl {
    Scenario scenario;
    AttackerOptions options;

    std::vector<Capture> captures;      // everything seen, in order
    std::set<std::size_t> readCaptures; // SRB1/NR captures already deciphered
    std::map<string, string> missing;   // target -> why it could not be obtained (sticky notes)
    std::set<string> attempted;         // one-shot rules already tried ("dlog KEi", ...)
    std::optional<KeyPair> toUe;        // man in the middle: the pair whose public value the UE receives
    std::optional<KeyPair> toGnb;       // ... and the one the gNB receives
    bool substituted = false;           // the D-H exchange was changed in transit
    string activeNote;                  // what the active attack did (for the verdict)
    bool forgedWithoutKeys = false;     // uu-mitm without KRRCint: a forgery the UE must refuse
    bool downgraded = false;
    bool sessionOver = false;
    bool dhAbsent = false; // the exchange went on without D-H (fallback to the baseline)
    std::mutex progressMutex;

    Impl(const Scenario& s, AttackerOptions o) : scenario(s), options(o) {}

    const AttackerConfig& cfg() const { return scenario.attacker; }
    /** D-H is configured and was not dropped (a fallback to the baseline shows as a reconfiguration without KEi). */
    bool dhMode() const { return scenario.procedure.mode == ProcedureMode::Dh && !dhAbsent; }
    bool onLink(Link l) const {
        if (cfg().hasTap(l))
            return true;
        return (l == Link::Uu && cfg().active == ActiveAttack::UuMitm) ||
               (l == Link::X2 && (cfg().active == ActiveAttack::X2Mitm || cfg().active == ActiveAttack::X2Downgrade));
    }

    // ---- knowledge helpers -------------------------------------------------------------------------

    static const KnowledgeItem* known(AttackerContext& ctx, string_view name) { return ctx.known(name); }
    static bool has(AttackerContext& ctx, string_view name) { return ctx.known(name) != nullptr; }
    static ByteView bytesOf(AttackerContext& ctx, string_view name) { return ctx.known(name)->value.bytes(); }

    /** Adds a derived item and the computation that produced it to the current step. */
    void derive(AttackerContext& ctx, string_view name, ByteView value, Secrecy secrecy, string function,
                string specRef, std::vector<string> inputs, string note = {}, string text = {},
                bool illustrative = false) {
        KnowledgeItem item;
        item.name = string(name);
        item.value = secrecy == Secrecy::Public ? Value::ofBytes(value, text) : Value::ofSecret(value, text, secrecy);
        item.provenance = Provenance::Derived;
        item.rule = function;
        item.inputs = inputs;
        item.note = note;
        Computation c;
        c.actor = Actor::Attacker;
        c.function = std::move(function);
        c.specRef = std::move(specRef);
        c.illustrative = illustrative;
        for (const string& in : inputs)
            if (const KnowledgeItem* k = ctx.known(in))
                c.inputs.push_back({in, k->value});
        c.outputs.push_back({item.name, item.value});
        ctx.learn(std::move(item));
        if (batch) {
            // One computation box for several outputs of the same operation (one deciphered message, ...).
            for (NamedValue& in : c.inputs)
                if (std::none_of(batch->inputs.begin(), batch->inputs.end(),
                                 [&](const NamedValue& b) { return b.name == in.name; }))
                    batch->inputs.push_back(std::move(in));
            for (NamedValue& out : c.outputs)
                batch->outputs.push_back(std::move(out));
            batch->illustrative |= c.illustrative;
            return;
        }
        ctx.addEvent(std::move(c));
    }

    std::optional<Computation> batch;
    void beginBatch(string function, string specRef) {
        batch.emplace();
        batch->actor = Actor::Attacker;
        batch->function = std::move(function);
        batch->specRef = std::move(specRef);
    }
    void endBatch(AttackerContext& ctx) {
        if (batch && !batch->outputs.empty())
            ctx.addEvent(std::move(*batch));
        batch.reset();
    }

    void guess(AttackerContext& ctx, string_view name, ByteView value, string text, string rule, string note) {
        KnowledgeItem item;
        item.name = string(name);
        item.value = Value::ofBytes(value, std::move(text));
        item.provenance = Provenance::Guessed;
        item.rule = std::move(rule);
        item.note = std::move(note);
        ctx.learn(std::move(item));
    }

    void note(AttackerContext& ctx, string function, string detail, std::vector<string> inputs = {}) {
        Computation c;
        c.actor = Attacker::Impl::attackerActor();
        c.function = std::move(function);
        for (const string& in : inputs)
            if (const KnowledgeItem* k = ctx.known(in))
                c.inputs.push_back({in, k->value});
        c.outputs.push_back({"result", Value::ofText(std::move(detail))});
        ctx.addEvent(std::move(c));
    }
    static Actor attackerActor() { return Actor::Attacker; }

    const GroupInfo* sessionGroup(AttackerContext& ctx) const {
        if (const KnowledgeItem* g = ctx.known(kn::SelectedGroup))
            return groupOfValue(g->value);
        return nullptr;
    }

    std::uint8_t encId(AttackerContext& ctx) const {
        if (const KnowledgeItem* a = ctx.known(kn::AsAlgorithms); a && a->value.bytes().size() >= 2)
            return a->value.bytes()[0];
        return algorithmId(scenario.procedure.ciphering);
    }
    std::uint8_t intId(AttackerContext& ctx) const {
        if (const KnowledgeItem* a = ctx.known(kn::AsAlgorithms); a && a->value.bytes().size() >= 2)
            return a->value.bytes()[1];
        return algorithmId(scenario.procedure.integrity);
    }

    // ---- observations the engine may not have turned into items ------------------------------------

    /** Clear IEs the attacker can read (AKA, SMC algorithms, unprotected X2), under the shared names. */
    void learnClear(AttackerContext& ctx, const string& messageName, const std::vector<InformationElement>& ies) {
        for (const InformationElement& ie : ies) {
            string name = wire::canonicalIeName(ie.name, ie.ieId);
            if (name.empty() || has(ctx, name))
                continue;
            if (!ie.value.hasBytes() && ie.value.text().empty())
                continue;
            KnowledgeItem item;
            item.name = name;
            item.value = ie.value;
            item.provenance = Provenance::Observed;
            item.rule = messageName;
            ctx.learn(std::move(item));
        }
    }

    // ---- the rules of PROTOCOL.md §6 -----------------------------------------------------------------

    bool ruleSnId(AttackerContext& ctx) {
        if (has(ctx, kn::SnId))
            return false;
        KnowledgeItem item;
        item.name = string(kn::SnId);
        item.value = Value::ofBytes(snIdFromPlmn(scenario.subscriber.plmn), scenario.subscriber.plmn);
        item.provenance = Provenance::Observed;
        item.rule = coreTr("keyladder::Attacker", "system information (PLMN identity, broadcast)");
        item.note = coreTr("keyladder::Attacker", "public");
        ctx.learn(std::move(item));
        return true;
    }

    bool ruleSplitAutn(AttackerContext& ctx) {
        if (!has(ctx, kn::AUTN) || (has(ctx, kn::SqnXorAk) && has(ctx, kn::AMF)))
            return false;
        ByteView autn = bytesOf(ctx, kn::AUTN);
        if (autn.size() != 16)
            return false;
        bool any = false;
        beginBatch(coreTr("keyladder::Attacker", "split AUTN = (SQN xor AK) || AMF || MAC-A"), "TS 33.102 6.3.2");
        if (!has(ctx, kn::SqnXorAk)) {
            derive(ctx, kn::SqnXorAk, autn.subspan(0, 6), Secrecy::Public,
                   coreTr("keyladder::Attacker", "AUTN octets 0-5"), "TS 33.102 6.3.2", {string(kn::AUTN)});
            any = true;
        }
        if (!has(ctx, kn::AMF)) {
            derive(ctx, kn::AMF, autn.subspan(6, 2), Secrecy::Public, coreTr("keyladder::Attacker", "AUTN octets 6-7"),
                   "TS 33.102 6.3.2", {string(kn::AUTN)});
            any = true;
        }
        endBatch(ctx);
        return any;
    }

    bool ruleMilenage(AttackerContext& ctx) {
        if (has(ctx, kn::CK) || attempted.count("milenage"))
            return false;
        for (string_view n : {kn::K, kn::OPc, kn::RAND, kn::AUTN, kn::SqnXorAk, kn::AMF})
            if (!has(ctx, n))
                return false;
        attempted.insert("milenage");
        ByteView k = bytesOf(ctx, kn::K), opc = bytesOf(ctx, kn::OPc), rand = bytesOf(ctx, kn::RAND);
        ByteView autn = bytesOf(ctx, kn::AUTN), amf = bytesOf(ctx, kn::AMF), sqnAk = bytesOf(ctx, kn::SqnXorAk);
        // f5 (AK) does not depend on SQN: compute it first, unmask SQN, then check MAC-A as the USIM does.
        Bytes zeroSqn(6, 0);
        MilenageResult first = milenage(k, opc, rand, zeroSqn, amf);
        Bytes sqn(6);
        for (std::size_t i = 0; i < 6; ++i)
            sqn[i] = sqnAk[i] ^ first.ak[i];
        MilenageResult m = milenage(k, opc, rand, sqn, amf);
        bool macOk = std::equal(m.macA.begin(), m.macA.end(), autn.begin() + 8);
        if (!macOk) {
            missing["KeNB"] = coreTr("keyladder::Attacker",
                                     "the leaked K does not match this subscriber: MAC-A of AUTN does not verify");
            note(ctx, coreTr("keyladder::Attacker", "Milenage f1 check"),
                 coreTr("keyladder::Attacker", "MAC-A mismatch: K/OPc do not belong to this AUTN"),
                 {string(kn::K), string(kn::RAND), string(kn::AUTN)});
            return true;
        }
        const std::vector<string> in{string(kn::K), string(kn::OPc), string(kn::RAND)};
        beginBatch(coreTr("keyladder::Attacker", "Milenage f1-f5 (MAC-A checked) -> AK, SQN, RES, CK, IK"),
                   "TS 35.206; TS 33.102 6.3.3");
        derive(ctx, kn::AK, m.ak, Secrecy::Secret, "Milenage f5(K, OPc, RAND)", "TS 35.206", in);
        derive(ctx, kn::SQN, sqn, Secrecy::Secret, "SQN = (SQN xor AK) xor AK", "TS 33.102 6.3.2",
               {string(kn::SqnXorAk), string(kn::AK)},
               coreTr("keyladder::Attacker", "MAC-A of AUTN verified with f1: K matches this subscriber"));
        derive(ctx, kn::RES, m.res, Secrecy::Secret, "Milenage f2(K, OPc, RAND)", "TS 35.206", in);
        derive(ctx, kn::CK, m.ck, Secrecy::Secret, "Milenage f3(K, OPc, RAND)", "TS 35.206", in);
        derive(ctx, kn::IK, m.ik, Secrecy::Secret, "Milenage f4(K, OPc, RAND)", "TS 35.206", in);
        endBatch(ctx);
        return true;
    }

    bool ruleKasme(AttackerContext& ctx) {
        if (has(ctx, kn::KASME))
            return false;
        for (string_view n : {kn::CK, kn::IK, kn::SqnXorAk, kn::SnId})
            if (!has(ctx, n))
                return false;
        SecureBytes kasme =
            deriveKasme(bytesOf(ctx, kn::CK), bytesOf(ctx, kn::IK), bytesOf(ctx, kn::SnId), bytesOf(ctx, kn::SqnXorAk));
        derive(ctx, kn::KASME, kasme, Secrecy::Secret, "KDF(CK||IK, FC 0x10, SN id, SQN xor AK)", "TS 33.401 A.2",
               {string(kn::CK), string(kn::IK), string(kn::SnId), string(kn::SqnXorAk)});
        return true;
    }

    const Capture* smcCapture() const {
        for (const Capture& c : captures)
            if (!c.opaque && c.messageName == "SecurityModeCommand" && c.pdcp && c.pdcp->integrity)
                return &c;
        return nullptr;
    }

    bool ruleKenb(AttackerContext& ctx) {
        if (has(ctx, kn::KeNB) || !has(ctx, kn::KASME))
            return false;
        ByteView kasme = bytesOf(ctx, kn::KASME);
        const Capture* smc = smcCapture();
        if (!smc && !sessionOver && onLink(Link::Uu))
            return false; // the SecurityModeCommand is still to come: it confirms the guess
        std::uint32_t count = 0;
        string how;
        if (smc) {
            // The uplink NAS COUNT is small (it counts NAS messages since the last AKA): try each value and keep
            // the one whose KRRCint reproduces the SecurityModeCommand's MAC-I.
            std::optional<std::uint32_t> found;
            for (std::uint32_t c = 0; c <= options.nasCountGuessLimit && !found; ++c) {
                SecureBytes kenb = deriveKenb(kasme, c);
                SecureBytes kint = deriveAlgorithmKey(kenb, 0x15, KeyType::RrcInt, intId(ctx));
                if (wire::macMatches(*smc, kint))
                    found = c;
            }
            if (!found) {
                missing["KeNB"] =
                    fillArgs(coreTr("keyladder::Attacker",
                                    "no uplink NAS COUNT in 0..%1 reproduces the MAC-I of the SecurityModeCommand"),
                             {std::to_string(options.nasCountGuessLimit)});
                return false;
            }
            count = *found;
            how =
                fillArgs(coreTr("keyladder::Attacker", "confirmed: KRRCint from this KeNB reproduces the MAC-I of the "
                                                       "SecurityModeCommand (NIA2), %1 value(s) tried"),
                         {std::to_string(count + 1)});
        } else {
            how = coreTr("keyladder::Attacker", "unconfirmed: no SecurityModeCommand captured to check it against");
        }
        guess(ctx, kn::NasUlCount, bigEndian(count, 4), std::to_string(count),
              coreTr("keyladder::Attacker", "small counter: NAS messages since the last AKA"), how);
        SecureBytes kenb = deriveKenb(kasme, count);
        derive(ctx, kn::KeNB, kenb, Secrecy::Secret, "KDF(KASME, FC 0x11, NAS UL COUNT)", "TS 33.401 A.3",
               {string(kn::KASME), string(kn::NasUlCount)});
        return true;
    }

    bool ruleRrcKeys(AttackerContext& ctx) {
        if (!has(ctx, kn::KeNB) || (has(ctx, kn::KRRCenc) && has(ctx, kn::KRRCint)))
            return false;
        ByteView kenb = bytesOf(ctx, kn::KeNB);
        std::vector<string> in{string(kn::KeNB)};
        if (has(ctx, kn::AsAlgorithms))
            in.push_back(string(kn::AsAlgorithms));
        beginBatch("KDF FC 0x15 -> KRRCenc, KRRCint (last 16 octets)", "TS 33.401 A.7");
        if (!has(ctx, kn::KRRCenc))
            derive(ctx, kn::KRRCenc, deriveAlgorithmKey(kenb, 0x15, KeyType::RrcEnc, encId(ctx)), Secrecy::Secret,
                   "KDF(KeNB, FC 0x15, RRC-enc 0x03, EEA id) last 16 octets", "TS 33.401 A.7", in);
        if (!has(ctx, kn::KRRCint))
            derive(ctx, kn::KRRCint, deriveAlgorithmKey(kenb, 0x15, KeyType::RrcInt, intId(ctx)), Secrecy::Secret,
                   "KDF(KeNB, FC 0x15, RRC-int 0x04, EIA id) last 16 octets", "TS 33.401 A.7", in);
        endBatch(ctx);
        return true;
    }

    /** Deciphers every captured SRB1 PDU (checking its MAC-I) and learns the IEs it carries. */
    bool ruleReadSrb1(AttackerContext& ctx) {
        if (!has(ctx, kn::KRRCenc) || !has(ctx, kn::KRRCint))
            return false;
        bool any = false;
        for (std::size_t i = 0; i < captures.size(); ++i) {
            const Capture& c = captures[i];
            if (readCaptures.count(i) || c.opaque || c.channel != "SRB1" || !c.pdcp || !c.pdcp->ciphered)
                continue;
            readCaptures.insert(i);
            std::optional<wire::Opened> opened =
                wire::openSrb1(c, bytesOf(ctx, kn::KRRCenc), bytesOf(ctx, kn::KRRCint), encId(ctx));
            string ctName = kn::ciphertextOf(c.messageName);
            std::vector<string> in{string(kn::KRRCenc), string(kn::KRRCint)};
            if (has(ctx, ctName))
                in.push_back(ctName);
            if (!opened || !opened->macOk) {
                note(ctx, fillArgs(coreTr("keyladder::Attacker", "NEA2 decipher + NIA2 check of %1"), {c.messageName}),
                     coreTr("keyladder::Attacker",
                            "MAC-I does not verify: the keys are wrong, the content is not trusted"),
                     in);
                any = true;
                continue;
            }
            noteMissingKei(ctx, c.messageName, opened->ies);
            beginBatch(fillArgs(coreTr("keyladder::Attacker", "NEA2 decipher + NIA2 check: %1"), {c.messageName}),
                       "TS 33.401 B.1.3, B.2.3");
            for (const InformationElement& ie : opened->ies) {
                string name = wire::canonicalIeName(ie.name, ie.ieId);
                if (name.empty() || has(ctx, name))
                    continue;
                // A value the attacker itself put there is not news about the honest parties.
                if ((toUe && ie.value.hasBytes() && Value::ofBytes(toUe->publicValue()).sameBytes(ie.value)) ||
                    (toGnb && ie.value.hasBytes() && Value::ofBytes(toGnb->publicValue()).sameBytes(ie.value)))
                    continue;
                Secrecy s = ie.value.secrecy();
                derive(ctx, name, ie.value.bytes(), s,
                       fillArgs(coreTr("keyladder::Attacker", "NEA2 decipher of %1 (%2 bits), NIA2 MAC-I verified"),
                                {c.messageName, std::to_string(c.pdcp->lengthBits)}),
                       "TS 33.401 B.1.3, B.2.3", in, {}, ie.value.text());
            }
            endBatch(ctx);
            any = true;
        }
        return any;
    }

    /** A reconfiguration (or its X2 acknowledgement) without KEi: the network dropped D-H, the baseline applies. */
    void noteMissingKei(AttackerContext& ctx, const string& messageName, const std::vector<InformationElement>& ies) {
        if (scenario.procedure.mode != ProcedureMode::Dh || dhAbsent)
            return;
        if (messageName != "RRCConnectionReconfiguration" && messageName != "SGNB ADDITION REQUEST ACKNOWLEDGE")
            return;
        if (std::any_of(ies.begin(), ies.end(), [](const InformationElement& ie) {
                return wire::canonicalIeName(ie.name, ie.ieId) == kn::KEi;
            }))
            return;
        dhAbsent = true;
        note(ctx, fillArgs(coreTr("keyladder::Attacker", "read %1"), {messageName}),
             coreTr("keyladder::Attacker",
                    "no KEi: the D-H exchange was dropped, the SgNB key is S-KgNB as in the baseline"));
    }

    bool ruleSkgnb(AttackerContext& ctx) {
        if (has(ctx, kn::SKgNB) || !has(ctx, kn::KeNB) || !has(ctx, kn::SkCounter))
            return false;
        auto sk = static_cast<std::uint16_t>(skCounterValue(ctx));
        derive(ctx, kn::SKgNB, deriveSkgnb(bytesOf(ctx, kn::KeNB), sk), Secrecy::Secret,
               "KDF(KeNB, FC 0x1C, sk-Counter)", "TS 33.401 A.15", {string(kn::KeNB), string(kn::SkCounter)});
        return true;
    }

    std::uint64_t skCounterValue(AttackerContext& ctx) const {
        const KnowledgeItem* k = ctx.known(kn::SkCounter);
        if (k->value.hasBytes() && !k->value.bytes().empty())
            return toUint(k->value.bytes());
        return std::stoull(k->value.text());
    }

    /** sk-Counter is a one-shot 16-bit counter, 0 on the first SgNB addition: guess it when it is needed. */
    /**
     * sk-Counter travels only in ciphered SRB1. Without KRRCenc the attacker tries small values and keeps the first
     * whose KUPenc turns the captured NR data into printable text (a stand-in for the known structure of real
     * user data); with no NR data to check, it guesses 0, the value on initial configuration.
     */
    bool ruleGuessSkCounter(AttackerContext& ctx) {
        if (has(ctx, kn::SkCounter) || !sessionOverOrNeeded(ctx))
            return false;
        const KeyUsage usage = scenario.procedure.keyUsage;
        if (!dhMode() || usage == KeyUsage::None || !has(ctx, kn::DHKey))
            return false;
        if (usage == KeyUsage::Combine && !has(ctx, kn::SKgNB))
            return false;
        const Capture* data = userDataCapture();
        if (!data && !sessionOver && onLink(Link::Uu))
            return false; // the NR data is still to come: it confirms the guess
        if (data && algorithmId(scenario.procedure.ciphering) != 0) {
            const std::uint8_t alg = algorithmId(scenario.procedure.ciphering);
            for (std::uint32_t c = 0; c < 1024; ++c) {
                auto sk = static_cast<std::uint16_t>(c);
                SecureBytes sgnb = usage == KeyUsage::Combine
                                       ? deriveSkgnbCombine(bytesOf(ctx, kn::SKgNB), bytesOf(ctx, kn::DHKey), sk)
                                       : deriveSkgnbReplace(bytesOf(ctx, kn::DHKey), sk);
                Bytes plain = wire::openUserPlane(*data, deriveAlgorithmKey(sgnb, 0x69, KeyType::UpEnc, alg), alg);
                if (printableAscii(plain)) {
                    guess(ctx, kn::SkCounter, bigEndian(c, 2), std::to_string(c),
                          coreTr("keyladder::Attacker", "small one-shot counter"),
                          fillArgs(coreTr("keyladder::Attacker",
                                          "confirmed: the resulting KUPenc deciphers the NR data to printable "
                                          "text, %1 value(s) tried"),
                                   {std::to_string(c + 1)}));
                    return true;
                }
            }
        }
        guess(
            ctx, kn::SkCounter, bigEndian(0, 2), "0",
            coreTr("keyladder::Attacker", "sk-Counter of the first SgNB addition"),
            coreTr("keyladder::Attacker", "0 on initial configuration (srsRAN and OAI always send 0); not confirmed"));
        return true;
    }
    static bool printableAscii(const Bytes& text) {
        // Random octets pass this with probability (95/256)^n: below 1e-10 for the 25-octet default payload.
        return text.size() >= 4 && std::all_of(text.begin(), text.end(), [](std::uint8_t c) {
                   return (c >= 0x20 && c < 0x7f) || c == '\n' || c == '\t' || c == '\r';
               });
    }
    bool sessionOverOrNeeded(AttackerContext& ctx) const {
        // Wait for SRB1 to be read when it can be: only guess when the attacker has no KRRCenc.
        return sessionOver || !ctx.known(kn::KRRCenc) || substituted;
    }

    /** An active attacker that will substitute KEi/KEr has no use for a discrete log. */
    bool willSubstitute(AttackerContext& ctx) const {
        return (cfg().active == ActiveAttack::X2Mitm && !scenario.network.x2Protected) ||
               (cfg().active == ActiveAttack::UuMitm && ctx.known(kn::KRRCint) != nullptr);
    }

    /** Discrete log of KEi (else KEr) in a toy group; for a real group, the cost instead. */
    bool ruleDlog(AttackerContext& ctx) {
        if (!dhMode() || substituted || willSubstitute(ctx) || has(ctx, kn::DHKey))
            return false;
        if (has(ctx, kn::GnbDhPrivate) || has(ctx, kn::UeDhPrivate))
            return false;
        const GroupInfo* group = sessionGroup(ctx);
        if (!group)
            return false;
        string target = has(ctx, kn::KEi) ? string(kn::KEi) : has(ctx, kn::KEr) ? string(kn::KEr) : string();
        if (target.empty() || attempted.count("dlog"))
            return false;
        attempted.insert("dlog");
        if (group->kind != GroupKind::Toy) {
            string cost = dlogCostText(*group);
            missing["DHKey"] = fillArgs(coreTr("keyladder::Attacker", "needs a D-H private value: %1"), {cost});
            note(ctx,
                 fillArgs(coreTr("keyladder::Attacker", "discrete log of %1 in %2: not attempted"),
                          {target, group->name}),
                 cost, {target});
            return true;
        }
        std::optional<FfcParameters> params = ffcParameters(*group);
        if (!params) {
            missing["DHKey"] =
                fillArgs(coreTr("keyladder::Attacker", "group %1 has no finite-field parameters"), {group->id});
            return true;
        }
        DlogProblem problem{toUint(params->p), toUint(params->g), toUint(params->q), toUint(bytesOf(ctx, target))};
        DlogOptions opts;
        opts.threads = options.dlogThreads;
        opts.budgetSeconds = cfg().dlogBudgetSeconds;
        opts.cancel = ctx.cancelFlag();
        opts.progress = [this, &ctx, target](const DlogProgress& p) {
            std::lock_guard<std::mutex> lock(progressMutex);
            double f = p.expectedIterations > 0 ? std::min(1.0, double(p.iterations) / p.expectedIterations) : -1;
            ctx.progress(f, fillArgs(coreTr("keyladder::Attacker", "discrete log of %1: %2 iterations"),
                                     {target, std::to_string(p.iterations)}));
        };
        DlogResult r = solveDlog(problem, opts);
        string what =
            fillArgs(coreTr("keyladder::Attacker", "discrete log of %1 in %2 (%3)"), {target, group->name, r.method});
        switch (r.status) {
        case DlogResult::Status::Found:
            break;
        case DlogResult::Status::Cancelled:
            missing["DHKey"] =
                fillArgs(coreTr("keyladder::Attacker", "%1: cancelled after %2"), {what, fmtSeconds(r.seconds)});
            note(ctx, what, coreTr("keyladder::Attacker", "cancelled"), {target});
            return true;
        case DlogResult::Status::OutOfBudget:
            missing["DHKey"] =
                fillArgs(coreTr("keyladder::Attacker", "%1: not found within the budget of %2 (%3 iterations)"),
                         {what, fmtSeconds(cfg().dlogBudgetSeconds), std::to_string(r.iterations)});
            note(ctx, what, coreTr("keyladder::Attacker", "out of budget"), {target});
            return true;
        case DlogResult::Status::NotInGroup:
            missing["DHKey"] =
                fillArgs(coreTr("keyladder::Attacker", "%1: the value is not in the order-q subgroup"), {what});
            note(ctx, what, coreTr("keyladder::Attacker", "not in the subgroup"), {target});
            return true;
        }
        Bytes priv = bigEndian(r.exponent, octetsFor(problem.q));
        // Check the answer the way anyone would: recompute the public value from it.
        KeyPair pair = KeyPair::fromPrivate(*group, priv);
        if (!Value::ofBytes(pair.publicValue()).sameBytes(ctx.known(target)->value)) {
            missing["DHKey"] =
                fillArgs(coreTr("keyladder::Attacker", "%1: the exponent found does not reproduce %2"), {what, target});
            return true;
        }
        string name = target == kn::KEi ? string(kn::GnbDhPrivate) : string(kn::UeDhPrivate);
        std::ostringstream fn;
        fn << fillArgs(coreTr("keyladder::Attacker", "%1: g^x = %2 mod p, %3 iterations, %4"),
                       {what, target, std::to_string(r.iterations), fmtSeconds(r.seconds)});
        derive(ctx, name, pair.privateValue(), Secrecy::Private, fn.str(), "PROTOCOL.md §4 (toy groups)",
               {target, string(kn::SelectedGroup)}, "x = 0x" + toHex(priv), "0x" + toHex(priv));
        return true;
    }

    string dlogCostText(const GroupInfo& group) const { return costEstimateText(group); }

    bool ruleDhKey(AttackerContext& ctx) {
        if (!dhMode() || has(ctx, kn::DHKey))
            return false;
        const GroupInfo* group = sessionGroup(ctx);
        if (!group)
            return false;
        if (substituted) {
            // Man in the middle: the UE's D-H key is the one it shares with the attacker.
            if (toUe && has(ctx, kn::KEr)) {
                derive(
                    ctx, kn::DHKey, toUe->agree(bytesOf(ctx, kn::KEr)), Secrecy::Secret,
                    fillArgs(coreTr("keyladder::Attacker", "%1 agreement: own private (towards UE) with the UE's KEr"),
                             {group->name}),
                    "PROTOCOL.md §1", {string(kOwnPrivateToUe), string(kn::KEr)});
                return true;
            }
            return false;
        }
        if (has(ctx, kn::GnbDhPrivate) && has(ctx, kn::KEr)) {
            KeyPair pair = KeyPair::fromPrivate(*group, bytesOf(ctx, kn::GnbDhPrivate));
            derive(ctx, kn::DHKey, pair.agree(bytesOf(ctx, kn::KEr)), Secrecy::Secret,
                   fillArgs(coreTr("keyladder::Attacker", "%1 agreement: gNB private with KEr"), {group->name}),
                   "PROTOCOL.md §1", {string(kn::GnbDhPrivate), string(kn::KEr), string(kn::SelectedGroup)});
            return true;
        }
        if (has(ctx, kn::UeDhPrivate) && has(ctx, kn::KEi)) {
            KeyPair pair = KeyPair::fromPrivate(*group, bytesOf(ctx, kn::UeDhPrivate));
            derive(ctx, kn::DHKey, pair.agree(bytesOf(ctx, kn::KEi)), Secrecy::Secret,
                   fillArgs(coreTr("keyladder::Attacker", "%1 agreement: UE private with KEi"), {group->name}),
                   "PROTOCOL.md §1", {string(kn::UeDhPrivate), string(kn::KEi), string(kn::SelectedGroup)});
            return true;
        }
        return false;
    }

    bool ruleDhKeyGnbSide(AttackerContext& ctx) {
        if (!substituted || !toGnb || has(ctx, kDhKeyGnb) || !has(ctx, kn::KEi))
            return false;
        derive(ctx, kDhKeyGnb, toGnb->agree(bytesOf(ctx, kn::KEi)), Secrecy::Secret,
               coreTr("keyladder::Attacker", "agreement: own private (towards gNB) with the gNB's KEi"),
               "PROTOCOL.md §1", {string(kOwnPrivateToGnb), string(kn::KEi)});
        return true;
    }

    /** S-KgNB' per key usage (PROTOCOL.md §1); `dhName` selects the UE-side or gNB-side D-H key. */
    bool ruleSgnbKey(AttackerContext& ctx, string_view outName, string_view dhName) {
        if (has(ctx, outName))
            return false;
        const bool usesDh = dhMode() && scenario.procedure.keyUsage != KeyUsage::None;
        if (!usesDh) {
            if (outName != kn::SgNBKey || !has(ctx, kn::SKgNB))
                return false;
            derive(ctx, outName, bytesOf(ctx, kn::SKgNB), Secrecy::Secret,
                   dhMode() ? coreTr("keyladder::Attacker",
                                     "key usage none: the SgNB key is S-KgNB (the D-H key is not used)")
                            : coreTr("keyladder::Attacker", "baseline: the SgNB key is S-KgNB"),
                   "TS 33.401 E.3.2", {string(kn::SKgNB)});
            return true;
        }
        if (!has(ctx, dhName) || !has(ctx, kn::SkCounter))
            return false;
        auto sk = static_cast<std::uint16_t>(skCounterValue(ctx));
        const string sideLabel = outName == kn::SgNBKey ? string() : coreTr("keyladder::Attacker", " (gNB side)");
        if (scenario.procedure.keyUsage == KeyUsage::Combine) {
            if (!has(ctx, kn::SKgNB))
                return false;
            derive(ctx, outName, deriveSkgnbCombine(bytesOf(ctx, kn::SKgNB), bytesOf(ctx, dhName), sk), Secrecy::Secret,
                   "KDF(S-KgNB, FC 0xF0, D-H key, sk-Counter) -> SgNB key" + sideLabel, "PROTOCOL.md §1",
                   {string(kn::SKgNB), string(dhName), string(kn::SkCounter)}, {}, {}, true);
        } else {
            derive(ctx, outName, deriveSkgnbReplace(bytesOf(ctx, dhName), sk), Secrecy::Secret,
                   "KDF(D-H key, FC 0xF1, sk-Counter) -> SgNB key" + sideLabel, "PROTOCOL.md §1",
                   {string(dhName), string(kn::SkCounter)}, {}, {}, true);
        }
        return true;
    }

    bool ruleKupenc(AttackerContext& ctx, string_view outName, string_view fromName) {
        if (has(ctx, outName) || !has(ctx, fromName))
            return false;
        std::uint8_t alg = algorithmId(scenario.procedure.ciphering);
        derive(ctx, outName, deriveAlgorithmKey(bytesOf(ctx, fromName), 0x69, KeyType::UpEnc, alg), Secrecy::Secret,
               "KDF(SgNB key, FC 0x69, UP-enc, NEA id) -> KUPenc" +
                   (outName == kn::KUPenc ? string() : coreTr("keyladder::Attacker", " (gNB side)")),
               "TS 33.501 A.8 (EN-DC, TS 33.401 E.3.4)", {string(fromName)});
        return true;
    }

    const Capture* userDataCapture() const {
        for (const Capture& c : captures)
            if (!c.opaque && c.interface == Interface::NrUu && c.pdcp)
                return &c;
        return nullptr;
    }

    bool rulePlaintext(AttackerContext& ctx) {
        const bool nea0 = algorithmId(scenario.procedure.ciphering) == 0;
        if (has(ctx, kn::UserData) || (!nea0 && !has(ctx, kn::KUPenc)))
            return false;
        const Capture* c = userDataCapture();
        if (!c)
            return false;
        if (nea0) {
            Bytes plain = wire::openUserPlane(*c, {}, 0);
            derive(ctx, kn::UserData, plain, Secrecy::Secret,
                   coreTr("keyladder::Attacker", "NEA0: the NR PDCP payload is the plaintext"), "TS 33.401 5.1.3.2",
                   {string(kn::UserDataCiphertext)}, {}, string(plain.begin(), plain.end()));
            return true;
        }
        Bytes plain = wire::openUserPlane(*c, bytesOf(ctx, kn::KUPenc), algorithmId(scenario.procedure.ciphering));
        string text(plain.begin(), plain.end());
        std::vector<string> in{string(kn::KUPenc)};
        if (has(ctx, kn::UserDataCiphertext))
            in.push_back(string(kn::UserDataCiphertext));
        derive(
            ctx, kn::UserData, plain, Secrecy::Secret,
            fillArgs(
                coreTr("keyladder::Attacker", "NEA2 decipher of the NR user data (COUNT %1, BEARER %2, DIRECTION %3)"),
                {std::to_string(c->pdcp->count), std::to_string(c->pdcp->bearer), std::to_string(c->pdcp->direction)}),
            "TS 33.401 B.1.3", in,
            printable(text) ? string() : coreTr("keyladder::Attacker", "not printable: a wrong key gives noise"),
            printable(text) ? text : string());
        return true;
    }

    void chain(AttackerContext& ctx) {
        ruleSnId(ctx);
        for (int round = 0; round < 64; ++round) {
            if (ctx.cancelled())
                return;
            bool changed = false;
            changed |= ruleSplitAutn(ctx);
            changed |= ruleMilenage(ctx);
            changed |= ruleKasme(ctx);
            changed |= ruleKenb(ctx);
            changed |= ruleRrcKeys(ctx);
            changed |= ruleReadSrb1(ctx);
            changed |= ruleSkgnb(ctx);
            changed |= ruleDlog(ctx);
            changed |= ruleDhKey(ctx);
            changed |= ruleDhKeyGnbSide(ctx);
            changed |= ruleGuessSkCounter(ctx);
            changed |= ruleSgnbKey(ctx, kn::SgNBKey, kn::DHKey);
            changed |= ruleSgnbKey(ctx, kSgnbKeyGnb, kDhKeyGnb);
            changed |= ruleKupenc(ctx, kn::KUPenc, kn::SgNBKey);
            changed |= ruleKupenc(ctx, kKupencGnb, kSgnbKeyGnb);
            changed |= rulePlaintext(ctx);
            if (!changed)
                return;
        }
    }

    // ---- active behaviours ---------------------------------------------------------------------------

    void learnOwnPair(AttackerContext& ctx, const KeyPair& pair, string_view privName, string_view pubName,
                      const string& why) {
        KnowledgeItem priv;
        priv.name = string(privName);
        priv.value = Value::ofSecret(pair.privateValue(), {}, Secrecy::Private);
        priv.provenance = Provenance::Own;
        priv.rule = fillArgs(coreTr("keyladder::Attacker", "generated in %1"), {pair.group().name});
        priv.note = why;
        ctx.learn(std::move(priv));
        KnowledgeItem pub;
        pub.name = string(pubName);
        pub.value = Value::ofBytes(pair.publicValue());
        pub.provenance = Provenance::Own;
        pub.rule = fillArgs(coreTr("keyladder::Attacker", "public value of %1"), {string(privName)});
        pub.inputs = {string(privName)};
        ctx.learn(std::move(pub));
    }

    std::optional<Message> replaceIe(const Capture& cap, std::vector<InformationElement> ies, string_view ieCanon,
                                     const Value& newValue, AttackerContext& ctx, const string& noteText) {
        bool replaced = false;
        for (InformationElement& ie : ies)
            if (wire::canonicalIeName(ie.name, ie.ieId) == ieCanon) {
                ie.value = newValue;
                replaced = true;
            }
        if (!replaced)
            return std::nullopt;
        std::optional<Message> m;
        if (cap.channel == "SRB1")
            m = wire::sealSrb1(cap, ies, bytesOf(ctx, kn::KRRCenc), bytesOf(ctx, kn::KRRCint), encId(ctx));
        else
            m = wire::sealX2(cap, ies);
        if (m) {
            m->attackerNote = noteText;
            activeNote = activeNote.empty() ? noteText : activeNote + "; " + noteText;
        }
        return m;
    }

    /** The D-H exchange in transit: swap KEi towards the UE and KEr towards the gNB for the attacker's own. */
    std::optional<Message> substituteDh(const Capture& cap, const std::vector<InformationElement>& ies,
                                        AttackerContext& ctx) {
        const GroupInfo* group = nullptr;
        for (const InformationElement& ie : ies)
            if (wire::canonicalIeName(ie.name, ie.ieId) == kn::SelectedGroup)
                group = groupOfValue(ie.value);
        if (!group)
            group = sessionGroup(ctx);
        if (!group || !group->available)
            return std::nullopt;
        bool hasKei = false, hasKer = false;
        for (const InformationElement& ie : ies) {
            string n = wire::canonicalIeName(ie.name, ie.ieId);
            hasKei |= n == kn::KEi;
            hasKer |= n == kn::KEr;
        }
        if (hasKei && cap.to != Actor::Gnb) {
            if (!toUe) {
                toUe.emplace(KeyPair::generate(*group, ctx.rng()));
                learnOwnPair(ctx, *toUe, kOwnPrivateToUe, kOwnPublicToUe,
                             coreTr("keyladder::Attacker", "to share a D-H key with the UE"));
            }
            substituted = true;
            return replaceIe(cap, ies, kn::KEi, Value::ofBytes(toUe->publicValue()), ctx,
                             coreTr("keyladder::Attacker", "KEi replaced by its own (one D-H key with the UE)"));
        }
        if (hasKer && cap.to != Actor::Ue) {
            if (!toGnb) {
                toGnb.emplace(KeyPair::generate(*group, ctx.rng()));
                learnOwnPair(ctx, *toGnb, kOwnPrivateToGnb, kOwnPublicToGnb,
                             coreTr("keyladder::Attacker", "to share a D-H key with the gNB"));
            }
            substituted = true;
            return replaceIe(cap, ies, kn::KEr, Value::ofBytes(toGnb->publicValue()), ctx,
                             coreTr("keyladder::Attacker", "KEr replaced by its own (another D-H key with the gNB)"));
        }
        return std::nullopt;
    }

    /** NR user data: decipher with the UE-side key, re-encipher with the gNB-side key, so nothing shows. */
    std::optional<Message> reencryptUserData(const Capture& cap, AttackerContext& ctx) {
        chain(ctx);
        if (!has(ctx, kn::KUPenc) || !has(ctx, kKupencGnb))
            return std::nullopt;
        std::uint8_t alg = algorithmId(scenario.procedure.ciphering);
        Bytes plain = wire::openUserPlane(cap, bytesOf(ctx, kn::KUPenc), alg);
        std::optional<Message> m = wire::sealUserPlane(cap, plain, bytesOf(ctx, kKupencGnb), alg);
        if (m) {
            m->attackerNote =
                coreTr("keyladder::Attacker",
                       "NR user data deciphered with the UE-side KUPenc, re-enciphered with the gNB-side one");
            activeNote += (activeNote.empty() ? "" : "; ") + m->attackerNote;
        }
        return m;
    }

    std::optional<Message> interceptX2(const Capture& cap, AttackerContext& ctx) {
        if (cap.opaque)
            return std::nullopt; // NDS/IP: nothing to read or change (onLink is false then anyway)
        if (cfg().active == ActiveAttack::X2Downgrade) {
            for (const InformationElement& ie : cap.clearIes) {
                if (wire::canonicalIeName(ie.name, ie.ieId) != kn::UeDhGroups)
                    continue;
                std::vector<const GroupInfo*> groups = groupListOfValue(ie.value);
                if (groups.size() < 2)
                    return std::nullopt;
                const GroupInfo* weakest =
                    *std::min_element(groups.begin(), groups.end(), [](const GroupInfo* a, const GroupInfo* b) {
                        return a->securityBits < b->securityBits;
                    });
                downgraded = true;
                Value v = MessageCodec::groupListIe(ie.name, {weakest->id}).value;
                return replaceIe(cap, cap.clearIes, kn::UeDhGroups, v, ctx,
                                 fillArgs(coreTr("keyladder::Attacker",
                                                 "UE D-H groups '%1' stripped to the weakest, %2 (%3-bit security)"),
                                          {ie.value.text(), weakest->id, std::to_string(weakest->securityBits)}));
            }
            return std::nullopt;
        }
        if (cfg().active == ActiveAttack::X2Mitm && dhMode())
            return substituteDh(cap, cap.clearIes, ctx);
        return std::nullopt;
    }

    std::optional<Message> interceptUu(const Capture& cap, AttackerContext& ctx) {
        if (cap.channel != "SRB1" || !cap.pdcp || !cap.pdcp->ciphered)
            return std::nullopt;
        chain(ctx); // the keys may follow from this very step's captures
        const bool haveKeys = has(ctx, kn::KRRCenc) && has(ctx, kn::KRRCint);
        if (haveKeys) {
            std::optional<wire::Opened> opened =
                wire::openSrb1(cap, bytesOf(ctx, kn::KRRCenc), bytesOf(ctx, kn::KRRCint), encId(ctx));
            if (!opened || !opened->macOk || !dhMode())
                return std::nullopt;
            // Learn what it carried before changing it (the honest KEi/KEr).
            beginBatch(
                fillArgs(coreTr("keyladder::Attacker", "NEA2 decipher + NIA2 check in transit: %1"), {cap.messageName}),
                "TS 33.401 B.1.3, B.2.3");
            for (const InformationElement& ie : opened->ies) {
                string name = wire::canonicalIeName(ie.name, ie.ieId);
                if (!name.empty() && !has(ctx, name) && ie.value.hasBytes())
                    derive(ctx, name, ie.value.bytes(), ie.value.secrecy(),
                           fillArgs(coreTr("keyladder::Attacker", "NEA2 decipher of %1, NIA2 MAC-I verified"),
                                    {cap.messageName}),
                           "TS 33.401 B.1.3", {string(kn::KRRCenc), string(kn::KRRCint)}, {}, ie.value.text());
            }
            endBatch(ctx);
            return substituteDh(cap, opened->ies, ctx);
        }
        // No KRRCint: the false base station can only send something of its own. Forge the KEi of the
        // RRCConnectionReconfiguration (or the sk-Counter in the baseline) under a key it made up; the UE's NIA2
        // check is what must refuse it.
        if (cap.to != Actor::Ue || forgedWithoutKeys)
            return std::nullopt;
        std::vector<InformationElement> ies;
        // It cannot read the selected group either: it picks the most common one.
        const GroupInfo* group = sessionGroup(ctx) ? sessionGroup(ctx) : findGroup("19");
        if (dhMode() && group) {
            toUe.emplace(KeyPair::generate(*group, ctx.rng()));
            learnOwnPair(ctx, *toUe, kOwnPrivateToUe, kOwnPublicToUe,
                         coreTr("keyladder::Attacker", "forged RRCConnectionReconfiguration"));
            ies = wire::forgedReconfigurationIes(group, toUe->publicValue(), scenario.procedure.skCounter);
        } else {
            ies = wire::forgedReconfigurationIes(nullptr, {},
                                                 static_cast<std::uint16_t>(scenario.procedure.skCounter + 1));
        }
        Bytes madeUp(16, 0x5a);
        std::optional<Message> m = wire::sealSrb1(cap, ies, madeUp, madeUp, encId(ctx));
        if (m) {
            forgedWithoutKeys = true;
            m->attackerNote = coreTr("keyladder::Attacker",
                                     "forged without KRRCenc/KRRCint (no K): keys made up, MAC-I cannot verify");
            activeNote = fillArgs(
                coreTr("keyladder::Attacker", "false base station forged %1 without KRRCint (it does not hold K)"),
                {cap.messageName});
            missing[string(kn::UserData)] =
                fillArgs(coreTr("keyladder::Attacker", "its forged %1 fails the UE's NIA2 integrity check "
                                                       "(no K, so no KRRCint); the UE refused"),
                         {cap.messageName});
        }
        return m;
    }

    // ---- verdict ---------------------------------------------------------------------------------------

    /** The value an honest party really uses for @p target, to check the attacker's (maybe guessed) value. */
    static std::optional<Value> trueValue(const Summary& summary, const Scenario& scenario, string_view target) {
        if (target == kn::UserData) {
            const string& p = scenario.userPlane.payload;
            return Value::ofBytes(ByteView(reinterpret_cast<const std::uint8_t*>(p.data()), p.size()));
        }
        for (Actor a : {Actor::Ue, Actor::Gnb, Actor::Enb})
            if (const NamedValue* v = summary.key(a, target))
                return v->value;
        return std::nullopt;
    }

    /** Why S-KgNB is out of reach, in a few words. */
    string whyNoSkgnb(AttackerContext& ctx) const {
        string x2 =
            scenario.network.x2Protected
                ? (onLink(Link::X2) ? coreTr("keyladder::Attacker", "IE 203 is inside NDS/IP on X2")
                                    : coreTr("keyladder::Attacker", "X2 not tapped"))
                : (onLink(Link::X2) ? string() : coreTr("keyladder::Attacker", "X2 unprotected but not tapped"));
        string k = has(ctx, kn::KeNB) ? coreTr("keyladder::Attacker", "sk-Counter unread") : whyNoKenb(ctx);
        return x2.empty() ? k : fillArgs(coreTr("keyladder::Attacker", "%1, and %2"), {k, x2});
    }

    string whyNoKenb(AttackerContext& ctx) const {
        if (auto it = missing.find("KeNB"); it != missing.end())
            return it->second;
        const bool k = cfg().hasLeak(Leak::K), kenb = cfg().hasLeak(Leak::KeNB);
        if (!k && !kenb)
            return coreTr("keyladder::Attacker", "no K (or KeNB) leaked");
        if (k && !onLink(Link::Uu))
            return coreTr("keyladder::Attacker", "K without RAND/AUTN (Uu not tapped)");
        return has(ctx, kn::KASME) ? coreTr("keyladder::Attacker", "NAS COUNT not found")
                                   : coreTr("keyladder::Attacker", "KASME not derived");
    }

    string whyNoDh(AttackerContext& ctx) const {
        if (auto it = missing.find("DHKey"); it != missing.end())
            return it->second;
        if (!has(ctx, kn::KEi) && !has(ctx, kn::KEr))
            return scenario.network.x2Protected
                       ? coreTr("keyladder::Attacker", "KEi/KEr unseen (ciphered SRB1, NDS/IP on X2)")
                       : coreTr("keyladder::Attacker", "KEi/KEr unseen (ciphered SRB1)");
        if (const GroupInfo* g = sessionGroup(ctx))
            return fillArgs(coreTr("keyladder::Attacker", "needs a D-H private value: %1"), {costEstimateText(*g)});
        return coreTr("keyladder::Attacker", "the selected group is unknown");
    }

    string whyNoSgnbKey(AttackerContext& ctx) const {
        const bool usesDh = dhMode() && scenario.procedure.keyUsage != KeyUsage::None;
        std::vector<string> parts;
        if ((!usesDh || scenario.procedure.keyUsage == KeyUsage::Combine) && !has(ctx, kn::SKgNB))
            parts.push_back(fillArgs(coreTr("keyladder::Attacker", "no S-KgNB: %1"), {whyNoSkgnb(ctx)}));
        if (usesDh && !has(ctx, kn::DHKey))
            parts.push_back(fillArgs(coreTr("keyladder::Attacker", "no D-H key: %1"), {whyNoDh(ctx)}));
        if (parts.empty())
            return usesDh && !has(ctx, kn::SkCounter) ? coreTr("keyladder::Attacker", "sk-Counter unknown")
                                                      : coreTr("keyladder::Attacker", "an input is wrong");
        string out;
        for (const string& part : parts)
            out += (out.empty() ? "" : "; ") + part;
        return out;
    }

    /** The missing piece for @p target: short, the first thing that blocks the chain. */
    string explain(AttackerContext& ctx, const Summary& summary, string_view target) const {
        if (auto it = missing.find(string(target)); it != missing.end())
            return it->second;
        if (target == kn::UserData) {
            if (forgedWithoutKeys)
                return coreTr("keyladder::Attacker",
                              "its forged RRCConnectionReconfiguration fails the UE's NIA2 integrity check "
                              "(no K, so no KRRCint); the UE refused");
            if (summary.status == RunStatus::Rejected)
                return fillArgs(coreTr("keyladder::Attacker", "no user data was sent: %1"), {summary.reason});
            if (!onLink(Link::Uu))
                return coreTr("keyladder::Attacker", "the NR user data was never captured (Uu not tapped)");
            if (has(ctx, kn::KUPenc))
                return coreTr("keyladder::Attacker", "deciphering gives noise: a guessed input was wrong");
            return has(ctx, kn::SgNBKey) ? coreTr("keyladder::Attacker", "KUPenc not derived") : whyNoSgnbKey(ctx);
        }
        if (target == kn::KUPenc)
            return has(ctx, kn::SgNBKey) ? coreTr("keyladder::Attacker", "holds a wrong SgNB key") : whyNoSgnbKey(ctx);
        if (target == kn::SgNBKey)
            return whyNoSgnbKey(ctx);
        if (target == kn::SKgNB)
            return fillArgs(coreTr("keyladder::Attacker", "needs KeNB and sk-Counter, or IE 203 on a readable X2: %1"),
                            {whyNoSkgnb(ctx)});
        if (target == kn::KeNB)
            return whyNoKenb(ctx);
        if (target == kn::DHKey)
            return whyNoDh(ctx);
        return coreTr("keyladder::Attacker", "not derived");
    }

    static string shortChain(const KnowledgeBase& kb, string_view target) {
        static const std::set<string, std::less<>> backbone{
            string(kn::K),           string(kn::KeNB),      string(kn::NasUlCount),
            string(kn::KRRCenc),     string(kn::SkCounter), string(kn::SKgNB),
            string(kn::KEi),         string(kn::KEr),       string(kn::GnbDhPrivate),
            string(kn::UeDhPrivate), string(kn::DHKey),     string(kn::SgNBKey),
            string(kn::KUPenc),      string(kn::UserData),  string(kOwnPrivateToUe)};
        string out;
        for (const string& n : kb.ancestry(target)) {
            if (!backbone.count(n))
                continue;
            const KnowledgeItem* item = kb.find(n);
            string label = n;
            if (item->provenance == Provenance::Leaked)
                label += item->note.find("after") != string::npos
                             ? coreTr("keyladder::Attacker", " (leaked after the session)")
                             : coreTr("keyladder::Attacker", " (leaked)");
            else if (item->provenance == Provenance::Observed)
                label += fillArgs(coreTr("keyladder::Attacker", " (seen in %1)"), {item->rule});
            else if (item->provenance == Provenance::Guessed)
                label += fillArgs(coreTr("keyladder::Attacker", " (guessed %1)"), {item->value.display()});
            else if (n == kn::GnbDhPrivate || n == kn::UeDhPrivate)
                label += coreTr("keyladder::Attacker", " (discrete log)");
            out += (out.empty() ? "" : " -> ") + label;
        }
        return out;
    }

    void fillVerdict(AttackerContext& ctx, const Summary& summary, AttackerVerdict& verdict) {
        KnowledgeBase kb(ctx.knowledge());
        verdict = {};
        for (string_view target : {kn::KeNB, kn::SKgNB, kn::DHKey, kn::SgNBKey, kn::KUPenc, kn::UserData}) {
            TargetVerdict t;
            t.target = target == kn::UserData ? "plaintext" : string(target);
            const KnowledgeItem* held = kb.find(target);
            std::optional<Value> truth = trueValue(summary, scenario, target);
            if (target == kn::DHKey && !dhMode()) {
                t.missing = dhAbsent
                                ? coreTr("keyladder::Attacker",
                                         "not applicable: the network dropped D-H (fallback to the baseline)")
                                : coreTr("keyladder::Attacker", "not applicable: the baseline has no D-H exchange");
            } else if (held && (!truth || truth->sameBytes(held->value))) {
                t.obtained = true;
                t.chain = kb.chain(target);
            } else if (held) {
                t.missing = fillArgs(coreTr("keyladder::Attacker", "holds a value that is not the UE's: %1"),
                                     {KnowledgeBase::describe(*held)});
            } else {
                t.missing = explain(ctx, summary, target);
            }
            if (target == kn::UserData && t.obtained) {
                verdict.readsUserData = true;
                verdict.plaintext = held->value.text().empty()
                                        ? string(held->value.bytes().begin(), held->value.bytes().end())
                                        : held->value.text();
            }
            verdict.targets.push_back(std::move(t));
        }
        const TargetVerdict& pt = verdict.targets.back();
        if (verdict.readsUserData) {
            verdict.why =
                fillArgs(coreTr("keyladder::Attacker", "reads the user data: %1"), {shortChain(kb, kn::UserData)});
            if (!activeNote.empty())
                verdict.why += fillArgs(coreTr("keyladder::Attacker", ". Active: %1"), {activeNote});
        } else {
            verdict.why = fillArgs(coreTr("keyladder::Attacker", "does not read the user data: %1"), {pt.missing});
            if (!activeNote.empty() && !forgedWithoutKeys)
                verdict.why += fillArgs(coreTr("keyladder::Attacker", ". Active: %1"), {activeNote});
        }
    }
};

Attacker::Attacker(const Scenario& scenario, AttackerOptions options)
    : m_impl(std::make_unique<Impl>(scenario, options)) {}

Attacker::~Attacker() = default;

bool Attacker::activeOn(Link link) const {
    const AttackerConfig& c = m_impl->cfg();
    if (link == Link::X2)
        return !m_impl->scenario.network.x2Protected &&
               (c.active == ActiveAttack::X2Mitm || c.active == ActiveAttack::X2Downgrade);
    return c.active == ActiveAttack::UuMitm;
}

void Attacker::onCapture(const Capture& capture, AttackerContext& context) {
    m_impl->captures.push_back(capture);
    if (!capture.opaque && !capture.clearIes.empty()) {
        m_impl->learnClear(context, capture.messageName, capture.clearIes);
        m_impl->noteMissingKei(context, capture.messageName, capture.clearIes);
    }
}

void Attacker::afterStep(AttackerContext& context) {
    if (context.stepId() == "L")
        m_impl->sessionOver = true;
    m_impl->chain(context);
}

void Attacker::finish(AttackerContext& context, const Summary& summary, AttackerVerdict& verdict) {
    m_impl->sessionOver = true;
    if (summary.fellBackToBaseline)
        m_impl->dhAbsent = true; // visible to anyone: the NR leg came up without a D-H exchange
    m_impl->chain(context);
    m_impl->fillVerdict(context, summary, verdict);
}

std::optional<Message> Attacker::intercept(const Capture& capture, AttackerContext& context) {
    // After a substitution the NR user data must be re-enciphered for the gNB, or the gNB reads noise: the
    // attacker relays the NR leg whenever it is on Uu (x2-mitm needs a Uu tap for this).
    if (capture.interface == Interface::NrUu)
        return m_impl->substituted && m_impl->onLink(Link::Uu) ? m_impl->reencryptUserData(capture, context)
                                                               : std::nullopt;
    if (!activeOn(capture.link))
        return std::nullopt;
    // An active position on a link is also a tap on it.
    if (!m_impl->cfg().hasTap(capture.link) &&
        std::none_of(m_impl->captures.begin(), m_impl->captures.end(), [&](const Capture& c) {
            return c.stepId == capture.stepId && c.eventIndex == capture.eventIndex && c.wire == capture.wire;
        }))
        onCapture(capture, context);
    if (capture.link == Link::X2)
        return m_impl->interceptX2(capture, context);
    return m_impl->interceptUu(capture, context);
}

} // namespace keyladder
