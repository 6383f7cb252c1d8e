// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/Simulation.h"

#include <memory>

namespace keyladder {

Trace simulate(const Scenario& scenario, const SimulationOptions& options)
{
    RunOptions run;
    run.cancel = options.cancel;
    run.progress = options.progress;
    run.rng = options.rng;
    std::unique_ptr<Attacker> attacker;
    if (scenario.attacker.present()) {
        attacker = std::make_unique<Attacker>(scenario, options.attacker);
        run.observer = attacker.get();
        run.interceptor = attacker.get();
    }
    return runScenario(scenario, run);
}

} // namespace keyladder
