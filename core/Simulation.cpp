// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/Simulation.h"

#include <memory>

namespace keyladder {

Scenario withImpliedTaps(Scenario scenario) {
    // An active position on a link sees what crosses it: the trace then shows those observations too.
    auto addTap = [&](Link link) {
        if (!scenario.attacker.hasTap(link))
            scenario.attacker.taps.push_back(link);
    };
    switch (scenario.attacker.active) {
    case ActiveAttack::UuMitm:
        addTap(Link::Uu);
        break;
    case ActiveAttack::X2Mitm:
    case ActiveAttack::X2Downgrade:
        addTap(Link::X2);
        break;
    case ActiveAttack::None:
        break;
    }
    return scenario;
}

Trace simulate(const Scenario& input, const SimulationOptions& options) {
    const Scenario scenario = withImpliedTaps(input);
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
