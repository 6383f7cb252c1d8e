// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "core/crypto/Bytes.h"
#include "core/protocol/Scenario.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace keyladder {

/** @brief The lifelines of the ladder, in drawing order. `Core` is the MME/HSS of the context phase. */
enum class Actor : std::uint8_t { Ue, Enb, Gnb, Core, Attacker };
inline constexpr std::size_t kActorCount = 5;
inline constexpr std::array<Actor, kActorCount> kAllActors{Actor::Ue, Actor::Enb, Actor::Gnb, Actor::Core,
                                                           Actor::Attacker};
/** @brief Stable key used in JSON: "UE", "eNB", "gNB", "MME", "Attacker". */
std::string_view actorId(Actor actor);
/** @brief Label for a lifeline: "UE", "eNB (MeNB)", "gNB (SgNB)", "MME/HSS", "Attacker". */
std::string_view actorLabel(Actor actor);
std::optional<Actor> actorFromId(std::string_view id);

/** @brief "context" (AKA, AS security), "proposal" (steps 1-7), "user plane" (8), "after the session". */
enum class Phase : std::uint8_t { Context, Proposal, UserPlane, Aftermath };
std::string_view phaseName(Phase phase);

/** @brief The interface a message crosses. */
enum class Interface : std::uint8_t { Uu, NrUu, X2C, S1 };
std::string_view interfaceName(Interface iface); ///< "Uu", "NR-Uu", "X2-C", "S1"
/** @brief The link an attacker would tap to see this interface (Uu and NR-Uu are both air), if any. */
std::optional<Link> linkOf(Interface iface);

/** @brief How a message is protected on its interface. */
enum class Protection : std::uint8_t { Clear, Integrity, CipheredIntegrity, Ciphered, IpSec };
/** @brief "clear", "integrity", "ciphered + integrity", "ciphered", "IPsec (NDS/IP)". */
std::string_view protectionText(Protection protection);

/** @brief How secret a value is. `Private` values (K, OPc, D-H private values, SA keys) leave the trace only
 *  when secrets are asked for; `Secret` ones (session keys, shared secrets) are marked but shown. */
enum class Secrecy : std::uint8_t { Public, Secret, Private };

/**
 * @brief A value shown in the trace: octets and/or a human-readable text.
 *
 * Secret octets are held in SecureBytes (zeroed when freed); hex is made on demand.
 */
class Value {
public:
    Value() = default;
    static Value ofText(std::string text);
    static Value ofBytes(ByteView bytes, std::string text = {});
    static Value ofSecret(ByteView bytes, std::string text = {}, Secrecy secrecy = Secrecy::Secret);

    bool hasBytes() const { return m_hasBytes; }
    ByteView bytes() const;
    const std::string& text() const { return m_text; }
    Secrecy secrecy() const { return m_secrecy; }
    bool isSecret() const { return m_secrecy != Secrecy::Public; }
    /** @brief Lowercase hex of the octets ("" if there are none). */
    std::string hex() const;
    /** @brief The text if there is one, else the hex. */
    std::string display() const;
    bool sameBytes(const Value& other) const;

private:
    Bytes m_public;
    SecureBytes m_secret;
    std::string m_text;
    Secrecy m_secrecy = Secrecy::Public;
    bool m_hasBytes = false;
};

struct NamedValue {
    std::string name;
    Value value;
};

/** @brief One information element of a message, named as the specs write it. */
struct InformationElement {
    std::string name; ///< "SgNB Security Key", "KEi", "sk-Counter-r15"
    Value value;
    int ieId = 0;              ///< protocol IE id where the spec allocates one (203 = SgNB Security Key)
    bool illustrative = false; ///< not in any 3GPP spec: added by the proposal or chosen by the project
    std::string note;          ///< e.g. "added by the proposal", "TS 36.423 9.2.101"
};

