// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/attack/KnowledgeBase.h"

#include "core/protocol/Translation.h"

#include <algorithm>

namespace keyladder {

KnowledgeBase::KnowledgeBase(std::vector<KnowledgeRef> items) : m_items(std::move(items)) {}

const KnowledgeItem* KnowledgeBase::find(std::string_view name) const {
    // Latest wins: an actor may learn a better value under the same name (the engine replaces by name).
    for (auto it = m_items.rbegin(); it != m_items.rend(); ++it)
        if (*it && (*it)->name == name)
            return it->get();
    return nullptr;
}

std::string KnowledgeBase::describe(const KnowledgeItem& item) {
    // Whole phrases per provenance, so that a translation can order the words as its language needs.
    const bool rule = !item.rule.empty();
    std::string text;
    switch (item.provenance) {
    case Provenance::Own:
        text = rule ? coreTr("keyladder::KnowledgeBase", "own: %1") : coreTr("keyladder::KnowledgeBase", "own");
        break;
    case Provenance::Received:
        text = rule ? coreTr("keyladder::KnowledgeBase", "received in %1")
                    : coreTr("keyladder::KnowledgeBase", "received");
        break;
    case Provenance::Observed:
        text = rule ? coreTr("keyladder::KnowledgeBase", "observed in %1")
                    : coreTr("keyladder::KnowledgeBase", "observed");
        break;
    case Provenance::Leaked:
        text = rule ? coreTr("keyladder::KnowledgeBase", "leaked: %1") : coreTr("keyladder::KnowledgeBase", "leaked");
        break;
    case Provenance::Guessed:
        text = rule ? coreTr("keyladder::KnowledgeBase", "guessed: %1") : coreTr("keyladder::KnowledgeBase", "guessed");
        break;
    case Provenance::Derived:
        text =
            rule ? coreTr("keyladder::KnowledgeBase", "derived by %1") : coreTr("keyladder::KnowledgeBase", "derived");
        break;
    }
    if (rule)
        text = fillArgs(text, {item.rule});
    if (!item.stepId.empty())
        text += fillArgs(coreTr("keyladder::KnowledgeBase", " (step %1)"), {item.stepId});
    if (!item.note.empty())
        text += "; " + item.note;
    return text;
}

void KnowledgeBase::collect(std::string_view name, std::vector<std::string>& seen,
                            std::vector<std::string>& out) const {
    if (std::find(seen.begin(), seen.end(), name) != seen.end())
        return;
    seen.emplace_back(name);
    const KnowledgeItem* item = find(name);
    if (!item)
        return;
    for (const std::string& input : item->inputs)
        collect(input, seen, out);
    out.push_back(item->name);
}

std::vector<std::string> KnowledgeBase::ancestry(std::string_view name) const {
    std::vector<std::string> seen;
    std::vector<std::string> out;
    if (has(name))
        collect(name, seen, out);
    return out;
}

std::vector<std::string> KnowledgeBase::chain(std::string_view name) const {
    std::vector<std::string> lines;
    for (const std::string& n : ancestry(name)) {
        const KnowledgeItem* item = find(n);
        std::string value =
            item->value.secrecy() == Secrecy::Private ? std::string("(private)") : item->value.display();
        if (value.size() > 40)
            value = value.substr(0, 32) + "...";
        std::string line = n + " = " + value + "  <- " + describe(*item);
        if (item->provenance == Provenance::Derived && !item->inputs.empty()) {
            line += " from ";
            for (std::size_t i = 0; i < item->inputs.size(); ++i)
                line += (i ? ", " : "") + item->inputs[i];
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

} // namespace keyladder
