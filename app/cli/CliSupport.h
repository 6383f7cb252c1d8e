// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "app/cli/ArgParser.h"
#include "app/cli/Command.h"
#include "core/crypto/DiffieHellman.h"
#include "core/crypto/Groups.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace keyladder::cli {

/**
 * @brief The group named by option @p flag; unknown ids and (if @p mustBeAvailable) unavailable groups are
 * UsageErrors that name the flag and the value.
 */
const GroupInfo& groupArg(const ParsedArgs& args, const std::string& flag, bool mustBeAvailable = true);

/** @brief Writing a result file failed: exit code 1 (the command could not finish). */
class IoError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/**
 * @brief Writes @p content to @p path atomically: a temporary file in the same directory, flushed to disk,
 * then renamed over @p path, so a reader never sees a half-written file. @throws IoError.
 */
void writeFileAtomically(const std::string& path, std::string_view content);

/** @brief Reads a whole file, or standard input for "-" and "/dev/stdin". @throws IoError. */
std::string readInput(const std::string& path, std::size_t maxOctets);

/** @brief Writes @p content to @p outPath atomically, or to io.out when it is empty or "-". */
void emit(Io& io, const std::optional<std::string>& outPath, std::string_view content);

/** @brief "FLAG: rejected by rule RULE: CHECK" for a refused public value, without repeating the rule name. */
std::string rejectionMessage(const std::string& flag, const ValidationError& error);

/** @brief Parses @p args; prints the help and returns true when --help was given. */
bool parseOrHelp(const ArgParser& parser, const std::vector<std::string>& args, Io& io, ParsedArgs& parsed);

} // namespace keyladder::cli
