// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/cli/CliSupport.h"

#include <ostream>

namespace keyladder::cli {

const GroupInfo& groupArg(const ParsedArgs& args, const std::string& flag, bool mustBeAvailable) {
    const std::string& id = args.value(flag);
    const GroupInfo* group = findGroup(id);
    if (!group)
        throw UsageError(flag + ": unknown group " + quoteValue(id) + " (keyladder-cli groups lists them)");
    if (mustBeAvailable && !group->available)
        throw UsageError(flag + ": group " + quoteValue(id) + " is unavailable: " + group->unavailableReason);
    return *group;
}

bool parseOrHelp(const ArgParser& parser, const std::vector<std::string>& args, Io& io, ParsedArgs& parsed) {
    parsed = parser.parse(args);
    if (!parsed.helpRequested())
        return false;
    io.out << parser.help();
    return true;
}

} // namespace keyladder::cli
