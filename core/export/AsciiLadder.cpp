// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/export/TextRenderers.h"
#include "core/export/TextUtil.h"

#include <algorithm>
#include <array>

namespace keyladder {

namespace {

using namespace textutil;

constexpr int kWidth = 100;

/** Lifeline columns and a line buffer with the lifelines drawn in. */
class Canvas {
public:
    explicit Canvas(const std::vector<Actor>& actors) : m_actors(actors) {
        // Spread the lifelines over the width, leaving room for the outer labels.
        const int n = static_cast<int>(actors.size());
        const int first = 6;
        const int last = kWidth - 7;
        for (int i = 0; i < n; ++i)
            m_col[static_cast<std::size_t>(actors[static_cast<std::size_t>(i)])] = first + (last - first) * i / (n - 1);
    }

    int col(Actor actor) const { return m_col[static_cast<std::size_t>(actor)]; }

    std::string bars() const {
        std::string line(kWidth, ' ');
        for (Actor a : m_actors)
            line[static_cast<std::size_t>(col(a))] = '|';
        return line;
    }

    static void put(std::string& line, int pos, std::string_view text) {
        pos = std::max(0, pos);
        for (std::size_t i = 0; i < text.size() && pos + static_cast<int>(i) < kWidth; ++i)
            line[static_cast<std::size_t>(pos) + i] = text[i];
    }

    /** Places @p text near @p center, shifted to stay inside the width. */
    static void putCentered(std::string& line, int center, std::string_view text) {
        const int len = static_cast<int>(text.size());
        int start = center - len / 2;
        start = std::clamp(start, 0, std::max(0, kWidth - len));
        put(line, start, text);
    }

