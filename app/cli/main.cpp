// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/cli/CliMain.h"

#include <iostream>

int main(int argc, char** argv) {
    return keyladder::cli::run(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr);
}
