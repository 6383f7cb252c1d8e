// SPDX-License-Identifier: LGPL-3.0-or-later
// The scenario loader: any input either loads or is refused with a ScenarioError; what loads
// saves to a document that loads again to the same scenario (no half-loaded or lossy state).
#include "FuzzTarget.h"

#include "core/protocol/Scenario.h"

#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const keyladder::Scenario scenario = keyladder::loadScenario(text);
        const std::string saved = keyladder::saveScenario(scenario);
        const keyladder::Scenario again = keyladder::loadScenario(saved);
        KEYLADDER_FUZZ_ASSERT(keyladder::saveScenario(again) == saved);
    } catch (const keyladder::ScenarioError& e) {
        KEYLADDER_FUZZ_ASSERT(e.what()[0] != '\0');
    }
    return 0;
}
