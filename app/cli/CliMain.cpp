// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/cli/CliMain.h"

#include <ostream>

namespace keyladder::cli {

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (!args.empty() && args[0] == "--version") {
        out << "keyladder-cli " << KEYLADDER_VERSION << "\n";
        return 0;
    }
    err << "keyladder-cli: usage: keyladder-cli --version\n";
    return 2;
}

} // namespace keyladder::cli
