// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "app/cli/ArgParser.h"
#include "app/cli/Command.h"
#include "core/crypto/Groups.h"

#include <string>

namespace keyladder::cli {

/**
 * @brief The group named by option @p flag; unknown ids and (if @p mustBeAvailable) unavailable groups are
 * UsageErrors that name the flag and the value.
 */
const GroupInfo& groupArg(const ParsedArgs& args, const std::string& flag, bool mustBeAvailable = true);

/** @brief Parses @p args; prints the help and returns true when --help was given. */
bool parseOrHelp(const ArgParser& parser, const std::vector<std::string>& args, Io& io, ParsedArgs& parsed);

} // namespace keyladder::cli