    std::string header() const {
        std::string line(kWidth, ' ');
        for (Actor a : m_actors)
            putCentered(line, col(a), actorLabel(a));
        return line;
    }

private:
    std::vector<Actor> m_actors;
    std::array<int, kActorCount> m_col{};
};

std::string trimRight(std::string line) {
    while (!line.empty() && line.back() == ' ')
        line.pop_back();
    return line + "\n";
}

void renderMessage(std::string& out, const Canvas& canvas, const Message& m) {
    const int a = canvas.col(m.from);
    const int b = canvas.col(m.to);
    const int lo = std::min(a, b);
    const int hi = std::max(a, b);
    std::string label = ascii(m.name);
    if (m.substitute)
        label = "[forged] " + label;
    if (m.intercepted)
        label += " (taken off the link)";
    std::string line = canvas.bars();
    const int span = hi - lo - 1;
    if (static_cast<int>(label.size()) <= span - 2)
        Canvas::put(line, lo + 1 + (span - static_cast<int>(label.size())) / 2, label);
    else
        Canvas::putCentered(line, (lo + hi) / 2, clip(label, kWidth - 2));
    out += trimRight(line);

    line = canvas.bars();
    const char shaft = m.sentByAttacker ? '=' : '-';
    for (int x = lo + 1; x < hi; ++x)
        line[static_cast<std::size_t>(x)] = shaft;
    if (m.intercepted) {
        line[static_cast<std::size_t>(b > a ? hi - 1 : lo + 1)] = 'X';
    } else if (b > a) {
        line[static_cast<std::size_t>(hi - 1)] = '>';
    } else {
        line[static_cast<std::size_t>(lo + 1)] = '<';
    }
    out += trimRight(line);

    // Transport on one line, then the IEs wrapped into the space right of the leftmost lifeline.
    const int start = std::min(lo + 2, kWidth - 50);
    const auto width = static_cast<std::size_t>(kWidth - start - 2);
    std::vector<std::string> details{clip(ascii(transportText(m)), width)};
    std::vector<std::string> ies;
    for (const auto& ie : m.ies) {
        const std::string v = shortValue(ie.value);
        ies.push_back(ascii(v.empty() ? ie.name : ie.name + "=" + v));
    }
    std::string joined;
    for (std::size_t i = 0; i < ies.size(); ++i)
        joined += ies[i] + (i + 1 < ies.size() ? ", " : "");
    const auto lines = wrap(joined, width - 2);
    for (std::size_t i = 0; i < lines.size() && i < 4; ++i)
        details.push_back("  " + (i == 3 && lines.size() > 4 ? clip(lines[i] + " ...", width - 2) : lines[i]));
    for (const auto& d : details) {
        line = canvas.bars();
        Canvas::put(line, start, " " + d + " ");
        out += trimRight(line);
    }
}

void renderBox(std::string& out, const Canvas& canvas, Actor actor, const std::string& text) {
    std::string line = canvas.bars();
    const std::string box = "[" + clip(ascii(std::string(actorId(actor)) + ": " + text), kWidth - 4) + "]";
    int start = canvas.col(actor) - 1;
    if (start + static_cast<int>(box.size()) > kWidth)
        start = canvas.col(actor) + 2 - static_cast<int>(box.size());
    Canvas::put(line, start, box);
    out += trimRight(line);
}

void renderObservation(std::string& out, const Canvas& canvas, const Observation& o) {
    std::string line = canvas.bars();
    const int att = canvas.col(o.observer);
    const std::string text = "tap " + std::string(linkName(o.link)) + ": " + ascii(o.summary) + " ..>";
    const std::string clipped = clip(text, static_cast<std::size_t>(att - 2));
    Canvas::put(line, att - static_cast<int>(clipped.size()), clipped);
    out += trimRight(line);
}

void renderRejection(std::string& out, const Canvas& canvas, const Rejection& r) {
    renderBox(out, canvas, r.by, "REFUSES " + r.what + " [rule: " + r.rule + "]");
    for (const auto& l : wrap(ascii(r.reason), kWidth - 14))
        out += "        ! " + l + "\n";
}

} // namespace

std::string renderAscii(const Trace& trace) {
    const std::vector<Actor> actors = trace.lifelines();
    const Canvas canvas(actors);
    const std::string rule(kWidth, '-');
    std::string out;
    out += clip(ascii("KeyLadder: " + trace.scenario().title), kWidth) + "\n";
    std::string mode = std::string(modeName(trace.scenario().procedure.mode));
    if (trace.scenario().procedure.mode == ProcedureMode::Dh)
        mode += ", key usage " + std::string(keyUsageName(trace.scenario().procedure.keyUsage));
    out += "Procedure: " + mode + "; X2 " +
           (trace.scenario().network.x2Protected ? "protected (NDS/IP)" : "NOT protected") + "\n";
    if (trace.deterministic())
        out += "Seeded RNG: the same numbers every run (deterministic, for teaching, not secure).\n";
    out += "Message contents use the project's own TLV encoding (illustrative, not ASN.1 PER).\n";

    std::optional<Phase> phase;
    for (const Step& step : trace.steps()) {
        out += "\n" + rule + "\n";
        out += clip(ascii("Step " + step.id + " (" + std::string(phaseName(step.phase)) + "): " + step.title), kWidth) +
               "\n";
        if (!step.specRef.empty())
            out += clip(ascii("  " + step.specRef), kWidth) + "\n";
        for (const auto& l : wrap(ascii(step.narration), kWidth - 4))
            out += "  " + l + "\n";
        out += "\n";
        if (phase != step.phase) {
            out += trimRight(canvas.header());
            phase = step.phase;
        }
        out += trimRight(canvas.bars());
        for (const Event& event : step.events) {
            if (const auto* m = std::get_if<Message>(&event))
                renderMessage(out, canvas, *m);
            else if (const auto* c = std::get_if<Computation>(&event))
                renderBox(out, canvas, c->actor, c->function + (c->illustrative ? " (illustrative)" : ""));
            else if (const auto* o = std::get_if<Observation>(&event))
                renderObservation(out, canvas, *o);
            else
                renderRejection(out, canvas, std::get<Rejection>(event));
        }
        out += trimRight(canvas.bars());
    }

    const Summary& s = trace.summary();
    out += "\n" + std::string(kWidth, '=') + "\n";
    out += clip(ascii("Result: " + std::string(runStatusName(s.status)) + " - " + s.reason), kWidth) + "\n";
    out += "Selected group: " + (s.selectedGroup.empty() ? std::string("none") : ascii(s.selectedGroup)) +
           (s.fellBackToBaseline ? " (fell back to the baseline: bidding-down)" : "") + "\n";
    out += "Keys at the end:\n";
    for (Actor actor : actors) {
        for (const auto& key : s.keys[static_cast<std::size_t>(actor)]) {
            std::string line = "  " + std::string(actorId(actor));
            line.resize(12, ' ');
            line += key.name;
            line.resize(22, ' ');
            line += key.value.hex();
            out += clip(line, kWidth) + "\n";
        }
    }
    if (trace.attackerPresent()) {
        out += "Attacker reads the user data: " + std::string(s.attacker.readsUserData ? "YES" : "no");
        if (s.attacker.plaintext)
            out += clip(ascii(" - \"" + *s.attacker.plaintext + "\""), kWidth - 36);
        out += "\n";
        for (const auto& l : wrap(ascii(s.attacker.why), kWidth - 4))
            out += "  " + l + "\n";
    }
    return out;
}

} // namespace keyladder