/** @brief PDCP parameters of a ciphered/integrity-protected PDU; visible to a tap (header) except the keys. */
struct PdcpParameters {
    std::uint32_t count = 0;
    std::uint8_t bearer = 0;    ///< 5-bit BEARER (RB identity - 1)
    std::uint8_t direction = 0; ///< 0 uplink, 1 downlink
    std::size_t lengthBits = 0; ///< of the ciphered part
    bool ciphered = false;
    bool integrity = false;
};

/** @brief A message on an interface. */
struct Message {
    std::string name; ///< "SGNB ADDITION REQUEST", "RRCConnectionReconfiguration"
    Actor from = Actor::Ue;
    Actor to = Actor::Ue;
    Interface interface = Interface::Uu;
    Protection protection = Protection::Clear;
    std::string channel;                 ///< "NAS", "SRB1", "DRB (NR PDCP)", "X2AP (procedure code 27)"
    std::string specRef;                 ///< "TS 36.423 9.1.4.1"
    std::vector<InformationElement> ies; ///< the content as its sender meant it (clear view)
    Bytes wire;                          ///< the octets on the link (ciphertext, ESP, or clear TLV)
    std::string wireFormat;              ///< how `wire` is built, with "(illustrative)" where it applies
    std::optional<PdcpParameters> pdcp;
    bool sentByAttacker = false; ///< the attacker sent it (an active attack)
    bool substitute = false;     ///< it replaces a message the attacker took off the link
    bool intercepted = false;    ///< it never reached `to`: the attacker took it off the link
    std::string attackerNote;

    const InformationElement* findIe(std::string_view ieName) const;
};

/** @brief A computation on one actor's lifeline: function, inputs, outputs. */
struct Computation {
    Actor actor = Actor::Ue;
    std::string function; ///< "KDF FC 0x1C -> S-KgNB", "Milenage f2-f5", "X25519 agreement"
    std::string specRef;  ///< "TS 33.401 A.15"
    std::vector<NamedValue> inputs;
    std::vector<NamedValue> outputs;
    bool illustrative = false; ///< e.g. FC 0xF0/0xF1, not allocated by 3GPP
};

/** @brief The attacker's tap saw a message. */
struct Observation {
    Actor observer = Actor::Attacker;
    Link link = Link::Uu;
    Interface interface = Interface::Uu;
    std::string messageName;      ///< of the message seen (always known to the trace)
    std::size_t messageEvent = 0; ///< index in the step's events of the message seen
    bool opaque = false;          ///< only ciphertext/ESP: nothing readable without keys
    std::string summary;          ///< "RAND and AUTN in clear", "ESP: 212 opaque octets"
    std::vector<NamedValue> seen; ///< what it recorded (clear IEs, or the ciphertext)
};

/** @brief Someone refused something and the rule that made it refuse. */
struct Rejection {
    Actor by = Actor::Ue;
    std::string what;   ///< "KEi", "selected group toy-40", "MAC-I of RRCConnectionReconfiguration"
    std::string rule;   ///< "on-curve", "minSecurityBits", "no-common-group", "integrity"
    std::string reason; ///< full sentence
    std::string specRef;
};

using Event = std::variant<Message, Computation, Observation, Rejection>;

/** @brief Where a value an actor knows came from. */
enum class Provenance : std::uint8_t { Own, Received, Observed, Leaked, Guessed, Derived };
std::string_view provenanceName(Provenance provenance); ///< "own", "received", "observed", "leaked", ...

/** @brief One value an actor holds, with how it got it. */
struct KnowledgeItem {
    std::string name; ///< "KeNB", "KEi", "RAND" (see KnowledgeNames.h)
    Value value;
    Provenance provenance = Provenance::Own;
    std::string rule;                ///< derived: rule/function; received/observed: message; leaked: leak
    std::vector<std::string> inputs; ///< names of the same actor's items it was computed from
    std::string stepId;              ///< the step in which the actor learnt it
    std::string note;
};
using KnowledgeRef = std::shared_ptr<const KnowledgeItem>;

