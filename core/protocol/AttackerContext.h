// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "core/protocol/Trace.h"

#include <atomic>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace keyladder {

class Rng;

/**
 * @brief What a tap delivers: the message as it crosses the link, and nothing more.
 *
 * A protected X2 shows only the ESP framing (`opaque`, no name, no IEs); SRB1 and the NR user plane
 * show the PDCP header (COUNT, bearer, direction) and ciphertext; messages sent in clear (AKA, the
 * SecurityModeCommand's algorithms, an unprotected X2) show their IEs in `clearIes`.
 */
struct Capture {
    Link link = Link::Uu;
    Interface interface = Interface::Uu;
    std::string stepId;
    std::size_t eventIndex = 0; ///< index of the message in the step's events
    Actor from = Actor::Ue;     ///< the link's endpoints are visible (addresses, cell)
    Actor to = Actor::Ue;
    bool opaque = false;                ///< IPsec: nothing readable
    std::string messageName;            ///< empty when opaque
    std::string channel;                ///< "NAS", "SRB1", "DRB (NR PDCP)", "X2AP", "ESP"
    Bytes wire;                         ///< every octet on the link
    std::optional<PdcpParameters> pdcp; ///< header fields of a PDCP PDU; ciphertext follows the header
    std::vector<InformationElement> clearIes;
};

/**
 * @brief Services the engine offers the attacker model while a run is in progress.
 *
 * Every call adds to the step that is being built: learn() to the attacker's knowledge snapshot,
 * addEvent() to the step's events (computations on the attacker's lifeline, its own messages).
 */
class AttackerContext {
public:
    virtual ~AttackerContext() = default;

    virtual const Scenario& scenario() const = 0;
    /** @brief Id of the step being built ("C1", "4", "L"). */
    virtual const std::string& stepId() const = 0;
    /** @brief The run's RNG (seeded when the scenario has a seed): use it for the attacker's own key pairs. */
    virtual Rng& rng() = 0;

    /** @brief Adds (or, by name, replaces) an item of the attacker's knowledge. stepId is filled in if empty. */
    virtual void learn(KnowledgeItem item) = 0;
    /** @brief The attacker's item called @p name, or nullptr. */
    virtual const KnowledgeItem* known(std::string_view name) const = 0;
    /** @brief Everything the attacker holds now, in the order learnt. */
    virtual std::vector<KnowledgeRef> knowledge() const = 0;
    /** @brief Adds an event (e.g. a Computation with actor = Attacker) to the current step. */
    virtual void addEvent(Event event) = 0;

    /** @brief The run's cancellation flag (may be null): pass it on to long computations (discrete logs). */
    virtual const std::atomic<bool>* cancelFlag() const = 0;
    bool cancelled() const {
        const auto* flag = cancelFlag();
        return flag != nullptr && flag->load(std::memory_order_relaxed);
    }
    /** @brief Reports progress of a long computation inside the current step; @p fraction in [0,1] or < 0. */
    virtual void progress(double fraction, std::string_view activity) = 0;
};

} // namespace keyladder
