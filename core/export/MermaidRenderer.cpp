// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/export/TextRenderers.h"
#include "core/export/TextUtil.h"

namespace keyladder {

namespace {

using namespace textutil;

std::string_view participant(Actor actor) {
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
        return "ATT";
    }
    return "X";
}

/** Mermaid ends a statement at ';' and reads '#' as an entity start: keep both out of labels. */
std::string label(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == ';')
            out += ',';
        else if (c == '#')
            out += "no.";
        else if (c == '\n' || c == '\r')
            out += ' ';
        else
            out += c;
    }
    return out;
}

std::string_view phaseColour(Phase phase) {
    switch (phase) {
    case Phase::Context:
        return "rgb(238, 238, 238)";
    case Phase::Proposal:
        return "rgb(232, 240, 254)";
    case Phase::UserPlane:
        return "rgb(232, 245, 233)";
    case Phase::Aftermath:
        return "rgb(253, 236, 234)";
    }
    return "rgb(255, 255, 255)";
}

} // namespace

std::string renderMermaid(const Trace& trace) {
    const std::vector<Actor> actors = trace.lifelines();
    std::string out = "sequenceDiagram\n";
    out += "    %% " + label(trace.scenario().title) + " (KeyLadder, " + std::string(Trace::kSchema) + ")\n";
    for (Actor actor : actors)
        out += "    participant " + std::string(participant(actor)) + " as " + std::string(actorLabel(actor)) + "\n";
    const std::string span = std::string(participant(actors.front())) + "," + std::string(participant(actors.back()));
    for (const Step& step : trace.steps()) {
        out += "    rect " + std::string(phaseColour(step.phase)) + "\n";
        out += "    Note over " + span + ": " + label("Step " + step.id + ": " + step.title) + "\n";
        for (const Event& event : step.events) {
            if (const auto* m = std::get_if<Message>(&event)) {
                const std::string arrow = m->intercepted ? "-x" : m->sentByAttacker ? "-)" : "->>";
                std::string text = (m->substitute ? "forged " : "") + m->name;
                text += "<br/>" + transportText(*m);
                const std::string ies = iesText(*m, 80);
                if (!ies.empty())
                    text += "<br/>" + ies;
                out += "    " + std::string(participant(m->from)) + arrow + std::string(participant(m->to)) + ": " +
                       label(text) + "\n";
            } else if (const auto* c = std::get_if<Computation>(&event)) {
                out += "    Note over " + std::string(participant(c->actor)) + ": " +
                       label(c->function + (c->illustrative ? " (illustrative)" : "")) + "\n";
            } else if (const auto* o = std::get_if<Observation>(&event)) {
                out += "    Note over " + std::string(participant(o->observer)) + ": " +
                       label("tap " + std::string(linkName(o->link)) + ": " + clip(o->summary, 60)) + "\n";
            } else {
                const auto& r = std::get<Rejection>(event);
                out += "    Note over " + std::string(participant(r.by)) + ": " +
                       label("refuses " + r.what + " (" + r.rule + ")") + "\n";
            }
        }
        out += "    end\n";
    }
    const Summary& s = trace.summary();
    std::string result = std::string(runStatusName(s.status)) + ": " + s.reason;
    if (trace.attackerPresent())
        result += std::string("<br/>attacker reads the user data: ") + (s.attacker.readsUserData ? "yes" : "no");
    out += "    Note over " + span + ": " + label(result) + "\n";
    return out;
}

} // namespace keyladder
