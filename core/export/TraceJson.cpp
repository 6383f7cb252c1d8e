// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/export/TextRenderers.h"

#include <nlohmann/json.hpp>

namespace keyladder {

namespace {

using ordered = nlohmann::ordered_json;

ordered valueJson(const Value& value, bool secrets) {
    ordered v = ordered::object();
    if (value.secrecy() == Secrecy::Private && !secrets) {
        v["secret"] = true;
        v["private"] = true;
        v["redacted"] = true;
        return v;
    }
    if (value.hasBytes())
        v["hex"] = value.hex();
    if (!value.text().empty())
        v["text"] = value.text();
    v["secret"] = value.isSecret();
    if (value.secrecy() == Secrecy::Private)
        v["private"] = true;
    return v;
}

ordered namedValues(const std::vector<NamedValue>& values, bool secrets) {
    ordered list = ordered::array();
    for (const auto& nv : values)
        list.push_back({{"name", nv.name}, {"value", valueJson(nv.value, secrets)}});
    return list;
}

ordered messageJson(const Message& m, bool secrets) {
    ordered j = ordered::object();
    j["type"] = "message";
    j["name"] = m.name;
    j["from"] = actorId(m.from);
    j["to"] = actorId(m.to);
    j["interface"] = interfaceName(m.interface);
    j["protection"] = protectionText(m.protection);
    j["channel"] = m.channel;
    j["specRef"] = m.specRef;
    ordered ies = ordered::array();
    for (const auto& ie : m.ies) {
        ordered e = ordered::object();
        e["name"] = ie.name;
        e["value"] = valueJson(ie.value, secrets);
        if (ie.ieId != 0)
            e["ieId"] = ie.ieId;
        e["illustrative"] = ie.illustrative;
        if (!ie.note.empty())
            e["note"] = ie.note;
        ies.push_back(std::move(e));
    }
    j["ies"] = std::move(ies);
    j["wire"] = toHex(m.wire);
    j["wireFormat"] = m.wireFormat;
    if (m.pdcp) {
        j["pdcp"] = {{"count", m.pdcp->count},         {"bearer", m.pdcp->bearer},
                     {"direction", m.pdcp->direction}, {"lengthBits", m.pdcp->lengthBits},
                     {"ciphered", m.pdcp->ciphered},   {"integrity", m.pdcp->integrity}};
    }
    j["sentByAttacker"] = m.sentByAttacker;
    j["substitute"] = m.substitute;
    j["intercepted"] = m.intercepted;
    if (!m.attackerNote.empty())
        j["attackerNote"] = m.attackerNote;
    return j;
}

ordered eventJson(const Event& event, bool secrets) {
    if (const auto* m = std::get_if<Message>(&event))
        return messageJson(*m, secrets);
    if (const auto* c = std::get_if<Computation>(&event)) {
        ordered j = ordered::object();
        j["type"] = "computation";
        j["actor"] = actorId(c->actor);
        j["function"] = c->function;
        j["specRef"] = c->specRef;
        j["inputs"] = namedValues(c->inputs, secrets);
        j["outputs"] = namedValues(c->outputs, secrets);
        j["illustrative"] = c->illustrative;
        return j;
    }
    if (const auto* o = std::get_if<Observation>(&event)) {
        ordered j = ordered::object();
        j["type"] = "observation";
        j["observer"] = actorId(o->observer);
        j["link"] = linkName(o->link);
        j["interface"] = interfaceName(o->interface);
        j["message"] = o->messageName;
        j["messageEvent"] = o->messageEvent;
        j["opaque"] = o->opaque;
        j["summary"] = o->summary;
        j["seen"] = namedValues(o->seen, secrets);
        return j;
    }
    const auto& r = std::get<Rejection>(event);
    ordered j = ordered::object();
    j["type"] = "rejection";
    j["by"] = actorId(r.by);
    j["what"] = r.what;
    j["rule"] = r.rule;
    j["reason"] = r.reason;
    j["specRef"] = r.specRef;
    return j;
}

ordered knowledgeJson(const KnowledgeSnapshot& snapshot, const std::vector<Actor>& actors, bool secrets) {
    ordered j = ordered::object();
    for (Actor actor : actors) {
        ordered items = ordered::array();
        for (const auto& item : snapshot.of(actor)) {
            ordered i = ordered::object();
            i["name"] = item->name;
            i["value"] = valueJson(item->value, secrets);
            i["provenance"] = provenanceName(item->provenance);
            i["rule"] = item->rule;
            i["inputs"] = item->inputs;
            i["step"] = item->stepId;
            if (!item->note.empty())
                i["note"] = item->note;
            items.push_back(std::move(i));
        }
        j[std::string(actorId(actor))] = std::move(items);
    }
    return j;
}

} // namespace

std::string renderJson(const Trace& trace, bool secrets) {
    ordered doc = ordered::object();
    doc["schema"] = Trace::kSchema;
    doc["generator"] = std::string("KeyLadder ") + KEYLADDER_VERSION;
    doc["deterministic"] = trace.deterministic();
    doc["secretsIncluded"] = secrets;
    ordered scenario = ordered::parse(saveScenario(trace.scenario()));
    if (!secrets) {
        scenario["subscriber"]["k"] = nullptr;
        scenario["subscriber"]["opc"] = nullptr;
    }
    doc["scenario"] = std::move(scenario);

    const std::vector<Actor> actors = trace.lifelines();
    ordered lifelines = ordered::array();
    for (Actor actor : actors)
        lifelines.push_back({{"id", actorId(actor)}, {"label", actorLabel(actor)}});
    doc["lifelines"] = std::move(lifelines);

    ordered steps = ordered::array();
    for (const Step& step : trace.steps()) {
        ordered s = ordered::object();
        s["id"] = step.id;
        s["phase"] = phaseName(step.phase);
        s["title"] = step.title;
        s["narration"] = step.narration;
        s["specRef"] = step.specRef;
        ordered events = ordered::array();
        for (const Event& event : step.events)
            events.push_back(eventJson(event, secrets));
        s["events"] = std::move(events);
        s["knowledge"] = knowledgeJson(step.knowledge, actors, secrets);
        steps.push_back(std::move(s));
    }
    doc["steps"] = std::move(steps);

    const Summary& summary = trace.summary();
    ordered sum = ordered::object();
    sum["status"] = runStatusName(summary.status);
    sum["reason"] = summary.reason;
    sum["selectedGroup"] = summary.selectedGroup.empty() ? ordered() : ordered(summary.selectedGroup);
    sum["fellBackToBaseline"] = summary.fellBackToBaseline;
    ordered keys = ordered::object();
    for (Actor actor : actors) {
        ordered k = ordered::object();
        for (const auto& entry : summary.keys[static_cast<std::size_t>(actor)])
            k[entry.name] = entry.value.hex();
        keys[std::string(actorId(actor))] = std::move(k);
    }
    sum["keys"] = std::move(keys);
    ordered attacker = ordered::object();
    attacker["readsUserData"] = summary.attacker.readsUserData;
    attacker["plaintext"] = summary.attacker.plaintext ? ordered(*summary.attacker.plaintext) : ordered();
    attacker["why"] = summary.attacker.why;
    ordered targets = ordered::array();
    for (const auto& t : summary.attacker.targets) {
        targets.push_back({{"target", t.target}, {"obtained", t.obtained}, {"chain", t.chain}, {"missing", t.missing}});
    }
    attacker["targets"] = std::move(targets);
    sum["attacker"] = std::move(attacker);
    doc["summary"] = std::move(sum);
    return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace keyladder
