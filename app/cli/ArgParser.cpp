// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/cli/ArgParser.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace keyladder::cli {

namespace {

constexpr std::size_t kMaxQuoted = 48;

std::string_view stripHexPrefix(std::string_view text) {
    if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
        text.remove_prefix(2);
    return text;
}

bool isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Shared checks so that the public and the secret variants report exactly the same errors.
void checkHex(std::string_view flag, std::string_view text, std::optional<std::size_t> octets) {
    const std::string_view digits = stripHexPrefix(text);
    const auto bad = std::find_if(digits.begin(), digits.end(), [](char c) { return !isHexDigit(c); });
    if (bad != digits.end()) {
        std::ostringstream msg;
        msg << flag << ": expected hex digits, got " << quoteValue(text) << " (bad character at position "
            << (bad - digits.begin()) + (text.size() - digits.size()) + 1 << ")";
        throw UsageError(msg.str());
    }
    if (octets && digits.size() != 2 * *octets)
        throw UsageError(std::string(flag) + ": expected " + std::to_string(2 * *octets) + " hex digits, got " +
                         std::to_string(digits.size()));
    if (digits.size() % 2 != 0)
        throw UsageError(std::string(flag) + ": expected an even number of hex digits, got " +
                         std::to_string(digits.size()));
}

std::string numberRange(std::uint64_t min, std::uint64_t max) {
    return "a number from " + std::to_string(min) + " to " + std::to_string(max);
}

} // namespace

std::string quoteValue(std::string_view value) {
    std::string out = "\"";
    std::size_t shown = 0;
    for (const char c : value) {
        if (shown == kMaxQuoted) {
            out += "...";
            break;
        }
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20 || u == 0x7f) {
            static constexpr char digits[] = "0123456789abcdef";
            out += "\\x";
            out += digits[u >> 4];
            out += digits[u & 0x0f];
        } else {
            out += c;
        }
        ++shown;
    }
    out += '"';
    return out;
}

Bytes parseHexArg(std::string_view flag, std::string_view text, std::optional<std::size_t> octets) {
    checkHex(flag, text, octets);
    auto parsed = parseHex(text);
    if (!parsed)
        throw UsageError(std::string(flag) + ": expected hex digits, got " + quoteValue(text));
    return std::move(*parsed);
}

SecureBytes parseSecretHexArg(std::string_view flag, std::string_view text, std::optional<std::size_t> octets) {
    checkHex(flag, text, octets);
    auto parsed = parseSecretHex(text);
    if (!parsed)
        throw UsageError(std::string(flag) + ": expected hex digits, got " + quoteValue(text));
    return std::move(*parsed);
}

std::uint64_t parseNumberArg(std::string_view flag, std::string_view text, std::uint64_t min, std::uint64_t max) {
    std::uint64_t value = 0;
    const bool hex = text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
    const std::string_view digits = hex ? text.substr(2) : text;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
    if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size() || value < min || value > max)
        throw UsageError(std::string(flag) + ": expected " + numberRange(min, max) + ", got " + quoteValue(text));
    return value;
}

std::uint64_t parseHexNumberArg(std::string_view flag, std::string_view text, std::uint64_t min, std::uint64_t max) {
    std::uint64_t value = 0;
    const std::string_view digits = stripHexPrefix(text);
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value, 16);
    if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size() || value < min || value > max) {
        std::ostringstream msg;
        msg << flag << ": expected a hex number from 0x" << std::hex << min << " to 0x" << max << ", got "
            << quoteValue(text);
        throw UsageError(msg.str());
    }
    return value;
}

double parseSecondsArg(std::string_view flag, std::string_view text) {
    const std::string copy(text);
    char* end = nullptr;
    errno = 0;
    const double value = copy.empty() ? -1 : std::strtod(copy.c_str(), &end);
    if (copy.empty() || errno != 0 || end != copy.c_str() + copy.size() || !std::isfinite(value) || value < 0 ||
        copy.find_first_not_of("0123456789.") != std::string::npos)
        throw UsageError(std::string(flag) + ": expected a number of seconds (e.g. 2.5), got " + quoteValue(text));
    return value;
}

ArgParser::ArgParser(std::string command, std::string summary)
    : m_command(std::move(command)), m_summary(std::move(summary)) {}

ArgParser& ArgParser::option(std::string name, std::string valueName, std::string help, bool required,
                             bool repeatable) {
    m_options.push_back({std::move(name), std::move(valueName), std::move(help), required, repeatable});
    return *this;
}

ArgParser& ArgParser::flag(std::string name, std::string help) {
    m_options.push_back({std::move(name), {}, std::move(help), false, false});
    return *this;
}

ArgParser& ArgParser::positional(std::string name, std::string help, bool required) {
    m_positionals.push_back({std::move(name), std::move(help), required});
    return *this;
}

ArgParser& ArgParser::note(std::string text) {
    m_notes.push_back(std::move(text));
    return *this;
}

const ArgParser::Option* ArgParser::find(std::string_view name) const {
    const auto it = std::find_if(m_options.begin(), m_options.end(), [&](const Option& o) { return o.name == name; });
    return it == m_options.end() ? nullptr : &*it;
}

