// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/protocol/Engine.h"

#include "core/crypto/DiffieHellman.h"
#include "core/crypto/Groups.h"
#include "core/crypto/Kdf.h"
#include "core/crypto/Milenage.h"
#include "core/crypto/Nea.h"
#include "core/crypto/Rng.h"
#include "core/protocol/KnowledgeNames.h"
#include "core/protocol/LinkObserver.h"
#include "core/protocol/MessageCodec.h"
#include "core/protocol/MessageInterceptor.h"
#include "core/protocol/Translation.h"

#include <algorithm>
#include <optional>

namespace keyladder {

namespace {

// FC values of PROTOCOL.md §1.
constexpr std::uint8_t kFcEpsAlgorithm = 0x15;
constexpr std::uint8_t kFcNrAlgorithm = 0x69;
// SRB1 is radio bearer 1; PDCP uses BEARER = RB identity - 1 (TS 36.323 5.6).
constexpr std::uint8_t kSrb1Bearer = 0;
constexpr std::uint8_t kUplink = 0;
constexpr std::uint8_t kDownlink = 1;
constexpr std::uint32_t kMenbUeX2apId = 1;
constexpr std::uint32_t kSgnbUeX2apId = 1;
// NR UE Security Capabilities (TS 36.423 9.2.107): bit 1 = NEA1/NIA1, bit 2 = NEA2/NIA2, bit 3 = NEA3/NIA3.
constexpr std::uint8_t kNrUeSecurityCapabilities[] = {0xe0, 0x00, 0xe0, 0x00};
constexpr std::uint8_t kUeSecurityCapabilities[] = {0xe0, 0x00, 0xe0, 0x00};

/** Thrown inside a step to end the run as rejected; the step in progress is closed normally. */
struct Aborted {
    std::string reason;
};

ByteView textBytes(std::string_view text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

std::string groupLabel(const GroupInfo& group) {
    // Toy groups are named after their id ("toy-48 (insecure)"): do not repeat it.
    if (group.name.rfind(group.id, 0) == 0)
        return group.name;
    return group.id + " (" + group.name + ")";
}

std::string groupListText(const std::vector<std::string>& ids) {
    std::string text;
    for (const auto& id : ids) {
        const GroupInfo* group = findGroup(id);
        text += (text.empty() ? "" : ", ") + (group != nullptr ? groupLabel(*group) : id);
    }
    return text.empty() ? "(none)" : text;
}

Value pub(ByteView bytes, std::string text = {}) {
    return Value::ofBytes(bytes, std::move(text));
}

Value sec(ByteView bytes, std::string text = {}) {
    return Value::ofSecret(bytes, std::move(text), Secrecy::Secret);
}

Value priv(ByteView bytes, std::string text = {}) {
    return Value::ofSecret(bytes, std::move(text), Secrecy::Private);
}

Value txt(std::string text) {
    return Value::ofText(std::move(text));
}

Value counterValue(std::uint32_t value, std::size_t octets) {
    const Bytes encoded = bigEndian(value, octets);
    return Value::ofBytes(encoded, std::to_string(value));
}

SecureBytes concat(ByteView a, ByteView b) {
    SecureBytes out(a.begin(), a.end());
    out.insert(out.end(), b.begin(), b.end());
    return out;
}

Bytes xorBytes(ByteView a, ByteView b) {
    Bytes out(a.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        out[i] = a[i] ^ b[i];
    return out;
}

std::vector<std::string> parseGroupIds(ByteView octets) {
    std::vector<std::string> ids;
    std::size_t pos = 0;
    while (pos < octets.size()) {
        const std::size_t len = octets[pos++];
        if (pos + len > octets.size())
            break;
        ids.emplace_back(reinterpret_cast<const char*>(octets.data() + pos), len);
        pos += len;
    }
    return ids;
}

std::string stringOf(ByteView octets) {
    return {reinterpret_cast<const char*>(octets.data()), octets.size()};
}

const InformationElement* findIn(const std::vector<InformationElement>& ies, std::string_view name) {
    for (const auto& ie : ies) {
        if (ie.name == name)
            return &ie;
    }
    return nullptr;
}

class Run final : public AttackerContext {
public:
    Run(const Scenario& scenario, const RunOptions& options);
    Trace execute();

    // AttackerContext
    const Scenario& scenario() const override { return m_s; }
    const std::string& stepId() const override { return m_cur.id; }
    Rng& rng() override { return *m_rng; }
    void learn(KnowledgeItem item) override;
    const KnowledgeItem* known(std::string_view name) const override { return knownBy(Actor::Attacker, name); }
    std::vector<KnowledgeRef> knowledge() const override { return slot(Actor::Attacker); }
    void addEvent(Event event) override { m_cur.events.push_back(std::move(event)); }
    const std::atomic<bool>* cancelFlag() const override { return m_opt.cancel; }
    void progress(double fraction, std::string_view activity) override;

private:
    struct Delivery {
        Bytes wire;
        bool substituted = false;
    };

    // Building steps.
    void begin(std::string id, Phase phase, std::string title, std::string specRef, std::string narration);
    void end();
    void checkCancel() const;
    void compute(Actor actor, std::string function, std::string specRef, std::vector<NamedValue> inputs,
                 std::vector<NamedValue> outputs, bool illustrative = false);
    void reject(Actor by, std::string what, std::string rule, std::string reason, std::string specRef);

    // Knowledge.
    std::vector<KnowledgeRef>& slot(Actor actor) { return m_know[static_cast<std::size_t>(actor)]; }
    const std::vector<KnowledgeRef>& slot(Actor actor) const { return m_know[static_cast<std::size_t>(actor)]; }
    const KnowledgeItem* knownBy(Actor actor, std::string_view name) const;
    void know(Actor actor, std::string_view name, Value value, Provenance provenance, std::string rule,
              std::vector<std::string> inputs = {}, std::string note = {});
    void leak(Leak which, std::string_view name, const Value& value);
    void applyLeak(const std::string& name, const Value& value, Leak which);

    // Transport.
    Delivery transmit(Message message);
    Capture captureOf(const Message& message, Link link, std::size_t eventIndex) const;
    void observe(const Capture& capture, const Message& message);
    Message x2Message(std::string name, Actor from, std::string specRef, std::vector<InformationElement> ies);
    Message srb1Message(std::string name, Actor from, std::string specRef, std::vector<InformationElement> ies,
                        bool cipher);
    std::vector<InformationElement> receiveX2(const Delivery& delivery, Actor receiver, const std::string& name);
    std::vector<InformationElement> receiveSrb1(const Delivery& delivery, Actor receiver, const std::string& name,
                                                const PdcpParameters& expected, ByteView encKey, ByteView intKey);
    [[noreturn]] void ueFails(const std::string& reason, const std::string& cause);

    // The exchange.
    void contextAka();
    void contextAs();
    void step1();
    void step2();
    void step3();
    void step4();
    void step5();
    void step6();
    void step7();
    void step8();
    void stepLeakAfter();
    void finishSummary();

    bool dh() const { return m_mode == ProcedureMode::Dh; }
    std::uint8_t cipherId() const { return algorithmId(m_s.procedure.ciphering); }
    std::uint8_t integrityId() const { return algorithmId(m_s.procedure.integrity); }
    bool cipheringOn() const { return m_s.procedure.ciphering != CipheringAlgorithm::Nea0; }

    const Scenario& m_s;
    const RunOptions& m_opt;
    std::unique_ptr<Rng> m_ownRng;
    Rng* m_rng = nullptr;
    bool m_attacker = false;
    ProcedureMode m_mode;

    std::vector<Step> m_steps;
    Step m_cur;
    bool m_open = false;
    std::array<std::vector<KnowledgeRef>, kActorCount> m_know;
    std::vector<std::pair<Leak, NamedValue>> m_pendingLeaks;
    Summary m_summary;
    std::size_t m_stepsExpected = 11;

    // NDS/IP associations: S1 (MME -> eNB), X2 eNB -> gNB and gNB -> eNB.
    MessageCodec::EspKeys m_s1Sa, m_x2EnbToGnb, m_x2GnbToEnb;
    std::uint32_t m_espSequence = 1;
    std::uint32_t m_dlCount = 0;
    std::uint32_t m_ulCount = 0;
    std::size_t m_x2Messages = 0;

    // Values per node, as each computed or received them.
    Bytes m_sqnXorAk;
    SecureBytes m_mmeKasme, m_mmeKenb, m_xres;
    SecureBytes m_ueKasme, m_ueKenb, m_ueKrrcEnc, m_ueKrrcInt, m_ueSkgnb, m_ueDh, m_ueSgnbKey, m_ueKupEnc;
    SecureBytes m_enbKenb, m_enbKrrcEnc, m_enbKrrcInt, m_enbSkgnb;
    SecureBytes m_gnbSkgnb, m_gnbDh, m_gnbSgnbKey, m_gnbKupEnc;
    std::vector<std::string> m_enbUeGroups; // as the eNB got them from the UE's capability
    std::vector<std::string> m_gnbUeGroups; // as the gNB got them on X2
    std::string m_selectedGroup;            // as the gNB selected it
    std::string m_ueSelectedGroup;          // as the UE received it
    Bytes m_enbKei, m_ueKei, m_enbKer, m_gnbKer;
    std::uint16_t m_ueSkCounter = 0;
    std::optional<KeyPair> m_gnbPair, m_uePair;
};

Run::Run(const Scenario& scenario, const RunOptions& options)
    : m_s(scenario), m_opt(options), m_attacker(scenario.attacker.present()), m_mode(scenario.procedure.mode) {
    if (options.rng != nullptr) {
        m_rng = options.rng;
    } else {
        m_ownRng = scenario.seed ? makeDeterministicRng(*scenario.seed) : makeSystemRng();
        m_rng = m_ownRng.get();
    }
    // One draw for the three NDS/IP associations (S1, X2 both ways): each RNG call has a fixed cost.
    SecureBytes material(3 * 36);
    m_rng->fill(material);
    const auto makeSa = [&material](std::size_t index) {
        const auto* p = material.data() + 36 * index;
        MessageCodec::EspKeys keys;
        keys.encryption.assign(p, p + 16);
        keys.integrity.assign(p + 16, p + 32);
        keys.spi = (std::uint32_t(p[32]) << 24) | (std::uint32_t(p[33]) << 16) | (std::uint32_t(p[34]) << 8) | p[35] |
                   0x100; // SPIs 0-255 are reserved (RFC 4303 2.1)
        return keys;
    };
    m_s1Sa = makeSa(0);
    m_x2EnbToGnb = makeSa(1);
    m_x2GnbToEnb = makeSa(2);
}

void Run::learn(KnowledgeItem item) {
    if (item.stepId.empty())
        item.stepId = m_cur.id;
    auto& items = slot(Actor::Attacker);
    auto ref = std::make_shared<const KnowledgeItem>(std::move(item));
    for (auto& existing : items) {
        if (existing->name == ref->name) {
            existing = std::move(ref);
            return;
        }
    }
    items.push_back(std::move(ref));
}

void Run::progress(double fraction, std::string_view activity) {
    if (!m_opt.progress)
        return;
    RunProgress p;
    p.stepId = m_cur.id;
    p.stepIndex = m_steps.size();
    p.stepsExpected = std::max(m_stepsExpected, m_steps.size() + 1);
    p.fraction = fraction;
    p.activity = std::string(activity);
    m_opt.progress(p);
}

void Run::checkCancel() const {
    if (m_opt.cancel != nullptr && m_opt.cancel->load(std::memory_order_relaxed))
        throw Cancelled();
}

void Run::begin(std::string id, Phase phase, std::string title, std::string specRef, std::string narration) {
    checkCancel();
    if (m_open)
        end();
    m_cur = Step();
    m_cur.id = std::move(id);
    m_cur.phase = phase;
    m_cur.title = std::move(title);
    m_cur.specRef = std::move(specRef);
    m_cur.narration = std::move(narration);
    m_open = true;
    progress(0, m_cur.title);
}

void Run::end() {
    if (!m_open)
        return;
    if (m_opt.observer != nullptr && m_attacker)
        m_opt.observer->afterStep(*this);
    m_cur.knowledge.byActor = m_know;
    m_steps.push_back(std::move(m_cur));
    m_cur = Step();
    m_open = false;
}

void Run::compute(Actor actor, std::string function, std::string specRef, std::vector<NamedValue> inputs,
                  std::vector<NamedValue> outputs, bool illustrative) {
    Computation c;
    c.actor = actor;
    c.function = std::move(function);
    c.specRef = std::move(specRef);
    c.inputs = std::move(inputs);
    c.outputs = std::move(outputs);
    c.illustrative = illustrative;
    m_cur.events.emplace_back(std::move(c));
}

void Run::reject(Actor by, std::string what, std::string rule, std::string reason, std::string specRef) {
    Rejection r;
    r.by = by;
    r.what = std::move(what);
    r.rule = std::move(rule);
    r.reason = std::move(reason);
    r.specRef = std::move(specRef);
    m_cur.events.emplace_back(std::move(r));
}

const KnowledgeItem* Run::knownBy(Actor actor, std::string_view name) const {
    for (const auto& item : slot(actor)) {
        if (item->name == name)
            return item.get();
    }
    return nullptr;
}

void Run::know(Actor actor, std::string_view name, Value value, Provenance provenance, std::string rule,
               std::vector<std::string> inputs, std::string note) {
    if (actor == Actor::Attacker && !m_attacker)
        return;
    KnowledgeItem item;
    item.name = std::string(name);
    item.value = std::move(value);
    item.provenance = provenance;
    item.rule = std::move(rule);
    item.inputs = std::move(inputs);
    item.stepId = m_cur.id;
    item.note = std::move(note);
    auto ref = std::make_shared<const KnowledgeItem>(std::move(item));
    auto& items = slot(actor);
    for (auto& existing : items) {
        if (existing->name == ref->name) {
            existing = std::move(ref);
            return;
        }
    }
    items.push_back(std::move(ref));
}

void Run::applyLeak(const std::string& name, const Value& value, Leak which) {
    know(Actor::Attacker, name, value, Provenance::Leaked, "leak: " + std::string(leakName(which)), {},
         m_s.attacker.leakAfter ? "leaked after the session" : "leaked before the session");
}

void Run::leak(Leak which, std::string_view name, const Value& value) {
    if (!m_s.attacker.hasLeak(which))
        return;
    if (m_s.attacker.leakAfter) {
        m_pendingLeaks.emplace_back(which, NamedValue{std::string(name), value});
        return;
    }
    applyLeak(std::string(name), value, which);
}

Capture Run::captureOf(const Message& message, Link link, std::size_t eventIndex) const {
    Capture c;
    c.link = link;
    c.interface = message.interface;
    c.stepId = m_cur.id;
    c.eventIndex = eventIndex;
    c.from = message.from;
    c.to = message.to;
    c.wire = message.wire;
    c.opaque = message.protection == Protection::IpSec;
    if (c.opaque) {
        c.channel = "ESP";
        return c;
    }
    c.messageName = message.name;
    c.channel = message.channel;
    c.pdcp = message.pdcp;
    const bool readable = message.protection == Protection::Clear || message.protection == Protection::Integrity;
    if (readable)
        c.clearIes = message.ies;
    return c;
}

void Run::observe(const Capture& capture, const Message& message) {
    Observation o;
    o.link = capture.link;
    o.interface = capture.interface;
    o.messageName = message.name;
    o.messageEvent = capture.eventIndex;
    const std::string where = message.name + " on " + std::string(interfaceName(message.interface));
    if (capture.opaque) {
        o.opaque = true;
        o.summary = "ESP: " + std::to_string(capture.wire.size()) + " opaque octets (NDS/IP)";
        o.seen.push_back({"ESP packet", pub(capture.wire)});
        know(Actor::Attacker, "ESP packet, step " + m_cur.id, pub(capture.wire), Provenance::Observed,
             "tap on " + std::string(interfaceName(message.interface)), {}, "IPsec: unreadable without the SA keys");
    } else if (!capture.clearIes.empty() || !capture.pdcp || !capture.pdcp->ciphered) {
        std::string names;
        for (const auto& ie : capture.clearIes) {
            names += (names.empty() ? "" : ", ") + ie.name;
            o.seen.push_back({ie.name, ie.value});
            const auto* spec = MessageCodec::specByName(ie.name);
            if (spec != nullptr && !spec->knowledgeName.empty())
                know(Actor::Attacker, spec->knowledgeName, ie.value, Provenance::Observed, where);
        }
        o.summary = names.empty() ? "no content (MAC-I only)" : names + " in clear";
        if (message.channel.rfind("DRB", 0) == 0) {
            // NEA0 on the user plane: the payload itself is in clear.
            o.seen.push_back({std::string(kn::UserData), pub(capture.wire)});
            o.summary = "user data in clear (NEA0)";
            know(Actor::Attacker, kn::UserDataCiphertext, pub(capture.wire), Provenance::Observed, where, {},
                 "NEA0: the PDCP payload is the plaintext");
        }
    } else {
        o.opaque = true;
        const auto& p = *capture.pdcp;
        o.summary = "ciphertext only: " + std::to_string(capture.wire.size()) + " octets (COUNT " +
                    std::to_string(p.count) + ", BEARER " + std::to_string(p.bearer) + ", DIRECTION " +
                    std::to_string(p.direction) + ")";
        o.seen.push_back({"PDCP PDU", pub(capture.wire)});
        const std::string name =
            message.channel.rfind("DRB", 0) == 0 ? std::string(kn::UserDataCiphertext) : kn::ciphertextOf(message.name);
        know(Actor::Attacker, name, pub(capture.wire), Provenance::Observed, where, {},
             "COUNT " + std::to_string(p.count) + ", BEARER " + std::to_string(p.bearer) + ", DIRECTION " +
                 std::to_string(p.direction));
    }
    m_cur.events.emplace_back(std::move(o));
}

Run::Delivery Run::transmit(Message message) {
    checkCancel();
    const std::size_t index = m_cur.events.size();
    Delivery delivery{message.wire, false};
    const auto link = linkOf(message.interface);
    m_cur.events.emplace_back(message);
    if (!link || !m_attacker)
        return delivery;
    const Capture capture = captureOf(message, *link, index);
    if (m_s.attacker.hasTap(*link)) {
        observe(capture, message);
        if (m_opt.observer != nullptr)
            m_opt.observer->onCapture(capture, *this);
    }
    if (m_opt.interceptor != nullptr) {
        if (auto substitute = m_opt.interceptor->intercept(capture, *this)) {
            std::get<Message>(m_cur.events[index]).intercepted = true;
            substitute->from = Actor::Attacker;
            substitute->to = message.to;
            substitute->sentByAttacker = true;
            substitute->substitute = true;
            delivery.wire = substitute->wire;
            delivery.substituted = true;
            m_cur.narration +=
                fillArgs(coreTr("keyladder::Engine", " The attacker took the %1 off the link and delivered its own "
                                                     "version to the %2, which now checks it with its own keys."),
                         {message.name, std::string(actorLabel(message.to))});
            m_cur.events.emplace_back(std::move(*substitute));
        }
    }
    return delivery;
}

Message Run::x2Message(std::string name, Actor from, std::string specRef, std::vector<InformationElement> ies) {
    Message m;
    m.name = std::move(name);
    m.from = from;
    m.to = from == Actor::Enb ? Actor::Gnb : Actor::Enb;
    m.interface = Interface::X2C;
    m.specRef = std::move(specRef);
    m.ies = std::move(ies);
    const Bytes plain = MessageCodec::encode(m.ies);
    if (m_s.network.x2Protected) {
        m.protection = Protection::IpSec;
        m.channel = "X2AP over ESP";
        m.wire = MessageCodec::protectEsp(from == Actor::Enb ? m_x2EnbToGnb : m_x2GnbToEnb, m_espSequence++, plain);
        m.wireFormat = "ESP: SPI, sequence number, AES-128-CTR ciphertext, 32-bit AES-CMAC ICV (illustrative "
                       "framing) around the IE TLV (illustrative)";
    } else {
        m.protection = Protection::Clear;
        m.channel = "X2AP";
        m.wire = plain;
        m.wireFormat = "IE TLV: tag (2) length (2) value (illustrative, not X2AP ASN.1 PER)";
    }
    ++m_x2Messages;
    return m;
}

Message Run::srb1Message(std::string name, Actor from, std::string specRef, std::vector<InformationElement> ies,
                         bool cipher) {
    Message m;
    m.name = std::move(name);
    m.from = from;
    m.to = from == Actor::Ue ? Actor::Enb : Actor::Ue;
    m.interface = Interface::Uu;
    m.channel = "SRB1";
    m.specRef = std::move(specRef);
    m.ies = std::move(ies);
    const bool uplink = from == Actor::Ue;
    PdcpParameters p;
    p.count = uplink ? m_ulCount++ : m_dlCount++;
    p.bearer = kSrb1Bearer;
    p.direction = uplink ? kUplink : kDownlink;
    p.ciphered = cipher && cipheringOn();
    p.integrity = true;
    const ByteView encKey = uplink ? ByteView(m_ueKrrcEnc) : ByteView(m_enbKrrcEnc);
    const ByteView intKey = uplink ? ByteView(m_ueKrrcInt) : ByteView(m_enbKrrcInt);
    m.wire = MessageCodec::protectPdcp(MessageCodec::PdcpKind::Srb, p, encKey, intKey, MessageCodec::encode(m.ies));
    m.pdcp = p;
    m.protection = p.ciphered ? Protection::CipheredIntegrity : Protection::Integrity;
    m.wireFormat = std::string("PDCP: SN (1 octet), ") + (p.ciphered ? "128-NEA2(" : "") +
                   "IE TLV (illustrative) || MAC-I (128-NIA2)" + (p.ciphered ? ")" : "");
    return m;
}

std::vector<InformationElement> Run::receiveX2(const Delivery& delivery, Actor receiver, const std::string& name) {
    Bytes plain;
    if (m_s.network.x2Protected) {
        const auto& sa = receiver == Actor::Gnb ? m_x2EnbToGnb : m_x2GnbToEnb;
        auto opened = MessageCodec::unprotectEsp(sa, delivery.wire);
        if (!opened) {
            reject(receiver, name, "integrity",
                   "the ESP integrity check (ICV) failed: the packet was not sent by the peer node, so it is "
                   "discarded",
                   "TS 33.210; RFC 4303 3.4.4");
            throw Aborted{std::string(actorLabel(receiver)) + " discarded a forged " + name + " (IPsec)"};
        }
        plain = std::move(*opened);
    } else {
        plain = delivery.wire;
    }
    try {
        return MessageCodec::decode(plain);
    } catch (const Error& e) {
        reject(receiver, name, "encoding", std::string("the message cannot be decoded: ") + e.what(), "");
        throw Aborted{std::string(actorLabel(receiver)) + " could not decode " + name};
    }
}

std::vector<InformationElement> Run::receiveSrb1(const Delivery& delivery, Actor receiver, const std::string& name,
                                                 const PdcpParameters& expected, ByteView encKey, ByteView intKey) {
    MessageCodec::PdcpResult result;
    try {
        result = MessageCodec::unprotectPdcp(MessageCodec::PdcpKind::Srb, expected, encKey, intKey, delivery.wire);
    } catch (const Error& e) {
        result.integrityOk = false;
    }
    if (!result.integrityOk) {
        reject(receiver, "MAC-I of " + name, "integrity",
               "the 128-NIA2 MAC-I does not match the one computed with " + std::string(kn::KRRCint) +
                   ": the message was not sent by the peer, so it is discarded",
               "TS 33.401 7.4, B.2; TS 36.323 5.7");
        if (receiver == Actor::Ue)
            ueFails("integrity check failure on SRB1", "otherFailure");
        throw Aborted{"the eNB discarded a forged " + name + " (integrity check failed)"};
    }
    try {
        return MessageCodec::decode(result.payload);
    } catch (const Error& e) {
        reject(receiver, name, "encoding", std::string("the message cannot be decoded: ") + e.what(), "");
        throw Aborted{std::string(actorLabel(receiver)) + " could not decode " + name};
    }
}

void Run::ueFails(const std::string& reason, const std::string& cause) {
    // TS 36.331 5.3.5.5 / 5.3.7: a UE that cannot comply with the reconfiguration, or sees an integrity
    // failure, starts RRC connection re-establishment; the MeNB then releases the SgNB.
    Message m;
    m.name = "RRCConnectionReestablishmentRequest";
    m.from = Actor::Ue;
    m.to = Actor::Enb;
    m.interface = Interface::Uu;
    m.channel = "SRB0";
    m.specRef = "TS 36.331 5.3.7";
    m.protection = Protection::Clear;
    m.ies.push_back(MessageCodec::textIe("reestablishmentCause", cause));
    m.wire = MessageCodec::encode(m.ies);
    m.wireFormat = "IE TLV (illustrative)";
    transmit(std::move(m));
    transmit(x2Message("SGNB RELEASE REQUEST", Actor::Enb, "TS 36.423 9.1.4.5",
                       {MessageCodec::uintIe("MeNB UE X2AP ID", kMenbUeX2apId, 2),
                        MessageCodec::textIe("Cause", "radioNetwork: unspecified (" + reason + ")")}));
    throw Aborted{"the UE refused: " + reason};
}

// ----------------------------------------------------------------------------------------------------------
// Context phase

void Run::contextAka() {
    const Subscriber& sub = m_s.subscriber;
    begin("C1", Phase::Context, coreTr("keyladder::Engine", "AKA: Authentication Request with RAND and AUTN in clear"),
          "TS 33.401 6.1.1, A.2; TS 35.206",
          coreTr("keyladder::Engine",
                 "The UE attached earlier. The MME/HSS runs Milenage on the subscriber's long-term key K with a fresh "
                 "RAND, and sends RAND and AUTN in a NAS Authentication Request: in clear, because no security exists "
                 "yet. The USIM checks AUTN (MAC-A), answers with RES, and both ends derive CK, IK and then KASME. "
                 "Everything here follows from K and what crossed the air: whoever holds K can repeat every step."));
    for (Actor a : {Actor::Core, Actor::Ue}) {
        know(a, kn::K, priv(sub.k), Provenance::Own, a == Actor::Ue ? "USIM" : "HSS subscription");
        know(a, kn::OPc, priv(sub.opc), Provenance::Own, a == Actor::Ue ? "USIM" : "HSS subscription");
    }
    know(Actor::Core, kn::SQN, pub(sub.sqn), Provenance::Own, "HSS sequence number");
    know(Actor::Core, kn::AMF, pub(sub.amf), Provenance::Own, "HSS");
    know(Actor::Core, kn::RAND, pub(sub.rand), Provenance::Own, "HSS random challenge");
    leak(Leak::K, kn::K, priv(sub.k));
    leak(Leak::K, kn::OPc, priv(sub.opc));

    const MilenageResult hss = milenage(sub.k, sub.opc, sub.rand, sub.sqn, sub.amf);
    m_sqnXorAk = xorBytes(sub.sqn, hss.ak);
    Bytes autn = m_sqnXorAk;
    autn.insert(autn.end(), sub.amf.begin(), sub.amf.end());
    autn.insert(autn.end(), hss.macA.begin(), hss.macA.end());
    m_xres = hss.res;
    const Bytes snId = snIdFromPlmn(sub.plmn);
    m_mmeKasme = deriveKasme(hss.ck, hss.ik, snId, m_sqnXorAk);
    compute(Actor::Core, "Milenage f1-f5: MAC-A, XRES, CK, IK, AK", "TS 35.206",
            {{"K", priv(sub.k)},
             {"OPc", priv(sub.opc)},
             {"RAND", pub(sub.rand)},
             {"SQN", pub(sub.sqn)},
             {"AMF", pub(sub.amf)}},
            {{"MAC-A", pub(hss.macA)},
             {"XRES", sec(hss.res)},
             {"CK", sec(hss.ck)},
             {"IK", sec(hss.ik)},
             {"AK", sec(hss.ak)}});
    compute(Actor::Core, "AUTN = (SQN xor AK) || AMF || MAC-A", "TS 33.102 6.3.2",
            {{"SQN", pub(sub.sqn)}, {"AK", sec(hss.ak)}, {"AMF", pub(sub.amf)}, {"MAC-A", pub(hss.macA)}},
            {{"AUTN", pub(autn)}});
    compute(
        Actor::Core, "KDF FC 0x10 -> KASME", "TS 33.401 A.2",
        {{"CK || IK", sec(concat(hss.ck, hss.ik))}, {"SN id", pub(snId, sub.plmn)}, {"SQN xor AK", pub(m_sqnXorAk)}},
        {{"KASME", sec(m_mmeKasme)}});
    know(Actor::Core, kn::AUTN, pub(autn), Provenance::Derived, "AUTN (TS 33.102 6.3.2)", {"SQN", "AK", "AMF"});
    know(Actor::Core, kn::CK, sec(hss.ck), Provenance::Derived, "Milenage f3", {"K", "OPc", "RAND"});
    know(Actor::Core, kn::IK, sec(hss.ik), Provenance::Derived, "Milenage f4", {"K", "OPc", "RAND"});
    know(Actor::Core, kn::KASME, sec(m_mmeKasme), Provenance::Derived, "KDF FC 0x10 (TS 33.401 A.2)",
         {"CK", "IK", "SN id", "SQN xor AK"});

    Message request;
    request.name = "Authentication Request";
    request.from = Actor::Core;
    request.to = Actor::Ue;
    request.interface = Interface::Uu;
    request.channel = "NAS";
    request.specRef = "TS 24.301 8.2.7";
    request.protection = Protection::Clear;
    request.ies = {MessageCodec::octetsIe("RAND", sub.rand), MessageCodec::octetsIe("AUTN", autn)};
    request.wire = MessageCodec::encode(request.ies);
    request.wireFormat = "IE TLV (illustrative, not NAS encoding)";
    const Delivery d = transmit(std::move(request));
    const auto ies = MessageCodec::decode(d.wire);
    const Bytes rand = toPublic(findIn(ies, "RAND")->value.bytes());
    const Bytes rxAutn = toPublic(findIn(ies, "AUTN")->value.bytes());
    know(Actor::Ue, kn::RAND, pub(rand), Provenance::Received, "Authentication Request");
    know(Actor::Ue, kn::AUTN, pub(rxAutn), Provenance::Received, "Authentication Request");

    // The USIM first learns AK (f5 does not depend on SQN), recovers SQN from AUTN, then checks MAC-A.
    const Bytes rxSqnXorAk(rxAutn.begin(), rxAutn.begin() + 6);
    const Bytes rxAmf(rxAutn.begin() + 6, rxAutn.begin() + 8);
    const MilenageResult first = milenage(sub.k, sub.opc, rand, rxSqnXorAk, rxAmf);
    const Bytes ueSqn = xorBytes(rxSqnXorAk, first.ak);
    const MilenageResult usim = milenage(sub.k, sub.opc, rand, ueSqn, rxAmf);
    const bool macOk = std::equal(usim.macA.begin(), usim.macA.end(), rxAutn.begin() + 8, rxAutn.end());
    compute(Actor::Ue, "USIM: Milenage f5 -> AK, SQN = (SQN xor AK) xor AK, f1 -> XMAC = MAC-A?, f2-f4",
            "TS 33.102 6.3.3; TS 35.206",
            {{"K", priv(sub.k)}, {"OPc", priv(sub.opc)}, {"RAND", pub(rand)}, {"AUTN", pub(rxAutn)}},
            {{"SQN", pub(ueSqn)},
             {"XMAC", pub(usim.macA, macOk ? "matches MAC-A" : "does not match MAC-A")},
             {"RES", sec(usim.res)},
             {"CK", sec(usim.ck)},
             {"IK", sec(usim.ik)},
             {"AK", sec(usim.ak)}});
    if (!macOk) {
        reject(Actor::Ue, "AUTN", "mac-failure", "XMAC differs from MAC-A: the network is not authentic",
               "TS 33.102 6.3.3");
        throw Aborted{"the UE refused the authentication (MAC failure)"};
    }
    m_ueKasme = deriveKasme(usim.ck, usim.ik, snId, rxSqnXorAk);
    compute(
        Actor::Ue, "KDF FC 0x10 -> KASME", "TS 33.401 A.2",
        {{"CK || IK", sec(concat(usim.ck, usim.ik))}, {"SN id", pub(snId, sub.plmn)}, {"SQN xor AK", pub(rxSqnXorAk)}},
        {{"KASME", sec(m_ueKasme)}});
    know(Actor::Ue, kn::SQN, pub(ueSqn), Provenance::Derived, "SQN = (SQN xor AK) xor AK", {"AUTN", "AK"});
    know(Actor::Ue, kn::RES, sec(usim.res), Provenance::Derived, "Milenage f2", {"K", "OPc", "RAND"});
    know(Actor::Ue, kn::CK, sec(usim.ck), Provenance::Derived, "Milenage f3", {"K", "OPc", "RAND"});
    know(Actor::Ue, kn::IK, sec(usim.ik), Provenance::Derived, "Milenage f4", {"K", "OPc", "RAND"});
    know(Actor::Ue, kn::KASME, sec(m_ueKasme), Provenance::Derived, "KDF FC 0x10 (TS 33.401 A.2)",
         {"CK", "IK", "SN id", "SQN xor AK"});

    Message response;
    response.name = "Authentication Response";
    response.from = Actor::Ue;
    response.to = Actor::Core;
    response.interface = Interface::Uu;
    response.channel = "NAS";
    response.specRef = "TS 24.301 8.2.8";
    response.protection = Protection::Clear;
    response.ies = {MessageCodec::octetsIe("RES", usim.res)};
    response.wire = MessageCodec::encode(response.ies);
    response.wireFormat = "IE TLV (illustrative, not NAS encoding)";
    const Delivery r = transmit(std::move(response));
    const auto resIes = MessageCodec::decode(r.wire);
    const ByteView res = findIn(resIes, "RES")->value.bytes();
    const bool resOk = std::equal(res.begin(), res.end(), m_xres.begin(), m_xres.end());
    compute(Actor::Core, coreTr("keyladder::Engine", "compare RES with XRES"), "TS 33.401 6.1.1",
            {{"RES", pub(res)}, {"XRES", sec(m_xres)}},
            {{"result", txt(resOk ? "equal: the UE is authentic" : "different")}});
    if (!resOk) {
        reject(Actor::Core, "RES", "res-mismatch", "RES differs from XRES", "TS 33.401 6.1.1");
        throw Aborted{"the MME refused the authentication (RES mismatch)"};
    }
    end();
}

void Run::contextAs() {
    const Subscriber& sub = m_s.subscriber;
    begin(
        "C2", Phase::Context, coreTr("keyladder::Engine", "AS security: KeNB to the eNB, SecurityModeCommand"),
        "TS 33.401 7.2.4.5, A.3, A.7; TS 36.413 9.1.4.1",
        coreTr("keyladder::Engine",
               "The MME derives KeNB from KASME and the uplink NAS COUNT and hands it to the eNB over S1 (IPsec). The "
               "eNB derives the RRC keys KRRCenc and KRRCint (FC 0x15) and starts AS security with a "
               "SecurityModeCommand: the chosen algorithms are in clear, integrity-protected with KRRCint. The UE "
               "derives the same keys from its own KASME and confirms. From now on SRB1 is ciphered and integrity "
               "protected. An attacker holding K can derive all of these keys too: the NAS COUNT is small and "
               "guessable."));

    m_mmeKenb = deriveKenb(m_mmeKasme, sub.nasUlCount);
    compute(Actor::Core, "KDF FC 0x11 -> KeNB", "TS 33.401 A.3",
            {{"KASME", sec(m_mmeKasme)}, {"NAS UL COUNT", counterValue(sub.nasUlCount, 4)}},
            {{"KeNB", sec(m_mmeKenb)}});
    know(Actor::Core, kn::NasUlCount, counterValue(sub.nasUlCount, 4), Provenance::Own, "NAS COUNT");
    know(Actor::Core, kn::KeNB, sec(m_mmeKenb), Provenance::Derived, "KDF FC 0x11 (TS 33.401 A.3)",
         {"KASME", "NAS UL COUNT"});

    Message ics;
    ics.name = "INITIAL CONTEXT SETUP REQUEST";
    ics.from = Actor::Core;
    ics.to = Actor::Enb;
    ics.interface = Interface::S1;
    ics.channel = "S1AP over ESP";
    ics.specRef = "TS 36.413 9.1.4.1";
    ics.protection = Protection::IpSec;
    ics.ies = {MessageCodec::octetsIe("UE Security Capabilities", kUeSecurityCapabilities),
               MessageCodec::octetsIe("Security Key", m_mmeKenb)};
    ics.wire = MessageCodec::protectEsp(m_s1Sa, m_espSequence++, MessageCodec::encode(ics.ies));
    ics.wireFormat = "ESP (illustrative framing) around the IE TLV (illustrative)";
    const Delivery d = transmit(std::move(ics));
    const auto icsIes = MessageCodec::decode(*MessageCodec::unprotectEsp(m_s1Sa, d.wire));
    m_enbKenb = toSecure(findIn(icsIes, "Security Key")->value.bytes());
    know(Actor::Enb, kn::KeNB, sec(m_enbKenb), Provenance::Received, "INITIAL CONTEXT SETUP REQUEST (S1)");
    leak(Leak::KeNB, kn::KeNB, sec(m_enbKenb));

    m_enbKrrcEnc = deriveAlgorithmKey(m_enbKenb, kFcEpsAlgorithm, KeyType::RrcEnc, cipherId());
    m_enbKrrcInt = deriveAlgorithmKey(m_enbKenb, kFcEpsAlgorithm, KeyType::RrcInt, integrityId());
    const std::string eea = "EEA" + std::to_string(cipherId());
    const std::string eia = "EIA" + std::to_string(integrityId());
    const Value algs = pub(Bytes{cipherId(), integrityId()}, eea + "/" + eia);
    compute(Actor::Enb, "KDF FC 0x15 -> KRRCenc, KRRCint (last 16 octets)", "TS 33.401 A.7",
            {{"KeNB", sec(m_enbKenb)},
             {"RRC-enc, " + eea, counterValue(0x03, 1)},
             {"RRC-int, " + eia, counterValue(0x04, 1)}},
            {{"KRRCenc", sec(m_enbKrrcEnc)}, {"KRRCint", sec(m_enbKrrcInt)}});
    know(Actor::Enb, kn::AsAlgorithms, algs, Provenance::Own, "eNB algorithm choice");
    know(Actor::Enb, kn::KRRCenc, sec(m_enbKrrcEnc), Provenance::Derived, "KDF FC 0x15 (TS 33.401 A.7)",
         {"KeNB", "AS algorithms"});
    know(Actor::Enb, kn::KRRCint, sec(m_enbKrrcInt), Provenance::Derived, "KDF FC 0x15 (TS 33.401 A.7)",
         {"KeNB", "AS algorithms"});

    // The SecurityModeCommand is integrity protected but not ciphered (TS 36.331 5.3.4.3).
    const PdcpParameters smcParams{m_dlCount, kSrb1Bearer, kDownlink, 0, false, true};
    const Delivery smc = transmit(
        srb1Message("SecurityModeCommand", Actor::Enb, "TS 36.331 5.3.4",
                    {MessageCodec::algorithmsIe("securityAlgorithmConfig", cipherId(), integrityId())}, false));

    m_ueKenb = deriveKenb(m_ueKasme, sub.nasUlCount);
    compute(Actor::Ue, "KDF FC 0x11 -> KeNB", "TS 33.401 A.3",
            {{"KASME", sec(m_ueKasme)}, {"NAS UL COUNT", counterValue(sub.nasUlCount, 4)}}, {{"KeNB", sec(m_ueKenb)}});
    know(Actor::Ue, kn::NasUlCount, counterValue(sub.nasUlCount, 4), Provenance::Own, "NAS COUNT");
    know(Actor::Ue, kn::KeNB, sec(m_ueKenb), Provenance::Derived, "KDF FC 0x11 (TS 33.401 A.3)",
         {"KASME", "NAS UL COUNT"});
    // The algorithms are read before the MAC can be checked: the keys depend on them.
    const Bytes smcPayload = smc.wire.size() >= 5 ? Bytes(smc.wire.begin() + 1, smc.wire.end() - 4) : Bytes();
    std::uint8_t rxCipher = cipherId();
    std::uint8_t rxIntegrity = integrityId();
    try {
        const auto smcIes = MessageCodec::decode(smcPayload);
        if (const auto* ie = findIn(smcIes, "securityAlgorithmConfig");
            ie != nullptr && ie->value.bytes().size() == 2) {
            rxCipher = ie->value.bytes()[0];
            rxIntegrity = ie->value.bytes()[1];
        }
    } catch (const Error&) {
        // A malformed command fails the integrity check below.
    }
    m_ueKrrcEnc = deriveAlgorithmKey(m_ueKenb, kFcEpsAlgorithm, KeyType::RrcEnc, rxCipher);
    m_ueKrrcInt = deriveAlgorithmKey(m_ueKenb, kFcEpsAlgorithm, KeyType::RrcInt, rxIntegrity);
    compute(Actor::Ue, "KDF FC 0x15 -> KRRCenc, KRRCint (last 16 octets)", "TS 33.401 A.7",
            {{"KeNB", sec(m_ueKenb)}, {"algorithms", algs}},
            {{"KRRCenc", sec(m_ueKrrcEnc)}, {"KRRCint", sec(m_ueKrrcInt)}});
    receiveSrb1(smc, Actor::Ue, "SecurityModeCommand", smcParams, {}, m_ueKrrcInt);
    know(Actor::Ue, kn::AsAlgorithms, algs, Provenance::Received, "SecurityModeCommand");
    know(Actor::Ue, kn::KRRCenc, sec(m_ueKrrcEnc), Provenance::Derived, "KDF FC 0x15 (TS 33.401 A.7)",
         {"KeNB", "AS algorithms"});
    know(Actor::Ue, kn::KRRCint, sec(m_ueKrrcInt), Provenance::Derived, "KDF FC 0x15 (TS 33.401 A.7)",
         {"KeNB", "AS algorithms"});

    const PdcpParameters smcCompleteParams{m_ulCount, kSrb1Bearer, kUplink, 0, false, true};
    const Delivery done = transmit(srb1Message("SecurityModeComplete", Actor::Ue, "TS 36.331 5.3.4", {}, false));
    receiveSrb1(done, Actor::Enb, "SecurityModeComplete", smcCompleteParams, {}, m_enbKrrcInt);

    // The UE reports its capabilities on the now ciphered SRB1; with the proposal they include its D-H groups.
    std::vector<InformationElement> caps{MessageCodec::textIe(
        "ue-CapabilityRAT-ContainerList", "UE-EUTRA-Capability, UE-MRDC-Capability, UE-NR-Capability")};
    if (m_s.procedure.mode == ProcedureMode::Dh)
        caps.push_back(MessageCodec::groupListIe("ue-DHGroups", m_s.ue.dhGroups));
    know(Actor::Ue, kn::UeDhGroups, txt(groupListText(m_s.ue.dhGroups)), Provenance::Own, "UE configuration");
    const PdcpParameters capsParams{m_ulCount, kSrb1Bearer, kUplink, 0, cipheringOn(), true};
    const Delivery capsDelivery =
        transmit(srb1Message("UECapabilityInformation", Actor::Ue, "TS 36.331 5.6.3", std::move(caps), true));
    const auto capsIes =
        receiveSrb1(capsDelivery, Actor::Enb, "UECapabilityInformation", capsParams, m_enbKrrcEnc, m_enbKrrcInt);
    if (const auto* groups = findIn(capsIes, "ue-DHGroups")) {
        m_enbUeGroups = parseGroupIds(groups->value.bytes());
        know(Actor::Enb, kn::UeDhGroups, txt(groupListText(m_enbUeGroups)), Provenance::Received,
             "UECapabilityInformation");
    }
    end();
}

// ----------------------------------------------------------------------------------------------------------
// Steps 1-8

void Run::step1() {
    const std::uint16_t sk = m_s.procedure.skCounter;
    begin(
        "1", Phase::Proposal,
        dh() ? coreTr("keyladder::Engine", "eNB asks the gNB to be secondary node, with the UE's D-H groups")
             : coreTr("keyladder::Engine", "eNB asks the gNB to be secondary node, with S-KgNB"),
        dh() ? "TS 37.340 10.2.1; TS 36.423 9.1.4.1; TS 33.401 A.15; seed step 1"
             : "TS 37.340 10.2.1; TS 36.423 9.1.4.1, 9.2.101; TS 33.401 E.3.2, A.15",
        dh() ? coreTr("keyladder::Engine",
                      "The eNB (MeNB) derives S-KgNB from KeNB and sk-Counter, as today, and sends the SGNB ADDITION "
                      "REQUEST over X2-C. Today it carries S-KgNB in IE 203 (SgNB Security Key); the proposal adds the "
                      "UE's D-H capability groups, in the UE's order. ") +
                   std::string(m_s.network.x2Protected
                                   ? coreTr("keyladder::Engine", "X2 is protected by NDS/IP: a tap sees only ESP.")
                                   : coreTr("keyladder::Engine",
                                            "X2 is NOT protected: anyone on the link reads S-KgNB and the group list."))
             : coreTr("keyladder::Engine",
                      "The eNB (MeNB) derives S-KgNB = KDF(KeNB, sk-Counter) and sends it to the gNB in IE 203 of the "
                      "SGNB ADDITION REQUEST. The eNB therefore always knows the key the gNB will use. ") +
                   std::string(
                       m_s.network.x2Protected
                           ? coreTr("keyladder::Engine", "X2 is protected by NDS/IP: a tap sees only ESP.")
                           : coreTr("keyladder::Engine", "X2 is NOT protected: anyone on the link reads S-KgNB.")));
    m_enbSkgnb = deriveSkgnb(m_enbKenb, sk);
    compute(Actor::Enb, "KDF FC 0x1C -> S-KgNB", "TS 33.401 A.15",
            {{"KeNB", sec(m_enbKenb)}, {"sk-Counter", counterValue(sk, 2)}}, {{"S-KgNB", sec(m_enbSkgnb)}});
    know(Actor::Enb, kn::SkCounter, counterValue(sk, 2), Provenance::Own, "eNB SCG counter");
    know(Actor::Enb, kn::SKgNB, sec(m_enbSkgnb), Provenance::Derived, "KDF FC 0x1C (TS 33.401 A.15)",
         {"KeNB", "sk-Counter"});
    std::vector<InformationElement> ies{
        MessageCodec::uintIe("MeNB UE X2AP ID", kMenbUeX2apId, 2),
        MessageCodec::octetsIe("NR UE Security Capabilities", kNrUeSecurityCapabilities),
        MessageCodec::octetsIe("SgNB Security Key", m_enbSkgnb)};
    if (dh())
        ies.push_back(MessageCodec::groupListIe("UE D-H Capability Groups", m_enbUeGroups));
    const Delivery d = transmit(x2Message("SGNB ADDITION REQUEST", Actor::Enb, "TS 36.423 9.1.4.1", std::move(ies)));
    const auto rx = receiveX2(d, Actor::Gnb, "SGNB ADDITION REQUEST");
    const auto* key = findIn(rx, "SgNB Security Key");
    if (key == nullptr || key->value.bytes().size() != 32) {
        reject(Actor::Gnb, "SGNB ADDITION REQUEST", "missing-ie", "SgNB Security Key (256 bits) missing",
               "TS 36.423 8.7.4.4");
        throw Aborted{"SGNB ADDITION REQUEST without a valid SgNB Security Key"};
    }
    m_gnbSkgnb = toSecure(key->value.bytes());
    know(Actor::Gnb, kn::SKgNB, sec(m_gnbSkgnb), Provenance::Received, "SGNB ADDITION REQUEST (IE 203)");
    if (const auto* groups = findIn(rx, "UE D-H Capability Groups")) {
        m_gnbUeGroups = parseGroupIds(groups->value.bytes());
        know(Actor::Gnb, kn::UeDhGroups, txt(groupListText(m_gnbUeGroups)), Provenance::Received,
             "SGNB ADDITION REQUEST");
    }
    end();
}

void Run::step2() {
    if (!dh()) {
        begin(
            "2", Phase::Proposal, coreTr("keyladder::Engine", "gNB accepts S-KgNB and chooses its NR algorithms"),
            "TS 36.423 8.7.4.2; TS 33.401 E.3.2",
            coreTr(
                "keyladder::Engine",
                "As today: the gNB chooses NR ciphering and integrity algorithms from the NR UE Security Capabilities "
                "and its own priority list, and will use the S-KgNB it received from the eNB. No D-H exchange."));
        compute(Actor::Gnb, coreTr("keyladder::Engine", "choose NR algorithms"), "TS 36.423 8.7.4.2",
                {{"NR UE Security Capabilities", pub(kNrUeSecurityCapabilities)}},
                {{"algorithms", txt("NEA" + std::to_string(cipherId()) + "/NIA" + std::to_string(integrityId()))}});
        end();
        return;
    }
    begin("2", Phase::Proposal, coreTr("keyladder::Engine", "gNB selects a D-H group and makes KEi"),
          "seed step 2; RFC 7296 3.3.2 (group ids)",
          coreTr("keyladder::Engine",
                 "The gNB walks its own priority list and takes the first group the UE also supports (like the "
                 "algorithm choice of TS 36.423 8.7.4.2). It then generates a fresh key pair in that group: KEi is the "
                 "public half, the private value never leaves the gNB."));
    const GroupInfo* chosen = nullptr;
    for (const auto& id : m_s.gnb.dhPriority) {
        if (std::find(m_gnbUeGroups.begin(), m_gnbUeGroups.end(), id) != m_gnbUeGroups.end()) {
            chosen = findGroup(id);
            if (chosen != nullptr && chosen->available)
                break;
            chosen = nullptr;
        }
    }
    compute(Actor::Gnb,
            coreTr("keyladder::Engine", "select group: first of the gNB's priority list that the UE supports"),
            "seed step 2",
            {{"gNB priority", txt(groupListText(m_s.gnb.dhPriority))},
             {"UE D-H groups", txt(groupListText(m_gnbUeGroups))}},
            {{"selected group", txt(chosen != nullptr ? groupLabel(*chosen) : "none in common")}});
    if (chosen == nullptr) {
        reject(Actor::Gnb, "UE D-H Capability Groups", "no-common-group",
               "none of the UE's groups (" + groupListText(m_gnbUeGroups) + ") is in the gNB's list (" +
                   groupListText(m_s.gnb.dhPriority) + ")",
               "seed step 2");
        if (m_s.procedure.fallbackToBaseline) {
            m_mode = ProcedureMode::Baseline;
            m_summary.fellBackToBaseline = true;
            m_cur.title =
                coreTr("keyladder::Engine", "No common D-H group: the gNB falls back to the baseline (bidding-down)");
            m_cur.narration =
                coreTr("keyladder::Engine",
                       "No group is in both lists. The scenario allows a fallback, so the gNB carries on "
                       "without D-H and uses the S-KgNB from IE 203, exactly as today. Nothing tells the UE "
                       "that D-H was dropped: an attacker who can edit the group list on an unprotected X2 "
                       "can force this bidding-down at will.");
            end();
            return;
        }
        m_cur.title = coreTr("keyladder::Engine", "No common D-H group");
        end();
        begin(
            "3", Phase::Proposal, coreTr("keyladder::Engine", "gNB rejects: SGNB ADDITION REQUEST REJECT"),
            "TS 36.423 9.1.4.3, 8.7.4.4",
            coreTr("keyladder::Engine",
                   "With no group in common the gNB cannot run the proposal and refuses the addition. The UE stays on "
                   "LTE only; no NR leg is set up."));
        transmit(x2Message("SGNB ADDITION REQUEST REJECT", Actor::Gnb, "TS 36.423 9.1.4.3",
                           {MessageCodec::uintIe("MeNB UE X2AP ID", kMenbUeX2apId, 2),
                            MessageCodec::textIe("Cause", "radioNetwork: no common D-H group (illustrative cause)")}));
        throw Aborted{"no common D-H group: SGNB ADDITION REQUEST REJECT"};
    }
    m_selectedGroup = chosen->id;
    m_summary.selectedGroup = chosen->id;
    progress(0.5, "gNB generates KEi");
    checkCancel();
    m_gnbPair.emplace(KeyPair::generate(*chosen, *m_rng));
    const SecureBytes gnbPrivate = m_gnbPair->privateValue();
    compute(Actor::Gnb, fillArgs(coreTr("keyladder::Engine", "generate key pair in %1"), {groupLabel(*chosen)}),
            chosen->reference, {{"group", txt(groupLabel(*chosen))}},
            {{"gNB D-H private", priv(gnbPrivate)}, {"KEi", pub(m_gnbPair->publicValue())}});
    know(Actor::Gnb, kn::SelectedGroup, pub(textBytes(chosen->id), groupLabel(*chosen)), Provenance::Own,
         "gNB group selection", {"UE D-H groups"});
    know(Actor::Gnb, kn::GnbDhPrivate, priv(gnbPrivate), Provenance::Own, "key pair generation");
    know(Actor::Gnb, kn::KEi, pub(m_gnbPair->publicValue()), Provenance::Own, "key pair generation");
    leak(Leak::GnbDhPrivate, kn::GnbDhPrivate, priv(gnbPrivate));
    end();
}

void Run::step3() {
    begin("3", Phase::Proposal,
          dh() ? coreTr("keyladder::Engine", "gNB answers with the selected group and KEi")
               : coreTr("keyladder::Engine", "gNB acknowledges the addition"),
          dh() ? "TS 36.423 9.1.4.2; seed step 3" : "TS 36.423 9.1.4.2",
          dh() ? coreTr("keyladder::Engine",
                        "The SGNB ADDITION REQUEST ACKNOWLEDGE carries the NR configuration for the UE (SgNB to MeNB "
                        "Container, CG-Config) and, new with the proposal, the selected group and KEi. KEi is public: "
                        "the eNB relays it and learns it, which is harmless for D-H.")
               : coreTr("keyladder::Engine",
                        "The SGNB ADDITION REQUEST ACKNOWLEDGE carries the NR configuration for the UE (SgNB to MeNB "
                        "Container, CG-Config)."));
    std::vector<InformationElement> ies{
        MessageCodec::uintIe("MeNB UE X2AP ID", kMenbUeX2apId, 2),
        MessageCodec::uintIe("SgNB UE X2AP ID", kSgnbUeX2apId, 2),
        MessageCodec::textIe("SgNB to MeNB Container", "CG-Config (NR RRCReconfiguration)")};
    if (dh()) {
        ies.push_back(MessageCodec::groupIe("Selected D-H Group", m_selectedGroup));
        ies.push_back(MessageCodec::octetsIe("KEi", m_gnbPair->publicValue()));
    }
    const Delivery d =
        transmit(x2Message("SGNB ADDITION REQUEST ACKNOWLEDGE", Actor::Gnb, "TS 36.423 9.1.4.2", std::move(ies)));
    const auto rx = receiveX2(d, Actor::Enb, "SGNB ADDITION REQUEST ACKNOWLEDGE");
    if (const auto* group = findIn(rx, "Selected D-H Group")) {
        const std::string id = stringOf(group->value.bytes());
        know(Actor::Enb, kn::SelectedGroup, group->value, Provenance::Received, "SGNB ADDITION REQUEST ACKNOWLEDGE");
        m_ueSelectedGroup = id; // relayed unchanged by the eNB
    }
    if (const auto* kei = findIn(rx, "KEi")) {
        m_enbKei = toPublic(kei->value.bytes());
        know(Actor::Enb, kn::KEi, pub(m_enbKei), Provenance::Received, "SGNB ADDITION REQUEST ACKNOWLEDGE");
    }
    end();
}

void Run::step4() {
    const bool withDh = !m_enbKei.empty();
    begin(
        "4", Phase::Proposal,
        withDh ? coreTr("keyladder::Engine", "eNB relays group and KEi to the UE (RRCConnectionReconfiguration)")
               : coreTr("keyladder::Engine", "eNB sends sk-Counter to the UE (RRCConnectionReconfiguration)"),
        withDh ? "TS 36.331 5.3.5.3, 6.2.2 (v1510); seed step 4" : "TS 36.331 5.3.5.3, 6.2.2 (v1510)",
        std::string(coreTr("keyladder::Engine",
                           "The eNB embeds the NR configuration in an RRCConnectionReconfiguration on SRB1, with "
                           "sk-Counter so the UE can derive S-KgNB itself")) +
            (withDh ? coreTr("keyladder::Engine", ", and, new with the proposal, the selected group and KEi. ")
                    : ". ") +
            (cipheringOn()
                 ? coreTr("keyladder::Engine",
                          "SRB1 is ciphered with 128-NEA2 under KRRCenc and integrity protected with 128-NIA2 "
                          "under KRRCint: a tap sees only ciphertext, but both keys come from K.")
                 : coreTr("keyladder::Engine", "SRB1 uses NEA0 (no ciphering): the content is readable on the air.")));
    std::vector<InformationElement> ies{
        MessageCodec::uintIe("sk-Counter-r15", m_s.procedure.skCounter, 2),
        MessageCodec::textIe("nr-Config-r15", "setup: nr-SecondaryCellGroupConfig-r15 (from CG-Config)"),
        MessageCodec::textIe("nr-RadioBearerConfig1-r15", "DRB on NR PDCP, keyToUse secondary")};
    if (withDh) {
        ies.push_back(MessageCodec::groupIe("selectedDHGroup", m_ueSelectedGroup));
        ies.push_back(MessageCodec::octetsIe("KEi", m_enbKei));
    }
    const PdcpParameters expected{m_dlCount, kSrb1Bearer, kDownlink, 0, cipheringOn(), true};
    const Delivery d =
        transmit(srb1Message("RRCConnectionReconfiguration", Actor::Enb, "TS 36.331 6.2.2", std::move(ies), true));
    const auto rx = receiveSrb1(d, Actor::Ue, "RRCConnectionReconfiguration", expected, m_ueKrrcEnc, m_ueKrrcInt);
    if (const auto* sk = findIn(rx, "sk-Counter-r15")) {
        std::uint32_t v = 0;
        for (auto o : sk->value.bytes())
            v = (v << 8) | o;
        m_ueSkCounter = static_cast<std::uint16_t>(v);
        know(Actor::Ue, kn::SkCounter, counterValue(m_ueSkCounter, 2), Provenance::Received,
             "RRCConnectionReconfiguration");
    }
    m_ueSelectedGroup.clear();
    if (const auto* group = findIn(rx, "selectedDHGroup")) {
        m_ueSelectedGroup = stringOf(group->value.bytes());
        know(Actor::Ue, kn::SelectedGroup, group->value, Provenance::Received, "RRCConnectionReconfiguration");
    }
    if (const auto* kei = findIn(rx, "KEi")) {
        m_ueKei = toPublic(kei->value.bytes());
        know(Actor::Ue, kn::KEi, pub(m_ueKei), Provenance::Received, "RRCConnectionReconfiguration");
    }
    end();
}

void Run::step5() {
    const bool withDh = !m_ueKei.empty();
    if (!withDh) {
        begin("5", Phase::Proposal, coreTr("keyladder::Engine", "UE confirms (RRCConnectionReconfigurationComplete)"),
              "TS 36.331 5.3.5.3",
              coreTr("keyladder::Engine", "The UE applies the NR configuration and confirms on SRB1."));
        if (m_s.procedure.mode == ProcedureMode::Dh)
            m_cur.narration += coreTr("keyladder::Engine",
                                      " It offered D-H groups but got no KEi: nothing in the protocol tells it that "
                                      "the D-H exchange was dropped.");
        const PdcpParameters expected{m_ulCount, kSrb1Bearer, kUplink, 0, cipheringOn(), true};
        const Delivery d = transmit(
            srb1Message("RRCConnectionReconfigurationComplete", Actor::Ue, "TS 36.331 6.2.2",
                        {MessageCodec::textIe("scg-ConfigResponseNR-r15", "NR RRCReconfigurationComplete")}, true));
        receiveSrb1(d, Actor::Enb, "RRCConnectionReconfigurationComplete", expected, m_enbKrrcEnc, m_enbKrrcInt);
        end();
        return;
    }
    begin("5", Phase::Proposal, coreTr("keyladder::Engine", "UE checks KEi, makes KEr and derives the D-H key"),
          "seed step 5; SP 800-56A 5.6.2.3; RFC 7748 6.1",
          coreTr("keyladder::Engine",
                 "The UE checks that the group is one it offered and strong enough for its policy, validates KEi, "
                 "generates its own key pair (KEr is the public half) and computes the D-H key from its private value "
                 "and KEi. It answers with RRCConnectionReconfigurationComplete carrying KEr. The eNB relays both "
                 "halves but cannot compute the D-H key: that needs one of the private values."));
    const GroupInfo* group = findGroup(m_ueSelectedGroup);
    const bool offered =
        std::find(m_s.ue.dhGroups.begin(), m_s.ue.dhGroups.end(), m_ueSelectedGroup) != m_s.ue.dhGroups.end();
    if (group == nullptr || !offered) {
        reject(Actor::Ue, "selected group " + m_ueSelectedGroup, "not-offered",
               "the network selected a group the UE did not offer (" + groupListText(m_s.ue.dhGroups) + ")",
               "seed step 5");
        m_cur.title = coreTr("keyladder::Engine", "UE refuses a group it did not offer");
        ueFails("selected D-H group not offered", "reconfigurationFailure");
    }
    compute(Actor::Ue, coreTr("keyladder::Engine", "check the selected group against the UE's policy"),
            "UE policy (minSecurityBits)",
            {{"selected group", txt(groupLabel(*group))},
             {"estimated strength", txt(std::to_string(group->securityBits) + " bits")},
             {"minSecurityBits", txt(std::to_string(m_s.ue.minSecurityBits) + " bits")}},
            {{"result", txt(group->securityBits >= m_s.ue.minSecurityBits ? "accepted" : "too weak")}});
    if (group->securityBits < m_s.ue.minSecurityBits) {
        reject(Actor::Ue, "selected group " + groupLabel(*group), "minSecurityBits",
               "the group gives about " + std::to_string(group->securityBits) +
                   " bits of security, below the UE's "
                   "minimum of " +
                   std::to_string(m_s.ue.minSecurityBits) + " bits",
               "UE policy (minSecurityBits)");
        m_cur.title =
            fillArgs(coreTr("keyladder::Engine", "UE refuses the group %1: weaker than its policy"), {group->id});
        m_cur.narration = fillArgs(
            coreTr("keyladder::Engine",
                   "The selected group gives only about %1 bits of security; the UE's policy asks for at least %2. "
                   "It refuses the reconfiguration and re-establishes the RRC connection; the eNB releases the gNB. "
                   "A minimum-strength policy is what stops a bidding-down of the group list."),
            {std::to_string(group->securityBits), std::to_string(m_s.ue.minSecurityBits)});
        ueFails("D-H group " + group->id + " below minSecurityBits", "reconfigurationFailure");
    }
    progress(0.3, "UE generates KEr");
    checkCancel();
    m_uePair.emplace(KeyPair::generate(*group, *m_rng));
    const SecureBytes uePrivate = m_uePair->privateValue();
    compute(Actor::Ue, fillArgs(coreTr("keyladder::Engine", "generate key pair in %1"), {groupLabel(*group)}),
            group->reference, {{"group", txt(groupLabel(*group))}},
            {{"UE D-H private", priv(uePrivate)}, {"KEr", pub(m_uePair->publicValue())}});
    know(Actor::Ue, kn::UeDhPrivate, priv(uePrivate), Provenance::Own, "key pair generation");
    know(Actor::Ue, kn::KEr, pub(m_uePair->publicValue()), Provenance::Own, "key pair generation");
    leak(Leak::UeDhPrivate, kn::UeDhPrivate, priv(uePrivate));
    progress(0.6, "UE derives the D-H key");
    checkCancel();
    try {
        m_ueDh = m_uePair->agree(m_ueKei);
    } catch (const ValidationError& e) {
        compute(Actor::Ue, coreTr("keyladder::Engine", "validate KEi"), "SP 800-56A 5.6.2.3; RFC 7748 6.1",
                {{"KEi", pub(m_ueKei)}}, {{"result", txt(std::string("refused: ") + e.what())}});
        reject(Actor::Ue, "KEi", ruleName(e.rule()), e.what(), "SP 800-56A 5.6.2.3; RFC 7748 6.1");
        m_cur.title = fillArgs(coreTr("keyladder::Engine", "UE refuses KEi: %1 check failed"), {ruleName(e.rule())});
        ueFails("invalid KEi (" + ruleName(e.rule()) + ")", "reconfigurationFailure");
    }
    compute(Actor::Ue,
            fillArgs(coreTr("keyladder::Engine", "validate KEi and agree: D-H key = %1 agreement"),
                     {kindName(group->kind)}),
            "seed step 5; " + group->reference, {{"UE D-H private", priv(uePrivate)}, {"KEi", pub(m_ueKei)}},
            {{"DHKey", sec(m_ueDh)}});
    know(Actor::Ue, kn::DHKey, sec(m_ueDh), Provenance::Derived, kindName(group->kind) + " agreement",
         {"UE D-H private", "KEi"});

    const PdcpParameters expected{m_ulCount, kSrb1Bearer, kUplink, 0, cipheringOn(), true};
    const Delivery d =
        transmit(srb1Message("RRCConnectionReconfigurationComplete", Actor::Ue, "TS 36.331 6.2.2",
                             {MessageCodec::textIe("scg-ConfigResponseNR-r15", "NR RRCReconfigurationComplete"),
                              MessageCodec::octetsIe("KEr", m_uePair->publicValue())},
                             true));
    const auto rx =
        receiveSrb1(d, Actor::Enb, "RRCConnectionReconfigurationComplete", expected, m_enbKrrcEnc, m_enbKrrcInt);
    if (const auto* ker = findIn(rx, "KEr")) {
        m_enbKer = toPublic(ker->value.bytes());
        know(Actor::Enb, kn::KEr, pub(m_enbKer), Provenance::Received, "RRCConnectionReconfigurationComplete");
    }
    end();
}

void Run::step6() {
    const bool withDh = !m_enbKer.empty();
    begin("6", Phase::Proposal,
          withDh ? coreTr("keyladder::Engine", "eNB relays KEr; the gNB derives the same D-H key")
                 : coreTr("keyladder::Engine", "eNB confirms to the gNB"),
          withDh ? "TS 36.423 9.1.4.4; seed step 6" : "TS 36.423 9.1.4.4",
          withDh
              ? coreTr("keyladder::Engine",
                       "The SGNB RECONFIGURATION COMPLETE carries the UE's NR RRCReconfigurationComplete and, new with "
                       "the proposal, KEr. The gNB validates KEr and computes the D-H key from its private value: the "
                       "same key as the UE's, which neither the eNB nor a passive holder of K can compute.")
              : coreTr("keyladder::Engine",
                       "The SGNB RECONFIGURATION COMPLETE tells the gNB that the UE applied the configuration."));
    std::vector<InformationElement> ies{
        MessageCodec::uintIe("MeNB UE X2AP ID", kMenbUeX2apId, 2),
        MessageCodec::uintIe("SgNB UE X2AP ID", kSgnbUeX2apId, 2),
        MessageCodec::textIe("Response Information", "Configuration successfully applied"),
        MessageCodec::textIe("MeNB to SgNB Container", "NR RRCReconfigurationComplete")};
    if (withDh)
        ies.push_back(MessageCodec::octetsIe("KEr", m_enbKer));
    const Delivery d =
        transmit(x2Message("SGNB RECONFIGURATION COMPLETE", Actor::Enb, "TS 36.423 9.1.4.4", std::move(ies)));
    const auto rx = receiveX2(d, Actor::Gnb, "SGNB RECONFIGURATION COMPLETE");
    const auto* ker = findIn(rx, "KEr");
    if (!m_gnbPair) {
        end();
        return;
    }
    if (ker == nullptr) {
        reject(Actor::Gnb, "SGNB RECONFIGURATION COMPLETE", "missing-ie", "KEr is missing", "seed step 6");
        transmit(x2Message("SGNB RELEASE REQUIRED", Actor::Gnb, "TS 36.423 9.1.4.9",
                           {MessageCodec::uintIe("MeNB UE X2AP ID", kMenbUeX2apId, 2),
                            MessageCodec::textIe("Cause", "protocol: semantic error (KEr missing)")}));
        throw Aborted{"the gNB got no KEr"};
    }
    m_gnbKer = toPublic(ker->value.bytes());
    know(Actor::Gnb, kn::KEr, pub(m_gnbKer), Provenance::Received, "SGNB RECONFIGURATION COMPLETE");
    progress(0.5, "gNB derives the D-H key");
    checkCancel();
    const SecureBytes gnbPrivate = m_gnbPair->privateValue();
    try {
        m_gnbDh = m_gnbPair->agree(m_gnbKer);
    } catch (const ValidationError& e) {
        reject(Actor::Gnb, "KEr", ruleName(e.rule()), e.what(), "SP 800-56A 5.6.2.3; RFC 7748 6.1");
        m_cur.title = fillArgs(coreTr("keyladder::Engine", "gNB refuses KEr: %1 check failed"), {ruleName(e.rule())});
        transmit(x2Message(
            "SGNB RELEASE REQUIRED", Actor::Gnb, "TS 36.423 9.1.4.9",
            {MessageCodec::uintIe("MeNB UE X2AP ID", kMenbUeX2apId, 2),
             MessageCodec::textIe("Cause", "protocol: semantic error (invalid KEr: " + ruleName(e.rule()) + ")")}));
        throw Aborted{"the gNB refused KEr (" + ruleName(e.rule()) + ")"};
    }
    const GroupInfo& group = m_gnbPair->group();
    compute(
        Actor::Gnb,
        fillArgs(coreTr("keyladder::Engine", "validate KEr and agree: D-H key = %1 agreement"), {kindName(group.kind)}),
        "seed step 6; " + group.reference, {{"gNB D-H private", priv(gnbPrivate)}, {"KEr", pub(m_gnbKer)}},
        {{"DHKey", sec(m_gnbDh)}});
    know(Actor::Gnb, kn::DHKey, sec(m_gnbDh), Provenance::Derived, kindName(group.kind) + " agreement",
         {"gNB D-H private", "KEr"});
    end();
}

void Run::step7() {
    const KeyUsage usage = m_s.procedure.keyUsage;
    const bool withDh = !m_ueDh.empty() && !m_gnbDh.empty();
    std::string narration = coreTr(
        "keyladder::Engine", "Both ends now derive the SgNB keys. The UE computes S-KgNB from KeNB and sk-Counter "
                             "(the gNB got it in IE 203). ");
    if (!withDh) {
        narration += coreTr("keyladder::Engine",
                            "In the baseline the SgNB key is S-KgNB itself, which the eNB also knows and which follows "
                            "from K. ");
    } else if (usage == KeyUsage::None) {
        narration += coreTr("keyladder::Engine",
                            "Key usage 'none' (the seed as written, \"how to use the D-H key is FFS\"): the D-H key is "
                            "computed but not used, so the SgNB key is still S-KgNB and still follows from K. ");
    } else if (usage == KeyUsage::Combine) {
        narration +=
            coreTr("keyladder::Engine",
                   "Key usage 'combine' (illustrative, FC 0xF0): S-KgNB' = KDF(S-KgNB, D-H key, sk-Counter). It "
                   "is secret if either input is: a passive attacker with K has S-KgNB but not the D-H key. ");
    } else {
        narration +=
            coreTr("keyladder::Engine",
                   "Key usage 'replace' (illustrative, FC 0xF1): S-KgNB' = KDF(D-H key, sk-Counter). It no longer "
                   "depends on the authenticated keys at all, so nothing binds it to the subscriber. ");
    }
    narration +=
        coreTr("keyladder::Engine",
               "From the SgNB key the NR keys follow with FC 0x69: KUPenc for the user plane, KSgNB-RRC-enc and "
               "KSgNB-RRC-int for SRB3.");
    begin("7", Phase::Proposal,
          withDh ? fillArgs(coreTr("keyladder::Engine", "UE and gNB derive the SgNB keys (key usage: %1)"),
                            {std::string(keyUsageName(usage))})
                 : coreTr("keyladder::Engine", "UE and gNB derive the SgNB keys from S-KgNB"),
          "TS 33.401 A.15, E.3.2; TS 33.501 A.8 (FC 0x69); seed editor's note (key usage FFS)", narration);

    m_ueSkgnb = deriveSkgnb(m_ueKenb, m_ueSkCounter);
    compute(Actor::Ue, "KDF FC 0x1C -> S-KgNB", "TS 33.401 A.15",
            {{"KeNB", sec(m_ueKenb)}, {"sk-Counter", counterValue(m_ueSkCounter, 2)}}, {{"S-KgNB", sec(m_ueSkgnb)}});
    know(Actor::Ue, kn::SKgNB, sec(m_ueSkgnb), Provenance::Derived, "KDF FC 0x1C (TS 33.401 A.15)",
         {"KeNB", "sk-Counter"});

    struct Side {
        Actor actor;
        const SecureBytes& skgnb;
        const SecureBytes& dhKey;
        std::uint16_t skCounter;
        SecureBytes& sgnbKey;
        SecureBytes& kupEnc;
    };
    const std::array<Side, 2> sides{
        Side{Actor::Ue, m_ueSkgnb, m_ueDh, m_ueSkCounter, m_ueSgnbKey, m_ueKupEnc},
        Side{Actor::Gnb, m_gnbSkgnb, m_gnbDh, m_s.procedure.skCounter, m_gnbSgnbKey, m_gnbKupEnc}};
    for (const Side& side : sides) {
        if (!withDh || usage == KeyUsage::None) {
            side.sgnbKey = side.skgnb;
            know(side.actor, kn::SgNBKey, sec(side.sgnbKey), Provenance::Derived, "SgNB key = S-KgNB", {"S-KgNB"});
        } else if (usage == KeyUsage::Combine) {
            side.sgnbKey = deriveSkgnbCombine(side.skgnb, side.dhKey, side.skCounter);
            compute(side.actor, "KDF FC 0xF0 -> S-KgNB' (combine)", "illustrative (not allocated by 3GPP)",
                    {{"S-KgNB", sec(side.skgnb)},
                     {"DHKey", sec(side.dhKey)},
                     {"sk-Counter", counterValue(side.skCounter, 2)}},
                    {{"SgNBKey", sec(side.sgnbKey)}}, true);
            know(side.actor, kn::SgNBKey, sec(side.sgnbKey), Provenance::Derived, "KDF FC 0xF0 (combine, illustrative)",
                 {"S-KgNB", "DHKey", "sk-Counter"});
        } else {
            side.sgnbKey = deriveSkgnbReplace(side.dhKey, side.skCounter);
            compute(side.actor, "KDF FC 0xF1 -> S-KgNB' (replace)", "illustrative (not allocated by 3GPP)",
                    {{"DHKey", sec(side.dhKey)}, {"sk-Counter", counterValue(side.skCounter, 2)}},
                    {{"SgNBKey", sec(side.sgnbKey)}}, true);
            know(side.actor, kn::SgNBKey, sec(side.sgnbKey), Provenance::Derived, "KDF FC 0xF1 (replace, illustrative)",
                 {"DHKey", "sk-Counter"});
        }
        side.kupEnc = deriveAlgorithmKey(side.sgnbKey, kFcNrAlgorithm, KeyType::UpEnc, cipherId());
        const SecureBytes rrcEnc = deriveAlgorithmKey(side.sgnbKey, kFcNrAlgorithm, KeyType::RrcEnc, cipherId());
        const SecureBytes rrcInt = deriveAlgorithmKey(side.sgnbKey, kFcNrAlgorithm, KeyType::RrcInt, integrityId());
        compute(side.actor, "KDF FC 0x69 -> KUPenc, KSgNB-RRC-enc, KSgNB-RRC-int (last 16 octets)",
                "TS 33.501 A.8; TS 33.401 E.3.2",
                {{"SgNBKey", sec(side.sgnbKey)},
                 {"algorithms", txt("NEA" + std::to_string(cipherId()) + "/NIA" + std::to_string(integrityId()))}},
                {{"KUPenc", sec(side.kupEnc)}, {"KSgNB-RRC-enc", sec(rrcEnc)}, {"KSgNB-RRC-int", sec(rrcInt)}});
        const std::vector<std::string> inputs{"SgNBKey"};
        know(side.actor, kn::KUPenc, sec(side.kupEnc), Provenance::Derived, "KDF FC 0x69 (TS 33.501 A.8)", inputs);
        know(side.actor, kn::KSgNBRrcEnc, sec(rrcEnc), Provenance::Derived, "KDF FC 0x69 (TS 33.501 A.8)", inputs);
        know(side.actor, kn::KSgNBRrcInt, sec(rrcInt), Provenance::Derived, "KDF FC 0x69 (TS 33.501 A.8)", inputs);
    }
    end();
}

void Run::step8() {
    const std::string& payload = m_s.userPlane.payload;
    begin("8", Phase::UserPlane, coreTr("keyladder::Engine", "UE sends user data on the NR leg"),
          "TS 33.401 B.1.3; TS 38.323 5.8",
          std::string(coreTr("keyladder::Engine", "The UE sends its data on an NR DRB, ")) +
              (cipheringOn() ? fillArgs(coreTr("keyladder::Engine",
                                               "ciphered with 128-NEA2 under KUPenc (COUNT %1, BEARER %2, uplink). "
                                               "Whoever can read it must hold KUPenc, i.e. the SgNB key."),
                                        {std::to_string(m_s.userPlane.count), std::to_string(m_s.userPlane.bearer)})
                             : coreTr("keyladder::Engine", "with NEA0: in clear.")) +
              coreTr("keyladder::Engine", " The gNB deciphers it with its own KUPenc."));
    know(Actor::Ue, kn::UserData, Value::ofText(payload), Provenance::Own, "application");
    PdcpParameters p;
    p.count = m_s.userPlane.count;
    p.bearer = m_s.userPlane.bearer;
    p.direction = kUplink;
    p.ciphered = cipheringOn();
    p.integrity = false;
    Message m;
    m.name = "user data";
    m.from = Actor::Ue;
    m.to = Actor::Gnb;
    m.interface = Interface::NrUu;
    m.channel = "DRB (NR PDCP)";
    m.specRef = "TS 38.323";
    m.protection = p.ciphered ? Protection::Ciphered : Protection::Clear;
    InformationElement data;
    data.name = "user data";
    data.value = Value::ofBytes(textBytes(payload), payload);
    m.ies.push_back(data);
    m.wire = MessageCodec::protectPdcp(MessageCodec::PdcpKind::Drb, p, m_ueKupEnc, {}, textBytes(payload));
    m.pdcp = p;
    m.wireFormat = p.ciphered ? "PDCP: D/C + SN (2 octets), 128-NEA2(payload) under KUPenc"
                              : "PDCP: D/C + SN (2 octets), payload (NEA0)";
    const Bytes plaintextOctets(textBytes(payload).begin(), textBytes(payload).end());
    compute(Actor::Ue, p.ciphered ? "128-NEA2 encrypt under KUPenc" : "NEA0 (no ciphering)", "TS 33.401 B.1.3",
            {{"KUPenc", sec(m_ueKupEnc)},
             {"COUNT", counterValue(p.count, 4)},
             {"BEARER", counterValue(p.bearer, 1)},
             {"DIRECTION", counterValue(p.direction, 1)},
             {"plaintext", pub(plaintextOctets, payload)}},
            {{"ciphertext", pub(ByteView(m.wire).subspan(2))}});
    const Delivery d = transmit(std::move(m));
    const auto result = MessageCodec::unprotectPdcp(MessageCodec::PdcpKind::Drb, p, m_gnbKupEnc, {}, d.wire);
    const std::string received(result.payload.begin(), result.payload.end());
    compute(Actor::Gnb, p.ciphered ? "128-NEA2 decrypt under KUPenc" : "NEA0 (no ciphering)", "TS 33.401 B.1.3",
            {{"KUPenc", sec(m_gnbKupEnc)}, {"ciphertext", pub(ByteView(d.wire).subspan(2))}},
            {{"plaintext", pub(result.payload, received)}});
    know(Actor::Gnb, kn::UserData, Value::ofText(received), Provenance::Received, "user data (NR)", {"KUPenc"});
    end();
}

void Run::stepLeakAfter() {
    begin("L", Phase::Aftermath, coreTr("keyladder::Engine", "After the session: the attacker obtains the leaked keys"),
          "TR 33.899 key issue #2.2; RFC 9678 (forward secrecy)",
          coreTr("keyladder::Engine",
                 "The attacker recorded the traffic and gets the keys only now. Whatever it can still compute from the "
                 "recording is what forward secrecy would have had to protect."));
    for (const auto& [which, named] : m_pendingLeaks)
        applyLeak(named.name, named.value, which);
    end();
}

void Run::finishSummary() {
    for (Actor actor : kAllActors) {
        auto& keys = m_summary.keys[static_cast<std::size_t>(actor)];
        for (std::string_view name : kSummaryKeyNames) {
            if (const KnowledgeItem* item = knownBy(actor, name))
                keys.push_back({std::string(name), item->value});
        }
    }
    AttackerVerdict& verdict = m_summary.attacker;
    if (!m_attacker) {
        verdict.why = "There is no attacker in this scenario.";
        return;
    }
    if (m_opt.observer != nullptr) {
        m_opt.observer->finish(*this, m_summary, verdict);
        // The observer may have learnt more while finishing; keep the attacker's keys in step with it.
        auto& keys = m_summary.keys[static_cast<std::size_t>(Actor::Attacker)];
        keys.clear();
        for (std::string_view name : kSummaryKeyNames) {
            if (const KnowledgeItem* item = knownBy(Actor::Attacker, name))
                keys.push_back({std::string(name), item->value});
        }
        return;
    }
    // Without an attacker model only what the taps recorded is known: the plaintext is read only when it
    // crossed a tapped link in clear.
    const KnowledgeItem* plain = knownBy(Actor::Attacker, kn::UserData);
    verdict.readsUserData = plain != nullptr;
    if (plain != nullptr)
        verdict.plaintext = plain->value.text();
    std::size_t recorded = 0;
    for (const auto& item : slot(Actor::Attacker))
        recorded += item->provenance == Provenance::Observed ? 1 : 0;
    verdict.why = "Only the taps were modelled (no derivation rules ran): the attacker recorded " +
                  std::to_string(recorded) +
                  " values and reads the user data only if it crossed a tapped link in clear.";
}

Trace Run::execute() {
    m_summary.status = RunStatus::Established;
    try {
        contextAka();
        contextAs();
        step1();
        step2();
        step3();
        step4();
        step5();
        step6();
        step7();
        step8();
        if (m_summary.fellBackToBaseline) {
            m_summary.reason =
                coreTr("keyladder::Engine", "no common D-H group: fell back to the baseline (a bidding-down)");
        } else if (m_s.procedure.mode == ProcedureMode::Dh) {
            m_summary.reason = fillArgs(
                coreTr("keyladder::Engine", "D-H key agreed in group %1; SgNB key: %2"),
                {groupLabel(m_gnbPair->group()), m_s.procedure.keyUsage == KeyUsage::None
                                                     ? coreTr("keyladder::Engine", "S-KgNB (D-H key not used)")
                                                 : m_s.procedure.keyUsage == KeyUsage::Combine
                                                     ? coreTr("keyladder::Engine", "KDF(S-KgNB, D-H key) (combine)")
                                                     : coreTr("keyladder::Engine", "KDF(D-H key) (replace)")});
        } else {
            m_summary.reason =
                coreTr("keyladder::Engine", "baseline: the gNB uses the S-KgNB it got from the eNB (IE 203)");
        }
    } catch (const Aborted& a) {
        m_summary.status = RunStatus::Rejected;
        m_summary.reason = a.reason;
        end();
    }
    if (!m_pendingLeaks.empty())
        stepLeakAfter();
    finishSummary();
    const bool deterministic = m_rng->deterministic();
    return Trace(m_s, std::move(m_steps), std::move(m_summary), deterministic);
}

} // namespace

Trace runScenario(const Scenario& scenario, const RunOptions& options) {
    Run run(scenario, options);
    return run.execute();
}

} // namespace keyladder
