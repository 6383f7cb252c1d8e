// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "core/attack/Attacker.h"
#include "core/protocol/Engine.h"

#include <atomic>
#include <functional>

namespace keyladder {

/** @brief How to run a scenario with its attacker. */
struct SimulationOptions {
    const std::atomic<bool>* cancel = nullptr;        ///< set from any thread to stop (throws Cancelled)
    std::function<void(const RunProgress&)> progress; ///< called from the running thread
    AttackerOptions attacker;                         ///< tuning of the attacker's work (dlog threads, ...)
    Rng* rng = nullptr;                               ///< overrides the scenario's RNG choice (tests)
};

/**
 * @brief The composition point: runs @p scenario through the engine with the scenario's attacker attached
 * (as observer and interceptor) when it has one, and returns the trace every view uses.
 *
 * An active position on a link is also a tap on it: `uu-mitm` implies a Uu tap, `x2-mitm` and
 * `x2-downgrade` an X2 tap (the trace's scenario shows them).
 * @throws Cancelled when SimulationOptions::cancel is set.
 */
Trace simulate(const Scenario& scenario, const SimulationOptions& options = {});

/** @brief The scenario as simulate() runs it: the taps implied by the active behaviour added. */
Scenario withImpliedTaps(Scenario scenario);

} // namespace keyladder
