// SPDX-License-Identifier: LGPL-3.0-or-later
// keyladder-cli run and bench: whole negotiations through the engine with the scenario's attacker.
#include "app/cli/ArgParser.h"
#include "app/cli/CliSupport.h"
#include "app/cli/Command.h"
#include "core/Simulation.h"
#include "core/crypto/DiffieHellman.h"
#include "core/crypto/Rng.h"
#include "core/export/TextRenderers.h"
#include "core/protocol/Scenario.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <iomanip>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

namespace keyladder::cli {

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

int runCommand(const std::vector<std::string>& args, Io& io) {
    ArgParser parser("run", "Run a keyladder.scenario/1 file through the EN-DC negotiation (context phase, the "
                            "proposal's steps, key usage, user plane) with its attacker, and print the trace.");
    parser.positional("SCENARIO", "scenario file; - or /dev/stdin reads standard input")
        .option("--format", "FORMAT", "json (default), ascii, mermaid or plantuml")
        .option("--out", "FILE", "write to FILE instead of standard output (atomically: never half-written)")
        .flag("--secrets", "include private values (K, OPc, D-H private values) in the JSON trace")
        .note("Exit codes: 0 for any completed run, including a rejected negotiation (see summary.status);\n"
              "2 for a bad scenario, with the loader's error (JSON path and problem) on stderr; 1 when the\n"
              "output file cannot be written.");
    ParsedArgs a;
    if (parseOrHelp(parser, args, io, a))
        return exitcode::ok;
    const std::string format = a.optional("--format").value_or("json");
    if (format != "json" && format != "ascii" && format != "mermaid" && format != "plantuml")
        throw UsageError("--format: expected json, ascii, mermaid or plantuml, got " + quoteValue(format));
    if (a.has("--secrets") && format != "json")
        throw UsageError("--secrets: only the json format carries private values, got --format " + format);
    const std::optional<std::string> out = a.optional("--out");
    if (out && out->empty())
        throw UsageError("--out: expected a file name, got an empty value");

    const std::string& path = a.positionals().front();
    std::string text;
    try {
        text = readInput(path, ScenarioLimits::maxDocumentOctets);
    } catch (const IoError& e) {
        throw UsageError(e.what());
    }
    Scenario scenario;
    try {
        scenario = loadScenario(text);
    } catch (const ScenarioError& e) {
        throw UsageError((path == "-" ? std::string("<stdin>") : path) + ": " + e.what());
    }

    const Trace trace = simulate(scenario);
    std::string rendered;
    if (format == "json")
        rendered = renderJson(trace, a.has("--secrets"));
    else if (format == "ascii")
        rendered = renderAscii(trace);
    else if (format == "mermaid")
        rendered = renderMermaid(trace);
    else
        rendered = renderPlantUml(trace);
    if (!rendered.empty() && rendered.back() != '\n')
        rendered.push_back('\n');
    emit(io, out, rendered);
    return exitcode::ok;
}

// The scenario bench negotiates: D-H in @p group on both sides, keys combined, no attacker, system RNG.
Scenario benchScenario(const GroupInfo& group) {
    Scenario s = defaultScenario();
    s.title = "bench " + group.id;
    s.seed.reset();
    s.procedure.mode = ProcedureMode::Dh;
    s.procedure.keyUsage = KeyUsage::Combine;
    s.ue.dhGroups = {group.id};
    s.ue.minSecurityBits = 0; // a toy group is benchmarked, not refused
    s.gnb.dhPriority = {group.id};
    s.attacker = AttackerConfig{};
    s.attacker.taps.clear();
    s.attacker.leaked.clear();
    return s;
}

int benchCommand(const std::vector<std::string>& args, Io& io) {
    ArgParser parser("bench", "Time full negotiations (context phase, D-H exchange, key derivations, ciphered "
                              "messages, trace) in one group, and beside them the bare key generation and "
                              "agreement of the same group measured in the same process, so that the cost of "
                              "everything around the D-H exchange is visible.");
    parser.option("--group", "ID", "group id (default 31)")
        .option("--runs", "N", "negotiations to time, 1 to 100000 (default 10)")
        .flag("--json", "print {\"group\", \"runs\", \"msPerRun\", \"keygenMs\", \"agreeMs\", \"dhMsPerRun\", "
                        "\"overhead\"}");
    ParsedArgs a;
    if (parseOrHelp(parser, args, io, a))
        return exitcode::ok;
    const GroupInfo& group = a.has("--group") ? groupArg(a, "--group") : *findGroup("31");
    const auto runs = static_cast<int>(a.number("--runs", 1, 100000, 10));

    const Scenario scenario = benchScenario(group);
    // One untimed run fills the group caches (Botan's precomputations) as a long-running app would have.
    const Trace warmup = simulate(scenario);
    if (warmup.summary().status != RunStatus::Established)
        throw Error("the bench negotiation in group " + group.id + " did not establish: " + warmup.summary().reason);
    const auto start = Clock::now();
    for (int i = 0; i < runs; ++i)
        simulate(scenario);
    const double msPerRun = msSince(start) / runs;

    // The bare D-H work of one negotiation: two key pairs (KEi, KEr) and two agreements. After one untimed
    // round (lazy initialisation), rounds repeat until they add up to a measurable time, as tiny groups
    // take microseconds.
    const auto rng = makeSystemRng();
    const auto dhRound = [&](double* keygen, double* agree) {
        const auto t0 = Clock::now();
        const KeyPair gnb = KeyPair::generate(group, *rng);
        const KeyPair ue = KeyPair::generate(group, *rng);
        const auto t1 = Clock::now();
        const SecureBytes z1 = ue.agree(gnb.publicValue());
        const SecureBytes z2 = gnb.agree(ue.publicValue());
        *agree += msSince(t1);
        *keygen += std::chrono::duration<double, std::milli>(t1 - t0).count();
        if (z1 != z2)
            throw Error("bench: the two sides of group " + group.id + " derived different keys");
    };
    double keygenMs = 0;
    double agreeMs = 0;
    dhRound(&keygenMs, &agreeMs);
    keygenMs = agreeMs = 0;
    int rounds = 0;
    const auto dhStart = Clock::now();
    while (rounds < runs || (msSince(dhStart) < 200 && rounds < 100000)) {
        dhRound(&keygenMs, &agreeMs);
        ++rounds;
    }
    keygenMs /= 2.0 * rounds;
    agreeMs /= 2.0 * rounds;
    const double dhMsPerRun = 2 * keygenMs + 2 * agreeMs;
    const double overhead = dhMsPerRun > 0 ? msPerRun / dhMsPerRun : 0;

    if (a.has("--json")) {
        nlohmann::ordered_json j;
        j["group"] = group.id;
        j["runs"] = runs;
        j["msPerRun"] = msPerRun;
        j["keygenMs"] = keygenMs;
        j["agreeMs"] = agreeMs;
        j["dhMsPerRun"] = dhMsPerRun;
        j["overhead"] = overhead;
        io.out << j.dump() << "\n";
        return exitcode::ok;
    }
    std::ostringstream s;
    s << std::fixed << std::setprecision(3);
    s << "group " << group.id << " (" << group.name << "): " << runs << " negotiations, " << msPerRun << " ms per run\n"
      << "  key pair " << keygenMs << " ms, agreement " << agreeMs << " ms: " << dhMsPerRun
      << " ms of D-H per run (2 key pairs + 2 agreements)\n"
      << "  a full negotiation costs " << std::setprecision(1) << overhead
      << "x its D-H work (the rest: Milenage, KDFs, NEA2/NIA2, validation, the trace)\n";
    io.out << s.str();
    return exitcode::ok;
}

} // namespace

void addRunCommands(CommandTable& table) {
    table.push_back({{"run"}, "run a scenario and print its trace (json, ascii, mermaid, plantuml)", &runCommand});
    table.push_back({{"bench"}, "time full negotiations against the bare D-H operations", &benchCommand});
}

} // namespace keyladder::cli
