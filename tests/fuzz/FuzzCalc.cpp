// SPDX-License-Identifier: LGPL-3.0-or-later
// The `calc` command line: the input is split at NUL octets into arguments after "calc". Every
// input must end in exit 0, 2 (bad input, with one line on stderr) or 3 (rejected public value).
#include "FuzzTarget.h"

#include "app/cli/CliMain.h"

#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<std::string> args{"calc"};
    std::string current;
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == 0) {
            args.push_back(current);
            current.clear();
        } else {
            current.push_back(static_cast<char>(data[i]));
        }
    }
    args.push_back(current);
    std::ostringstream out;
    std::ostringstream err;
    const int code = keyladder::cli::run(args, out, err);
    KEYLADDER_FUZZ_ASSERT(code == 0 || code == 2 || code == 3);
    if (code != 0) {
        const std::string message = err.str();
        KEYLADDER_FUZZ_ASSERT(!message.empty() && message.back() == '\n');
        KEYLADDER_FUZZ_ASSERT(message.find('\n') == message.size() - 1);
    }
    return 0;
}
