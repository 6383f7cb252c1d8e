// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/export/TextRenderers.h"
#include "core/export/TextUtil.h"

namespace keyladder {

namespace {

using namespace textutil;

std::string_view alias(Actor actor) {
    switch (actor) {
    case Actor::Ue:
        return "UE";
    case Actor::Enb:
        return "ENB";
    case Actor::Gnb:
        return "GNB";
    case Actor::Core:
        return "MME";
    case Actor::Attacker:
        return "ATT";
    }
    return "X";
}

/** ASCII only (the charset of the renderer is not ours to choose); '<' and '>' would start creole markup. */
std::string label(std::string_view text) {
    std::string out;
    for (char c : ascii(text)) {
        if (c == '<')
            out += "(";
        else if (c == '>')
            out += ")";
        else if (c == '\\')
            out += "/";
        else
            out += c;
    }
    // "->" inside a label reads well as "to" once the angle brackets are gone.
    for (std::size_t pos = out.find("-)"); pos != std::string::npos; pos = out.find("-)", pos))
        out.replace(pos, 2, "to");
    return out;
}

} // namespace

std::string renderPlantUml(const Trace& trace) {
    const std::vector<Actor> actors = trace.lifelines();
    std::string out = "@startuml\n";
    out += "title " + label(trace.scenario().title) + "\n";
    out += "skinparam shadowing false\nskinparam sequenceMessageAlign center\nskinparam maxMessageSize 260\n";
    for (Actor actor : actors) {
        const char* kind = actor == Actor::Attacker ? "actor" : actor == Actor::Core ? "database" : "participant";
        out += std::string(kind) + " \"" + std::string(actorLabel(actor)) + "\" as " + std::string(alias(actor)) + "\n";
    }
    for (const Step& step : trace.steps()) {
        std::string divider = label("Step " + step.id + ": " + step.title);
        for (std::size_t pos = divider.find("=="); pos != std::string::npos; pos = divider.find("=="))
            divider.replace(pos, 2, "=");
        out += "== " + divider + " ==\n";
        for (const Event& event : step.events) {
            if (const auto* m = std::get_if<Message>(&event)) {
                const std::string arrow = m->intercepted ? "->x" : m->sentByAttacker ? "-[#red]>" : "->";
                const std::string ies = iesText(*m, 80);
                out += std::string(alias(m->from)) + " " + arrow + " " + std::string(alias(m->to)) + " : " +
                       label(m->substitute ? "forged " + m->name : m->name) + "\\n" + label(transportText(*m)) +
                       (ies.empty() ? "" : "\\n" + label(ies)) + "\n";
            } else if (const auto* c = std::get_if<Computation>(&event)) {
                out += "hnote over " + std::string(alias(c->actor)) + " : " +
                       label(clip(c->function, 70) + (c->illustrative ? " (illustrative)" : "")) + "\n";
            } else if (const auto* o = std::get_if<Observation>(&event)) {
                out += "note over " + std::string(alias(o->observer)) +
                       " #FFEEEE : " + label("tap " + std::string(linkName(o->link)) + ": " + clip(o->summary, 60)) +
                       "\n";
            } else {
                const auto& r = std::get<Rejection>(event);
                out += "note over " + std::string(alias(r.by)) +
                       " #FFCCCC : " + label("refuses " + r.what + " (" + r.rule + ")") + "\n";
            }
        }
    }
    const Summary& s = trace.summary();
    std::string result = std::string(runStatusName(s.status)) + ": " + s.reason;
    if (trace.attackerPresent())
        result += std::string("\\nattacker reads the user data: ") + (s.attacker.readsUserData ? "yes" : "no");
    out += "note across : " + label(result) + "\n";
    out += "@enduml\n";
    return out;
}

} // namespace keyladder
