// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/cli/CliMain.h"

#include "app/cli/ArgParser.h"
#include "app/cli/CliSupport.h"
#include "app/cli/Command.h"
#include "core/crypto/DiffieHellman.h"

#include <algorithm>
#include <ostream>
#include <string>

namespace keyladder::cli {

namespace {

const CommandTable& commands() {
    static const CommandTable table = [] {
        CommandTable t;
        addRunCommands(t);
        addMatrixCommand(t);
#ifdef KEYLADDER_HAS_RENDER
        addExportCommand(t);
#endif
        addGroupsCommand(t);
        addCalcCommands(t);
        addAttackCommands(t);
        return t;
    }();
    return table;
}

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const std::string& w : words)
        out += (out.empty() ? "" : " ") + w;
    return out;
}

// Keeps the promise of exactly one line on stderr whatever a message contains.
std::string oneLine(std::string text) {
    std::replace_if(
        text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
    return text;
}

void printOverview(std::ostream& out) {
    out << "usage: keyladder-cli COMMAND [OPTIONS]\n\n"
           "Diffie-Hellman key negotiation in LTE-NR dual connectivity (EN-DC), computed for real.\n\n"
           "commands:\n";
    std::size_t width = 0;
    for (const Command& c : commands())
        width = std::max(width, joined(c.path).size());
    for (const Command& c : commands()) {
        const std::string name = joined(c.path);
        out << "  " << name << std::string(width - name.size() + 2, ' ') << c.summary << "\n";
    }
    out << "\n  --version" << std::string(width > 7 ? width - 7 : 2, ' ') << "print the version\n"
        << "\nRun keyladder-cli COMMAND --help for a command's options.\n"
           "Exit codes: 0 success (a negotiation that fails is still a successful run), 1 the command could not\n"
           "finish, 2 bad input (one line on stderr), 3 a public value was rejected (the rule on stderr).\n";
}

void printFamily(std::ostream& out, const std::string& family) {
    out << "usage: keyladder-cli " << family << " SUBCOMMAND [OPTIONS]\n\nsubcommands:\n";
    for (const Command& c : commands())
        if (c.path.size() > 1 && c.path.front() == family)
            out << "  " << joined(c.path) << "  " << c.summary << "\n";
}

int fail(std::ostream& err, int code, const std::string& message) {
    err << "keyladder-cli: " << oneLine(message) << "\n";
    return code;
}

} // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.empty())
        return fail(err, exitcode::usage, "no command given (try keyladder-cli --help)");
    if (args[0] == "--version") {
        if (args.size() > 1)
            return fail(err, exitcode::usage, "--version: unexpected argument " + quoteValue(args[1]));
        out << "keyladder-cli " << KEYLADDER_VERSION << "\n";
        return exitcode::ok;
    }
    if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        printOverview(out);
        return exitcode::ok;
    }

    const Command* match = nullptr;
    for (const Command& c : commands()) {
        if (c.path.size() <= args.size() && std::equal(c.path.begin(), c.path.end(), args.begin()) &&
            (!match || c.path.size() > match->path.size()))
            match = &c;
    }
    if (!match) {
        const bool family = std::any_of(commands().begin(), commands().end(), [&](const Command& c) {
            return c.path.size() > 1 && c.path.front() == args[0];
        });
        if (!family)
            return fail(err, exitcode::usage, "unknown command " + quoteValue(args[0]) + " (try keyladder-cli --help)");
        if (args.size() > 1 && args[1] == "--help") {
            printFamily(out, args[0]);
            return exitcode::ok;
        }
        std::string names;
        for (const Command& c : commands())
            if (c.path.size() > 1 && c.path.front() == args[0])
                names += (names.empty() ? "" : ", ") + c.path[1];
        if (args.size() == 1)
            return fail(err, exitcode::usage, args[0] + ": missing subcommand (" + names + ")");
        return fail(err, exitcode::usage, args[0] + ": unknown subcommand " + quoteValue(args[1]) + " (" + names + ")");
    }

    const std::vector<std::string> rest(args.begin() + static_cast<std::ptrdiff_t>(match->path.size()), args.end());
    Io io{out, err};
    try {
        const int code = match->handler(rest, io);
        out.flush();
        return code;
    } catch (const UsageError& e) {
        return fail(err, exitcode::usage, e.what());
    } catch (const IoError& e) {
        return fail(err, exitcode::failure, joined(match->path) + ": " + e.what());
    } catch (const RejectedError& e) {
        return fail(err, exitcode::rejected, e.what());
    } catch (const ValidationError& e) {
        return fail(err, exitcode::rejected, rejectionMessage(joined(match->path), e));
    } catch (const Error& e) {
        // The core reports bad input values this way (a malformed PLMN, a private value out of range).
        return fail(err, exitcode::usage, joined(match->path) + ": " + e.what());
    } catch (const std::exception& e) {
        return fail(err, exitcode::failure, joined(match->path) + ": internal error: " + e.what());
    }
}

} // namespace keyladder::cli
