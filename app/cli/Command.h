// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace keyladder::cli {

/** @brief Where a command writes: standard output for results, standard error for the one-line errors. */
struct Io {
    std::ostream& out;
    std::ostream& err;
};

/**
 * @brief One entry of the command table: a path of one or more words ("groups", "calc kdf") and its handler.
 *
 * The handler gets the arguments after the path and returns the exit code; it reports bad input by
 * throwing UsageError (2) or RejectedError (3), which run() turns into one line on stderr.
 */
struct Command {
    std::vector<std::string> path;
    std::string summary;
    int (*handler)(const std::vector<std::string>& args, Io& io);
};

using CommandTable = std::vector<Command>;

// Each command family registers itself here; adding a command is one entry in one of these.
void addGroupsCommand(CommandTable& table);
void addCalcCommands(CommandTable& table);
void addAttackCommands(CommandTable& table);
void addRunCommands(CommandTable& table);
void addMatrixCommand(CommandTable& table);
void addExportCommand(CommandTable& table); // only in builds with the Qt layer (KEYLADDER_HAS_RENDER)

} // namespace keyladder::cli
