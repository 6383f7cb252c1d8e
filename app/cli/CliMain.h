// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace keyladder::cli {

/** @brief Runs keyladder-cli with @p args (without argv[0]); returns the process exit code. */
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace keyladder::cli
