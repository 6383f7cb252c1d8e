// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "core/crypto/Bytes.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace keyladder::cli {

/** @brief Bad command line or bad input value: exit code 2, the message is the one line on stderr. */
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/** @brief A received public value was refused by a validation rule: exit code 3. */
class RejectedError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/** @brief Process exit codes shared by every command. */
namespace exitcode {
inline constexpr int ok = 0;
inline constexpr int failure = 1;  ///< the command ran but could not finish (budget used up, I/O error)
inline constexpr int usage = 2;    ///< bad command line or bad input value
inline constexpr int rejected = 3; ///< a public value failed validation
} // namespace exitcode

/** @brief Quotes @p value for an error message: one line, control characters escaped, long values cut. */
std::string quoteValue(std::string_view value);

/**
 * @brief Parses @p text as hex (either case, optional 0x) for option @p flag.
 * @param octets exact length required, if any. @throws UsageError naming the flag and the value.
 */
Bytes parseHexArg(std::string_view flag, std::string_view text, std::optional<std::size_t> octets = std::nullopt);
/** @brief Like parseHexArg, for secrets (zeroed when freed). */
SecureBytes parseSecretHexArg(std::string_view flag, std::string_view text,
                              std::optional<std::size_t> octets = std::nullopt);
/** @brief Decimal or 0x-prefixed hex integer in [min, max]. @throws UsageError naming the flag and the value. */
std::uint64_t parseNumberArg(std::string_view flag, std::string_view text, std::uint64_t min, std::uint64_t max);
/** @brief Hex integer (with or without 0x), as DESIGN.md writes `--fc HEX`, in [min, max]. */
std::uint64_t parseHexNumberArg(std::string_view flag, std::string_view text, std::uint64_t min, std::uint64_t max);
/** @brief A non-negative decimal number of seconds, e.g. "2.5". */
double parseSecondsArg(std::string_view flag, std::string_view text);

class ParsedArgs;

/**
 * @brief A strict parser for one command: every option declared, nothing guessed.
 *
 * Accepts `--name value`, `--name=value` and boolean `--name`. Unknown options, a missing value, an
 * option given twice (unless repeatable), a missing required option or an extra positional argument
 * are errors. `--help` anywhere asks for the help text instead.
 */
class ArgParser {
public:
    ArgParser(std::string command, std::string summary);

    /** @brief An option with a value. */
    ArgParser& option(std::string name, std::string valueName, std::string help, bool required = false,
                      bool repeatable = false);
    /** @brief A boolean switch. */
    ArgParser& flag(std::string name, std::string help);
    /** @brief A positional argument, in declaration order. */
    ArgParser& positional(std::string name, std::string help, bool required = true);
    /** @brief Extra text at the end of the help (notes, examples). */
    ArgParser& note(std::string text);

    /** @throws UsageError */
    ParsedArgs parse(const std::vector<std::string>& args) const;
    /** @brief The help text for `--help`. */
    std::string help() const;
    const std::string& command() const { return m_command; }

private:
    struct Option {
        std::string name;
        std::string valueName; // empty for a switch
        std::string help;
        bool required = false;
        bool repeatable = false;
    };
    struct Positional {
        std::string name;
        std::string help;
        bool required = true;
    };
    const Option* find(std::string_view name) const;

    std::string m_command;
    std::string m_summary;
    std::vector<Option> m_options;
    std::vector<Positional> m_positionals;
    std::vector<std::string> m_notes;
};

/** @brief The result of ArgParser::parse, with typed accessors that report bad values as UsageError. */
class ParsedArgs {
public:
    bool helpRequested() const { return m_help; }
    bool has(const std::string& name) const { return m_values.count(name) != 0; }
    /** @brief The value of an option given once (required ones always are). */
    const std::string& value(const std::string& name) const;
    std::optional<std::string> optional(const std::string& name) const;
    const std::vector<std::string>& values(const std::string& name) const;
    const std::vector<std::string>& positionals() const { return m_positionals; }

    Bytes hex(const std::string& name, std::optional<std::size_t> octets = std::nullopt) const;
    SecureBytes secretHex(const std::string& name, std::optional<std::size_t> octets = std::nullopt) const;
    std::uint64_t number(const std::string& name, std::uint64_t min, std::uint64_t max) const;
    std::uint64_t number(const std::string& name, std::uint64_t min, std::uint64_t max, std::uint64_t fallback) const;

private:
    friend class ArgParser;
    bool m_help = false;
    std::map<std::string, std::vector<std::string>> m_values;
    std::vector<std::string> m_positionals;
};

} // namespace keyladder::cli
