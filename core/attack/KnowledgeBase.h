// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "core/protocol/Trace.h"

#include <string>
#include <string_view>
#include <vector>

namespace keyladder {

/**
 * @brief Read-only queries over what one actor holds: lookup by name and derivation chains.
 *
 * The items themselves live in the trace's knowledge snapshots (each with its provenance: observed,
 * leaked, guessed, derived); this class follows their `inputs` back to the observations and leaks.
 */
class KnowledgeBase {
public:
    KnowledgeBase() = default;
    explicit KnowledgeBase(std::vector<KnowledgeRef> items);

    bool has(std::string_view name) const { return find(name) != nullptr; }
    /** @brief The item called @p name, or nullptr. */
    const KnowledgeItem* find(std::string_view name) const;
    const std::vector<KnowledgeRef>& items() const { return m_items; }

    /**
     * @brief The derivation chain of @p name: one line per item it depends on, every input before the
     * items computed from it, ending with @p name itself. Empty if @p name is not held.
     */
    std::vector<std::string> chain(std::string_view name) const;
    /** @brief Names of the items @p name depends on (itself included), inputs first. */
    std::vector<std::string> ancestry(std::string_view name) const;

    /** @brief One line saying how @p item was obtained, e.g. "derived by KeNB: KDF(KASME, 0x11, ...)". */
    static std::string describe(const KnowledgeItem& item);

private:
    void collect(std::string_view name, std::vector<std::string>& seen, std::vector<std::string>& out) const;
    std::vector<KnowledgeRef> m_items;
};

} // namespace keyladder