ParsedArgs ArgParser::parse(const std::vector<std::string>& args) const {
    ParsedArgs parsed;
    // --help wins over every other problem on the line, so that a user can always ask.
    if (std::find(args.begin(), args.end(), "--help") != args.end()) {
        parsed.m_help = true;
        return parsed;
    }
    bool onlyPositionals = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool looksLikeOption = !onlyPositionals && arg.size() > 1 && arg[0] == '-' && arg != "-";
        if (!looksLikeOption) {
            if (parsed.m_positionals.size() >= m_positionals.size())
                throw UsageError(m_command + ": unexpected argument " + quoteValue(arg));
            parsed.m_positionals.push_back(arg);
            continue;
        }
        if (arg == "--") {
            onlyPositionals = true;
            continue;
        }
        const auto eq = arg.find('=');
        const std::string name = arg.substr(0, eq);
        const Option* option = name.rfind("--", 0) == 0 ? find(name) : nullptr;
        if (!option)
            throw UsageError(m_command + ": unknown option " + quoteValue(name) + " (see --help)");
        auto& slot = parsed.m_values[name];
        if (!slot.empty() && !option->repeatable)
            throw UsageError(name + ": given more than once");
        if (option->valueName.empty()) {
            if (eq != std::string::npos)
                throw UsageError(name + ": takes no value, got " + quoteValue(arg.substr(eq + 1)));
            slot.emplace_back();
            continue;
        }
        if (eq != std::string::npos) {
            slot.push_back(arg.substr(eq + 1));
            continue;
        }
        // A following option is a forgotten value, not a value that starts with "--".
        if (i + 1 >= args.size() || (args[i + 1].rfind("--", 0) == 0 && args[i + 1].size() > 2))
            throw UsageError(name + ": missing value (" + option->valueName + ")");
        slot.push_back(args[++i]);
    }
    for (const Option& option : m_options)
        if (option.required && !parsed.has(option.name))
            throw UsageError(m_command + ": missing required option " + option.name + " " + option.valueName);
    for (std::size_t i = parsed.m_positionals.size(); i < m_positionals.size(); ++i)
        if (m_positionals[i].required)
            throw UsageError(m_command + ": missing argument " + m_positionals[i].name);
    return parsed;
}

std::string ArgParser::help() const {
    std::ostringstream out;
    out << "usage: keyladder-cli " << m_command;
    for (const Positional& p : m_positionals)
        out << (p.required ? " " : " [") << p.name << (p.required ? "" : "]");
    for (const Option& o : m_options) {
        const std::string text = o.name + (o.valueName.empty() ? "" : " " + o.valueName);
        out << (o.required ? " " : " [") << text << (o.required ? "" : "]");
        if (o.repeatable)
            out << " [" << text << " ...]";
    }
    out << "\n\n" << m_summary << "\n";
    std::size_t width = 6; // "--help"
    for (const Option& o : m_options)
        width = std::max(width, o.name.size() + (o.valueName.empty() ? 0 : o.valueName.size() + 1));
    for (const Positional& p : m_positionals)
        width = std::max(width, p.name.size());
    const auto row = [&](const std::string& left, const std::string& help) {
        out << "  " << left << std::string(width - left.size() + 2, ' ') << help << "\n";
    };
    if (!m_positionals.empty()) {
        out << "\narguments:\n";
        for (const Positional& p : m_positionals)
            row(p.name, p.help);
    }
    out << "\noptions:\n";
    for (const Option& o : m_options)
        row(o.name + (o.valueName.empty() ? "" : " " + o.valueName), o.help);
    row("--help", "show this help and exit");
    for (const std::string& n : m_notes)
        out << "\n" << n << "\n";
    return out.str();
}

const std::string& ParsedArgs::value(const std::string& name) const {
    const auto it = m_values.find(name);
    if (it == m_values.end() || it->second.empty())
        throw UsageError(name + ": missing");
    return it->second.front();
}

std::optional<std::string> ParsedArgs::optional(const std::string& name) const {
    const auto it = m_values.find(name);
    if (it == m_values.end() || it->second.empty())
        return std::nullopt;
    return it->second.front();
}

const std::vector<std::string>& ParsedArgs::values(const std::string& name) const {
    static const std::vector<std::string> none;
    const auto it = m_values.find(name);
    return it == m_values.end() ? none : it->second;
}

Bytes ParsedArgs::hex(const std::string& name, std::optional<std::size_t> octets) const {
    return parseHexArg(name, value(name), octets);
}

SecureBytes ParsedArgs::secretHex(const std::string& name, std::optional<std::size_t> octets) const {
    return parseSecretHexArg(name, value(name), octets);
}

std::uint64_t ParsedArgs::number(const std::string& name, std::uint64_t min, std::uint64_t max) const {
    return parseNumberArg(name, value(name), min, max);
}

std::uint64_t ParsedArgs::number(const std::string& name, std::uint64_t min, std::uint64_t max,
                                 std::uint64_t fallback) const {
    const auto text = optional(name);
    return text ? parseNumberArg(name, *text, min, max) : fallback;
}

} // namespace keyladder::cli
