// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/protocol/Trace.h"

#include <algorithm>

namespace keyladder {

std::string_view actorId(Actor actor) {
    switch (actor) {
    case Actor::Ue:
        return "UE";
    case Actor::Enb:
        return "eNB";
    case Actor::Gnb:
        return "gNB";
    case Actor::Core:
        return "MME";
    case Actor::Attacker:
        return "Attacker";
    }
    return "?";
}

std::string_view actorLabel(Actor actor) {
    switch (actor) {
    case Actor::Ue:
        return "UE";
    case Actor::Enb:
        return "eNB (MeNB)";
    case Actor::Gnb:
        return "gNB (SgNB)";
    case Actor::Core:
        return "MME/HSS";
    case Actor::Attacker:
        return "Attacker";
    }
    return "?";
}

std::optional<Actor> actorFromId(std::string_view id) {
    for (Actor actor : kAllActors) {
        if (actorId(actor) == id)
            return actor;
    }
    return std::nullopt;
}

std::string_view phaseName(Phase phase) {
    switch (phase) {
    case Phase::Context:
        return "context";
    case Phase::Proposal:
        return "proposal";
    case Phase::UserPlane:
        return "user plane";
    case Phase::Aftermath:
        return "after the session";
    }
    return "?";
}

std::string_view interfaceName(Interface iface) {
    switch (iface) {
    case Interface::Uu:
        return "Uu";
    case Interface::NrUu:
        return "NR-Uu";
    case Interface::X2C:
        return "X2-C";
    case Interface::S1:
        return "S1";
    }
    return "?";
}

std::optional<Link> linkOf(Interface iface) {
    switch (iface) {
    case Interface::Uu:
    case Interface::NrUu:
        return Link::Uu;
    case Interface::X2C:
        return Link::X2;
    case Interface::S1:
        return std::nullopt;
    }
    return std::nullopt;
}

std::string_view protectionText(Protection protection) {
    switch (protection) {
    case Protection::Clear:
        return "clear";
    case Protection::Integrity:
        return "integrity";
    case Protection::CipheredIntegrity:
        return "ciphered + integrity";
    case Protection::Ciphered:
        return "ciphered";
    case Protection::IpSec:
        return "IPsec (NDS/IP)";
    }
    return "?";
}

std::string_view provenanceName(Provenance provenance) {
    switch (provenance) {
    case Provenance::Own:
        return "own";
    case Provenance::Received:
        return "received";
    case Provenance::Observed:
        return "observed";
    case Provenance::Leaked:
        return "leaked";
    case Provenance::Guessed:
        return "guessed";
    case Provenance::Derived:
        return "derived";
    }
    return "?";
}

std::string_view runStatusName(RunStatus status) {
    return status == RunStatus::Established ? "established" : "rejected";
}

Value Value::ofText(std::string text) {
    Value v;
    v.m_text = std::move(text);
    return v;
}

Value Value::ofBytes(ByteView bytes, std::string text) {
    Value v;
    v.m_public.assign(bytes.begin(), bytes.end());
    v.m_text = std::move(text);
    v.m_hasBytes = true;
    return v;
}

Value Value::ofSecret(ByteView bytes, std::string text, Secrecy secrecy) {
    Value v;
    v.m_secret.assign(bytes.begin(), bytes.end());
    v.m_text = std::move(text);
    v.m_hasBytes = true;
    v.m_secrecy = secrecy == Secrecy::Public ? Secrecy::Secret : secrecy;
    return v;
}

ByteView Value::bytes() const {
    return isSecret() ? ByteView(m_secret) : ByteView(m_public);
}

std::string Value::hex() const {
    return m_hasBytes ? toHex(bytes()) : std::string();
}

std::string Value::display() const {
    return m_text.empty() ? hex() : m_text;
}

bool Value::sameBytes(const Value& other) const {
    const ByteView a = bytes();
    const ByteView b = other.bytes();
    return m_hasBytes && other.m_hasBytes && std::equal(a.begin(), a.end(), b.begin(), b.end());
}

const InformationElement* Message::findIe(std::string_view ieName) const {
    for (const auto& ie : ies) {
        if (ie.name == ieName)
            return &ie;
    }
    return nullptr;
}

const KnowledgeItem* KnowledgeSnapshot::find(Actor actor, std::string_view name) const {
    for (const auto& item : of(actor)) {
        if (item->name == name)
            return item.get();
    }
    return nullptr;
}

const NamedValue* Summary::key(Actor actor, std::string_view name) const {
    for (const auto& entry : keys[static_cast<std::size_t>(actor)]) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

Trace::Trace(Scenario scenario, std::vector<Step> steps, Summary summary, bool deterministic)
    : m_scenario(std::move(scenario)), m_steps(std::move(steps)), m_summary(std::move(summary)),
      m_deterministic(deterministic) {}

const Step* Trace::findStep(std::string_view id) const {
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_steps[static_cast<std::size_t>(index)];
}

int Trace::indexOf(std::string_view id) const {
    for (std::size_t i = 0; i < m_steps.size(); ++i) {
        if (m_steps[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

std::vector<Actor> Trace::lifelines() const {
    std::vector<Actor> actors{Actor::Ue, Actor::Enb, Actor::Gnb, Actor::Core};
    if (attackerPresent())
        actors.push_back(Actor::Attacker);
    return actors;
}

} // namespace keyladder