/** @brief What every actor knows after a step. Items are shared between steps (not copied). */
struct KnowledgeSnapshot {
    std::array<std::vector<KnowledgeRef>, kActorCount> byActor;

    const std::vector<KnowledgeRef>& of(Actor actor) const { return byActor[static_cast<std::size_t>(actor)]; }
    const KnowledgeItem* find(Actor actor, std::string_view name) const;
};

/** @brief One step of the ladder. */
struct Step {
    std::string id; ///< "C1", "C2", "1".."8", "5r" (a refusal), "L" (a leak after the session)
    Phase phase = Phase::Proposal;
    std::string title;
    std::string narration; ///< what happens and why
    std::string specRef;   ///< "TS 33.401 E.3.4; seed step 3"
    std::vector<Event> events;
    KnowledgeSnapshot knowledge; ///< after the step
};

enum class RunStatus : std::uint8_t { Established, Rejected };
std::string_view runStatusName(RunStatus status); ///< "established" | "rejected"

/** @brief Whether the attacker obtained one target value, and how (filled by the attacker model). */
struct TargetVerdict {
    std::string target; ///< "KeNB", "S-KgNB", "DHKey", "SgNBKey", "KUPenc", "plaintext"
    bool obtained = false;
    std::vector<std::string> chain; ///< derivation chain, one line per rule, first to last
    std::string missing;            ///< when not obtained: the missing piece and why
};

struct AttackerVerdict {
    bool readsUserData = false;
    std::optional<std::string> plaintext;
    std::string why;
    std::vector<TargetVerdict> targets;
};

/** @brief The part of the trace scripts rely on. */
struct Summary {
    RunStatus status = RunStatus::Rejected;
    std::string reason;
    std::string selectedGroup;       ///< canonical group id ("31", "toy-48"); empty when none was selected
    bool fellBackToBaseline = false; ///< no common group and the baseline was used: a bidding-down
    /** @brief Per actor, in a fixed order: KASME, KeNB, KRRCenc, KRRCint, S-KgNB, DHKey, SgNBKey, KUPenc
     *  (only those the actor holds at the end). */
    std::array<std::vector<NamedValue>, kActorCount> keys;
    AttackerVerdict attacker;

    const NamedValue* key(Actor actor, std::string_view name) const;
};

/** @brief The names used in Summary::keys, in order. */
inline constexpr std::array<std::string_view, 8> kSummaryKeyNames{"KASME",  "KeNB",  "KRRCenc", "KRRCint",
                                                                  "S-KgNB", "DHKey", "SgNBKey", "KUPenc"};

/**
 * @brief The immutable result of a run (`keyladder.trace/1`): the single source of truth for every view.
 *
 * Stepping backwards is an index into steps(), never a recomputation.
 */
class Trace {
public:
    static constexpr std::string_view kSchema = "keyladder.trace/1";

    Trace(Scenario scenario, std::vector<Step> steps, Summary summary, bool deterministic);

    const Scenario& scenario() const { return m_scenario; }
    const std::vector<Step>& steps() const { return m_steps; }
    const Summary& summary() const { return m_summary; }
    /** @brief True when the run used the seeded (insecure, reproducible) RNG. */
    bool deterministic() const { return m_deterministic; }
    /** @brief True when the scenario has an attacker (taps, leaks or an active behaviour). */
    bool attackerPresent() const { return m_scenario.attacker.present(); }

    /** @brief The step with id @p id, or nullptr. */
    const Step* findStep(std::string_view id) const;
    /** @brief Index of the step with id @p id, or -1. */
    int indexOf(std::string_view id) const;
    /** @brief The lifelines to draw, in order (the attacker only when present). */
    std::vector<Actor> lifelines() const;

private:
    Scenario m_scenario;
    std::vector<Step> m_steps;
    Summary m_summary;
    bool m_deterministic = false;
};

} // namespace keyladder
