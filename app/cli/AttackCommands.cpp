// SPDX-License-Identifier: LGPL-3.0-or-later
// keyladder-cli attack dlog: the attacker's discrete-log solver on its own, for toy groups.
#include "app/cli/ArgParser.h"
#include "app/cli/CliSupport.h"
#include "app/cli/Command.h"
#include "core/attack/DlogSolver.h"
#include "core/crypto/DiffieHellman.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <iomanip>
#include <mutex>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

namespace keyladder::cli {

namespace {

std::uint64_t toU64(ByteView bigEndian) {
    std::uint64_t value = 0;
    for (const std::uint8_t b : bigEndian)
        value = value << 8 | b;
    return value;
}

std::string hex64(std::uint64_t value) {
    std::ostringstream s;
    s << std::hex << value;
    return s.str();
}

// Ctrl-C stops a long discrete log cleanly (status "cancelled") instead of killing the process mid-line.
std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void onInterrupt(int) {
    g_interrupted.store(true);
}

class InterruptGuard {
public:
    InterruptGuard() {
        g_interrupted.store(false);
        m_previous = std::signal(SIGINT, onInterrupt);
    }
    ~InterruptGuard() { std::signal(SIGINT, m_previous == SIG_ERR ? SIG_DFL : m_previous); }
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    void (*m_previous)(int) = SIG_DFL;
};

std::string statusName(DlogResult::Status status) {
    switch (status) {
    case DlogResult::Status::Found:
        return "found";
    case DlogResult::Status::Cancelled:
        return "cancelled";
    case DlogResult::Status::OutOfBudget:
        return "out-of-budget";
    case DlogResult::Status::NotInGroup:
        return "not-in-group";
    }
    return "unknown";
}

int attackDlog(const std::vector<std::string>& args, Io& io) {
    ArgParser parser("attack dlog", "Solve the discrete logarithm of a public value in a toy group, as the attacker "
                                    "does live: baby-step giant-step for the smallest groups, Pollard rho with "
                                    "distinguished points on every core otherwise. Prints the exponent (hex), "
                                    "the iterations, the seconds and the method.");
    parser.option("--group", "ID", "a toy group: toy-24, toy-32, toy-40, toy-48, toy-56 or toy-64", true)
        .option("--public", "HEX", "the public value g^x mod p (wire form; shorter input is left-padded with zeros)",
                true)
        .option("--threads", "N", "worker threads, 0 = all cores (default 0)")
        .option("--budget", "SECONDS", "give up after this long, 0 = no limit (default 0)")
        .option("--seed", "N", "seed of the random walk (default 1)")
        .flag("--json", "print a JSON object instead of one line")
        .flag("--progress", "report progress on stderr about once a second")
        .note("Exit codes: 0 found, 1 the budget ran out, 2 bad input, 3 the value is not in the group's\n"
              "prime-order subgroup (the rule on stderr).");
    ParsedArgs a;
    if (parseOrHelp(parser, args, io, a))
        return exitcode::ok;
    // Every usage error is reported before the (possibly rejected) public value is looked at.
    DlogOptions options;
    options.threads = static_cast<unsigned>(a.number("--threads", 0, 1024, 0));
    options.budgetSeconds = a.has("--budget") ? parseSecondsArg("--budget", a.value("--budget")) : 0;
    options.seed = a.number("--seed", 0, UINT64_MAX, 1);
    const GroupInfo& group = groupArg(a, "--group");
    const auto ffc = ffcParameters(group);
    if (group.kind != GroupKind::Toy || !ffc || ffc->p.size() > 8)
        throw UsageError("--group: discrete logs are solved live only in toy groups; " + quoteValue(group.id) + " is " +
                         kindName(group.kind) + " (" + std::to_string(group.securityBits) + "-bit security)");
    // A public value here is a number, so an odd count of hex digits ("3e8") is read as it would be written.
    std::string publicText = a.value("--public");
    const std::size_t digitsAt = publicText.rfind("0x", 0) == 0 || publicText.rfind("0X", 0) == 0 ? 2 : 0;
    if ((publicText.size() - digitsAt) % 2 != 0)
        publicText.insert(digitsAt, 1, '0');
    Bytes publicValue = parseHexArg("--public", publicText);
    if (publicValue.size() < group.publicSize)
        publicValue.insert(publicValue.begin(), group.publicSize - publicValue.size(), 0);
    try {
        validatePublicValue(group, publicValue);
    } catch (const ValidationError& e) {
        throw RejectedError(rejectionMessage("--public", e));
    }

    const DlogProblem problem{toU64(ffc->p), toU64(ffc->g), toU64(ffc->q), toU64(publicValue)};
    std::mutex progressMutex;
    auto lastReport = std::chrono::steady_clock::now();
    if (a.has("--progress")) {
        options.progress = [&](const DlogProgress& p) {
            const std::lock_guard<std::mutex> lock(progressMutex);
            const auto now = std::chrono::steady_clock::now();
            if (now - lastReport < std::chrono::seconds(1))
                return;
            lastReport = now;
            std::ostringstream line;
            line << "keyladder-cli: attack dlog: " << p.iterations << " iterations";
            if (p.expectedIterations > 0)
                line << " (" << std::fixed << std::setprecision(0)
                     << 100.0 * static_cast<double>(p.iterations) / p.expectedIterations << "% of the expected "
                     << std::setprecision(0) << p.expectedIterations << ")";
            line << ", " << std::fixed << std::setprecision(1) << p.seconds << " s";
            io.err << line.str() << std::endl;
        };
    }
    const InterruptGuard interruptGuard;
    options.cancel = &g_interrupted;
    const DlogResult result = solveDlog(problem, options);

    if (a.has("--json")) {
        nlohmann::ordered_json j;
        j["group"] = group.id;
        j["public"] = toHex(publicValue);
        j["status"] = statusName(result.status);
        if (result.status == DlogResult::Status::Found)
            j["exponent"] = hex64(result.exponent);
        j["iterations"] = result.iterations;
        j["seconds"] = result.seconds;
        j["method"] = result.method;
        io.out << j.dump() << "\n";
    }
    switch (result.status) {
    case DlogResult::Status::Found:
        if (!a.has("--json")) {
            std::ostringstream line;
            line << "exponent " << hex64(result.exponent) << ", " << result.iterations << " iterations, " << std::fixed
                 << std::setprecision(3) << result.seconds << " s, " << result.method;
            io.out << line.str() << "\n";
        }
        return exitcode::ok;
    case DlogResult::Status::NotInGroup:
        throw RejectedError("--public: rejected by rule subgroup: not in the order-q subgroup of " + group.id);
    case DlogResult::Status::OutOfBudget:
    case DlogResult::Status::Cancelled:
        break;
    }
    std::ostringstream msg;
    msg << "keyladder-cli: attack dlog: gave up (" << statusName(result.status) << ") after " << result.iterations
        << " iterations in " << std::fixed << std::setprecision(3) << result.seconds << " s, " << result.method;
    io.err << msg.str() << "\n";
    return exitcode::failure;
}

} // namespace

void addAttackCommands(CommandTable& table) {
    table.push_back({{"attack", "dlog"}, "solve a discrete log in a toy group (Pollard rho, BSGS)", &attackDlog});
}

} // namespace keyladder::cli
