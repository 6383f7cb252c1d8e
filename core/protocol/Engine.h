// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "core/protocol/Trace.h"

#include <atomic>
#include <cstddef>
#include <functional>
#include <string>

namespace keyladder {

class LinkObserver;
class MessageInterceptor;
class Rng;

/** @brief Progress of a run, reported from the thread that runs it. */
struct RunProgress {
    std::string stepId;        ///< step being built
    std::size_t stepIndex = 0; ///< 0-based
    std::size_t stepsExpected = 0;
    double fraction = -1; ///< progress inside the step in [0,1]; < 0 when unknown
    std::string activity; ///< "UE derives the D-H key", "discrete log of KEi: 41%"
};

/** @brief The run was cancelled through RunOptions::cancel; no trace is produced. */
class Cancelled : public Error {
public:
    Cancelled() : Error("cancelled") {}
};

/** @brief How to run a scenario. All pointers are optional and must outlive the run. */
struct RunOptions {
    LinkObserver* observer = nullptr;          ///< the attacker's passive side (core/attack)
    MessageInterceptor* interceptor = nullptr; ///< the attacker's active side (core/attack)
    const std::atomic<bool>* cancel = nullptr; ///< set to true from any thread to stop the run
    std::function<void(const RunProgress&)> progress;
    Rng* rng = nullptr; ///< overrides the scenario's RNG choice (tests)
};

/**
 * @brief Runs @p scenario to completion: the context phase, steps 1-8 (or the failure path) and the
 * summary. Without an observer a tapping attacker still records what it sees (observations and
 * observed knowledge); leaks are added by the engine.
 * @throws Cancelled when RunOptions::cancel is set; Error on an internal failure.
 */
Trace runScenario(const Scenario& scenario, const RunOptions& options = {});

} // namespace keyladder
