// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/gui/TraceBuilder.h"

#include "core/Simulation.h"
#include "core/protocol/Engine.h"
#include "core/protocol/Scenario.h"
#include "core/protocol/Trace.h"

#include <QCoreApplication>

#include <map>
#include <set>

namespace keyladder::app {

namespace {

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

QString tr(const char* text) { return QCoreApplication::translate("keyladder::app", text); }

// Phase, outcome and link-protection names come from core in English (the CLI and the exports keep them);
// the list makes lupdate see them, nameText() shows them in the user's language.
[[maybe_unused]] constexpr const char* kCoreNames[] = {
    QT_TRANSLATE_NOOP("keyladder::app", "context"),
    QT_TRANSLATE_NOOP("keyladder::app", "proposal"),
    QT_TRANSLATE_NOOP("keyladder::app", "user plane"),
    QT_TRANSLATE_NOOP("keyladder::app", "after the session"),
    QT_TRANSLATE_NOOP("keyladder::app", "established"),
    QT_TRANSLATE_NOOP("keyladder::app", "rejected"),
    QT_TRANSLATE_NOOP("keyladder::app", "clear"),
    QT_TRANSLATE_NOOP("keyladder::app", "integrity"),
    QT_TRANSLATE_NOOP("keyladder::app", "ciphered + integrity"),
    QT_TRANSLATE_NOOP("keyladder::app", "ciphered"),
    QT_TRANSLATE_NOOP("keyladder::app", "IPsec (NDS/IP)"),
};

QString nameText(std::string_view english) { return tr(std::string(english).c_str()); }

QString valueText(const Value& v) {
    if (v.hasBytes() && !v.text().empty())
        return qs(v.text()) + QStringLiteral("  (") + qs(v.hex()) + QLatin1Char(')');
    return qs(v.display());
}

TraceField field(const std::string& name, const Value& v, bool illustrative = false, const std::string& note = {}) {
    TraceField f;
    f.name = qs(name);
    f.value = valueText(v);
    f.secret = v.isSecret();
    f.illustrative = illustrative;
    f.note = qs(note);
    return f;
}

TraceEvent convert(const Message& m) {
    TraceEvent e;
    e.kind = EventKind::Message;
    e.from = qs(actorId(m.from));
    e.to = qs(actorId(m.to));
    e.name = qs(m.name);
    e.interfaceName = qs(interfaceName(m.interface));
    e.protection = nameText(protectionText(m.protection));
    QStringList detail;
    if (!m.channel.empty())
        detail << qs(m.channel);
    if (!m.specRef.empty())
        detail << qs(m.specRef);
    if (m.intercepted)
        detail << tr("taken off the link by the attacker");
    if (!m.attackerNote.empty())
        detail << qs(m.attackerNote);
    e.detail = detail.join(QStringLiteral(" · "));
    for (const InformationElement& ie : m.ies) {
        std::string note = ie.note;
        if (ie.ieId > 0)
            note = "IE " + std::to_string(ie.ieId) + (note.empty() ? "" : "; " + note);
        e.fields.append(field(ie.name, ie.value, ie.illustrative, note));
    }
    if (m.pdcp) {
        TraceField f;
        f.name = tr("PDCP COUNT / BEARER / DIRECTION");
        f.value = QStringLiteral("%1 / %2 / %3").arg(m.pdcp->count).arg(m.pdcp->bearer).arg(m.pdcp->direction);
        e.fields.append(f);
    }
    if (!m.wire.empty()) {
        TraceField f;
        f.name = tr("on the wire");
        f.value = qs(toHex(m.wire));
        f.note = qs(m.wireFormat);
        f.illustrative = m.wireFormat.find("illustrative") != std::string::npos;
        e.fields.append(f);
    }
    e.byAttacker = m.sentByAttacker;
    e.substituted = m.substitute;
    return e;
}

TraceEvent convert(const Computation& c) {
    TraceEvent e;
    e.kind = EventKind::Computation;
    e.from = qs(actorId(c.actor));
    e.name = qs(c.function);
    e.detail = qs(c.specRef);
    if (c.illustrative)
        e.detail += (e.detail.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("illustrative, not allocated by 3GPP");
    for (const NamedValue& v : c.inputs) {
        TraceField f = field(v.name, v.value, c.illustrative);
        f.note = tr("input");
        e.fields.append(f);
    }
    for (const NamedValue& v : c.outputs) {
        TraceField f = field(v.name, v.value, c.illustrative);
        f.note = tr("output");
        e.fields.append(f);
    }
    e.byAttacker = c.actor == Actor::Attacker;
    return e;
}

TraceEvent convert(const Observation& o) {
    TraceEvent e;
    e.kind = EventKind::Tap;
    e.from = qs(actorId(Actor::Attacker));
    e.to = qs(actorId(o.observer));
    e.name = qs(o.messageName);
    e.interfaceName = qs(interfaceName(o.interface));
    e.protection = o.opaque ? tr("opaque") : tr("readable");
    e.detail = qs(o.summary);
    for (const NamedValue& v : o.seen)
        e.fields.append(field(v.name, v.value));
    e.tappedEvent = int(o.messageEvent);
    e.byAttacker = true;
    return e;
}

TraceEvent convert(const Rejection& r) {
    TraceEvent e;
    e.kind = EventKind::Rejection;
    e.from = qs(actorId(r.by));
    e.name = tr("rejects %1").arg(qs(r.what));
    e.detail = r.rule.empty() ? qs(r.reason) : qs(r.rule) + QStringLiteral(": ") + qs(r.reason);
    TraceField rule;
    rule.name = tr("check");
    rule.value = qs(r.rule);
    TraceField reason;
    reason.name = tr("reason");
    reason.value = qs(r.reason);
    reason.note = qs(r.specRef);
    e.fields << rule << reason;
    e.byAttacker = r.by == Actor::Attacker;
    return e;
}

QString howText(const KnowledgeItem& k) {
    QString how = qs(provenanceName(k.provenance));
    if (!k.rule.empty())
        how += QStringLiteral(": ") + qs(k.rule);
    return how;
}

// One line per rule, from the item back to what it came from; each input is listed once.
void chainOf(const std::map<std::string, const KnowledgeItem*>& items, const KnowledgeItem& k, int depth,
             std::set<std::string>& seen, QStringList& out) {
    if (!seen.insert(k.name).second || depth > 12)
        return;
    QString line = QString(depth * 2, QLatin1Char(' ')) + qs(k.name) + QStringLiteral(" ← ") + howText(k);
    if (!k.inputs.empty()) {
        QStringList inputs;
        for (const std::string& in : k.inputs)
            inputs << qs(in);
        line += QStringLiteral(" (") + inputs.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    out << line;
    for (const std::string& in : k.inputs) {
        const auto it = items.find(in);
        if (it != items.end())
            chainOf(items, *it->second, depth + 1, seen, out);
    }
}

} // namespace

ScenarioCheck checkScenario(const QByteArray& json) {
    ScenarioCheck check;
    try {
        const Scenario scenario = loadScenario(std::string_view(json.constData(), std::size_t(json.size())));
        check.normalized = QByteArray::fromStdString(saveScenario(scenario));
    } catch (const std::exception& e) {
        check.error = QString::fromUtf8(e.what());
    }
    return check;
}

TraceViewPtr toTraceView(const Trace& trace) {
    auto view = std::make_shared<TraceView>();
    const Scenario& scenario = trace.scenario();
    view->title = qs(scenario.title);
    view->intro = qs(scenario.description);
    view->deterministic = trace.deterministic();
    const std::vector<Actor> lifelines = trace.lifelines();
    for (Actor a : lifelines)
        view->actors << qs(actorId(a));

    const Summary& summary = trace.summary();
    view->outcome = nameText(runStatusName(summary.status));
    if (!summary.reason.empty())
        view->outcome += QStringLiteral(": ") + qs(summary.reason);

    for (std::size_t s = 0; s < trace.steps().size(); ++s) {
        const Step& step = trace.steps()[s];
        TraceStep out;
        out.label = qs(step.id);
        out.title = qs(step.title);
        out.phase = nameText(phaseName(step.phase));
        out.narration = qs(step.narration);
        out.clause = qs(step.specRef);
        for (const Event& event : step.events)
            out.events.append(std::visit([](const auto& e) { return convert(e); }, event));
        for (Actor actor : kAllActors) {
            const auto& items = step.knowledge.of(actor);
            std::map<std::string, const KnowledgeItem*> byName;
            for (const KnowledgeRef& k : items)
                byName[k->name] = k.get();
            for (const KnowledgeRef& k : items) {
                app::KnowledgeEntry item;
                item.actor = qs(actorId(actor));
                item.name = qs(k->name);
                item.value = valueText(k->value);
                item.secret = k->value.isSecret();
                item.how = howText(*k);
                if (!k->note.empty())
                    item.how += QStringLiteral(" · ") + qs(k->note);
                item.isNew = k->stepId == step.id;
                if (actor == Actor::Attacker && !k->inputs.empty()) {
                    std::set<std::string> seen;
                    chainOf(byName, *k, 0, seen, item.chain);
                }
                out.knowledge.append(item);
            }
            // What the attacker still lacks matters as much as what it has: list it at the end.
            if (actor == Actor::Attacker && s + 1 == trace.steps().size())
                for (const TargetVerdict& t : summary.attacker.targets)
                    if (!t.obtained && !byName.count(t.target)) {
                        app::KnowledgeEntry missing;
                        missing.actor = qs(actorId(actor));
                        missing.name = qs(t.target);
                        missing.how = qs(t.missing);
                        missing.missing = true;
                        out.knowledge.append(missing);
                    }
        }
        view->steps.append(out);
    }

    TraceVerdict& v = view->verdict;
    v.present = trace.attackerPresent();
    v.attackerReads = summary.attacker.readsUserData;
    v.plaintext = summary.attacker.plaintext ? qs(*summary.attacker.plaintext) : QString();
    v.explanation = qs(summary.attacker.why);
    if (!v.present)
        v.headline = tr("No attacker in this scenario");
    else if (v.attackerReads)
        v.headline = tr("The attacker reads the user data");
    else
        v.headline = tr("The attacker cannot read the user data");
    for (const TargetVerdict& t : summary.attacker.targets) {
        if (t.obtained)
            v.chain << tr("✔ %1: %2").arg(qs(t.target), QStringList([&] {
                QStringList l;
                for (const auto& c : t.chain)
                    l << qs(c);
                return l;
            }()).join(QStringLiteral(" → ")));
        else
            v.chain << tr("✘ %1: %2").arg(qs(t.target), qs(t.missing));
    }
    return view;
}

TraceViewPtr buildTrace(const QByteArray& json, const std::atomic<bool>& cancel, BuildProgress& progress) {
    const Scenario scenario = loadScenario(std::string_view(json.constData(), std::size_t(json.size())));
    SimulationOptions options;
    options.cancel = &cancel;
    options.progress = [&progress](const RunProgress& p) {
        if (p.stepsExpected > 0) {
            const double inside = p.fraction < 0 ? 0.0 : p.fraction;
            progress.fraction = std::min(1.0, (double(p.stepIndex) + inside) / double(p.stepsExpected));
        }
        progress.setActivity(qs(p.activity.empty() ? p.stepId : p.activity));
    };
    const Trace trace = simulate(scenario, options);
    progress.setActivity(tr("preparing the diagram"));
    return toTraceView(trace);
}

} // namespace keyladder::app
