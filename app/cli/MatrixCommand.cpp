// SPDX-License-Identifier: LGPL-3.0-or-later
// keyladder-cli matrix: the solution-evaluation table (attacker situation x procedure, per group).
#include "app/cli/ArgParser.h"
#include "app/cli/CliSupport.h"
#include "app/cli/Command.h"
#include "core/attack/EvaluationMatrix.h"
#include "core/crypto/Groups.h"

#include <string>
#include <vector>

namespace keyladder::cli {

namespace {

std::vector<std::string> groupList(const std::string& text) {
    std::vector<std::string> ids;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = text.find(',', start);
        const std::string id = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (id.empty())
            throw UsageError("--groups: expected comma-separated group ids, got " + quoteValue(text));
        const GroupInfo* group = findGroup(id);
        if (!group)
            throw UsageError("--groups: unknown group " + quoteValue(id) + " (keyladder-cli groups lists them)");
        if (!group->available)
            throw UsageError("--groups: group " + quoteValue(id) + " is unavailable: " + group->unavailableReason);
        ids.push_back(id);
        if (comma == std::string::npos)
            return ids;
        start = comma + 1;
    }
}

int matrixCommand(const std::vector<std::string>& args, Io& io) {
    ArgParser parser("matrix", "The solution evaluation: every attacker situation (no leak, K leaked, K leaked "
                               "later, X2 tap, X2 MITM, Uu MITM with and without K, downgrade) against every "
                               "procedure (baseline; D-H with key usage none, combine, replace), run as real "
                               "negotiations for each group, with who reads the user data and why.");
    parser.option("--groups", "IDS", "comma-separated group ids (default 31,19,14,toy-40)")
        .option("--format", "FORMAT", "md (default), csv or json")
        .option("--budget", "SECONDS", "time budget of each toy-group discrete log (default 30)")
        .option("--out", "FILE", "write to FILE instead of standard output (atomically)");
    ParsedArgs a;
    if (parseOrHelp(parser, args, io, a))
        return exitcode::ok;
    MatrixOptions options;
    if (a.has("--groups"))
        options.groups = groupList(a.value("--groups"));
    const std::string formatName = a.optional("--format").value_or("md");
    const auto format = matrixFormatFromName(formatName);
    if (!format)
        throw UsageError("--format: expected md, csv or json, got " + quoteValue(formatName));
    if (a.has("--budget"))
        options.dlogBudgetSeconds = parseSecondsArg("--budget", a.value("--budget"));
    const std::optional<std::string> out = a.optional("--out");
    if (out && out->empty())
        throw UsageError("--out: expected a file name, got an empty value");

    std::string rendered = renderMatrix(runEvaluationMatrix(options), *format);
    if (!rendered.empty() && rendered.back() != '\n')
        rendered.push_back('\n');
    emit(io, out, rendered);
    return exitcode::ok;
}

} // namespace

void addMatrixCommand(CommandTable& table) {
    table.push_back(
        {{"matrix"}, "who reads the user data: attacker situations x procedures, per group", &matrixCommand});
}

} // namespace keyladder::cli
