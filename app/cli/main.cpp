// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/cli/CliMain.h"
#include "core/SelfTest.h"

#include <iostream>

int main(int argc, char** argv) {
    // A build whose primitives miss their published answers must not teach wrong keys.
    if (const auto selfTest = keyladder::runSelfTest(); !selfTest.passed) {
        std::cerr << "keyladder-cli: start-up self-test failed:\n" << selfTest.failure << '\n';
        return 1;
    }
    return keyladder::cli::run(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr);
}
