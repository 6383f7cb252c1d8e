// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/attack/EvaluationMatrix.h"

#include "core/Simulation.h"
#include "core/crypto/Groups.h"
#include "core/protocol/Translation.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <exception>
#include <mutex>
#include <sstream>
#include <thread>

namespace keyladder {

namespace {

Scenario cellScenario(const MatrixSituation& situation, const MatrixProcedure& procedure, const GroupInfo& group,
                      const GroupInfo& weakest, const MatrixOptions& options) {
    Scenario s = defaultScenario();
    s.title = situation.label + " / " + procedure.label + " / group " + group.id;
    s.seed = options.seed + "/" + situation.id + "/" + procedure.id + "/" + group.id;
    if (procedure.id == "baseline") {
        s.procedure.mode = ProcedureMode::Baseline;
    } else {
        s.procedure.mode = ProcedureMode::Dh;
        s.procedure.keyUsage = procedure.id == "dh-none"      ? KeyUsage::None
                               : procedure.id == "dh-combine" ? KeyUsage::Combine
                                                              : KeyUsage::Replace;
    }
    s.ue.dhGroups = {group.id};
    s.gnb.dhPriority = {group.id};
    s.ue.minSecurityBits = 0;
    s.network.x2Protected = true;
    AttackerConfig& a = s.attacker;
    a = AttackerConfig{};
    a.dlogBudgetSeconds = options.dlogBudgetSeconds;
    a.taps = {Link::Uu};
    const std::string& id = situation.id;
    if (id == "k-leaked" || id == "k-leaked-later" || id == "uu-mitm-k" || id.rfind("downgrade", 0) == 0)
        a.leaked = {Leak::K};
    a.leakAfter = id == "k-leaked-later";
    if (id == "x2-tap" || id.rfind("x2-mitm", 0) == 0 || id.rfind("downgrade", 0) == 0) {
        a.taps.push_back(Link::X2);
        s.network.x2Protected = id == "x2-mitm-protected";
    }
    if (id.rfind("x2-mitm", 0) == 0)
        a.active = ActiveAttack::X2Mitm;
    if (id.rfind("uu-mitm", 0) == 0)
        a.active = ActiveAttack::UuMitm;
    if (id.rfind("downgrade", 0) == 0) {
        a.active = ActiveAttack::X2Downgrade;
        if (weakest.id != group.id) {
            s.ue.dhGroups = {group.id, weakest.id};
            s.gnb.dhPriority = {group.id, weakest.id};
        }
        if (id == "downgrade-k-policy")
            s.ue.minSecurityBits = 112;
    }
    return s;
}

std::string oneLine(std::string text) {
    // The cost statement's record citation belongs to docs/evaluation.md's notes, not to every cell.
    if (auto pos = text.find(" (largest published record"); pos != std::string::npos) {
        std::size_t end = pos + 1;
        for (int depth = 0; end < text.size(); ++end) {
            depth += text[end] == '(' ? 1 : text[end] == ')' ? -1 : 0;
            if (depth == 0)
                break;
        }
        text.erase(pos, end + 1 - pos);
    }
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

MatrixCell runCell(const MatrixSituation& situation, const MatrixProcedure& procedure, const GroupInfo& group,
                   const GroupInfo& weakest, const MatrixOptions& options) {
    MatrixCell cell;
    cell.situation = situation.id;
    cell.procedure = procedure.id;
    cell.group = group.id;
    SimulationOptions sim;
    sim.cancel = options.cancel;
    sim.attacker.dlogThreads = 1; // the matrix already runs one negotiation per core
    Trace trace = simulate(cellScenario(situation, procedure, group, weakest, options), sim);
    const Summary& summary = trace.summary();
    cell.status = std::string(runStatusName(summary.status));
    cell.selectedGroup = summary.selectedGroup;
    cell.readsUserData = summary.attacker.readsUserData;
    std::string why = summary.attacker.why;
    // The verdict sentence is in the current language: strip its prefix as the attacker wrote it.
    for (std::string prefix : {fillArgs(coreTr("keyladder::Attacker", "reads the user data: %1"), {""}),
                               fillArgs(coreTr("keyladder::Attacker", "does not read the user data: %1"), {""})})
        if (!prefix.empty() && why.rfind(prefix, 0) == 0)
            why = why.substr(prefix.size());
    cell.reason = oneLine(why);
    return cell;
}

std::string escapeCell(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '|')
            out += "\\|";
        else
            out += c;
    }
    return out;
}

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\n") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

} // namespace

const MatrixCell* EvaluationMatrix::cell(std::string_view situation, std::string_view procedure,
                                         std::string_view group) const {
    for (const MatrixCell& c : cells)
        if (c.situation == situation && c.procedure == procedure && c.group == group)
            return &c;
    return nullptr;
}

const std::vector<MatrixSituation>& matrixSituations() {
    static const std::vector<MatrixSituation> rows{
        {"no-leak", KEYLADDER_TR_NOOP("keyladder::EvaluationMatrix", "Nothing leaked, Uu tapped")},
        {"k-leaked", KEYLADDER_TR_NOOP("keyladder::EvaluationMatrix", "K leaked, passive (Uu tapped)")},
        {"k-leaked-later",
         KEYLADDER_TR_NOOP("keyladder::EvaluationMatrix", "K leaked after the session (Uu recorded)")},
        {"x2-tap", KEYLADDER_TR_NOOP("keyladder::EvaluationMatrix", "Unprotected X2 tapped (and Uu), nothing leaked")},
        {"x2-mitm", KEYLADDER_TR_NOOP("keyladder::EvaluationMatrix",
                                      "X2 man in the middle (unprotected X2, Uu relayed), nothing leaked")},
        {"x2-mitm-protected",
         KEYLADDER_TR_NOOP("keyladder::EvaluationMatrix", "X2 man in the middle attempted on a protected X2")},
        {"uu-mitm-k", KEYLADDER_TR_NOOP("keyladder::EvaluationMatrix", "False base station relaying SRB1, K leaked")},
        {"uu-mitm",
         KEYLADDER_TR_NOOP("keyladder::EvaluationMatrix", "False base station relaying SRB1, nothing leaked")},
        {"downgrade-k",
         KEYLADDER_TR_NOOP("keyladder::EvaluationMatrix", "X2 group downgrade to the weakest group, K leaked")},
        {"downgrade-k-policy",
         KEYLADDER_TR_NOOP("keyladder::EvaluationMatrix", "X2 group downgrade, K leaked, UE minSecurityBits 112")},
    };
    return rows;
}

const std::vector<MatrixProcedure>& matrixProcedures() {
    static const std::vector<MatrixProcedure> cols{
        {"baseline", KEYLADDER_TR_NOOP("keyladder::EvaluationMatrix", "Baseline (today)")},
        {"dh-none", KEYLADDER_TR_NOOP("keyladder::EvaluationMatrix", "D-H, key not used")},
        {"dh-combine", KEYLADDER_TR_NOOP("keyladder::EvaluationMatrix", "D-H, combine")},
        {"dh-replace", KEYLADDER_TR_NOOP("keyladder::EvaluationMatrix", "D-H, replace")},
    };
    return cols;
}

EvaluationMatrix runEvaluationMatrix(const MatrixOptions& options) {
    const auto start = std::chrono::steady_clock::now();
    std::vector<const GroupInfo*> groups;
    for (const std::string& id : options.groups) {
        const GroupInfo* g = findGroup(id);
        if (!g)
            throw Error("unknown group " + id);
        if (!g->available)
            throw Error("group " + id + " is not available: " + g->unavailableReason);
        groups.push_back(g);
    }
    if (groups.empty())
        throw Error("no group to evaluate");
    const GroupInfo* weakest =
        *std::min_element(groups.begin(), groups.end(),
                          [](const GroupInfo* a, const GroupInfo* b) { return a->securityBits < b->securityBits; });

    EvaluationMatrix matrix;
    for (const GroupInfo* g : groups)
        matrix.groups.push_back(g->id);
    matrix.situations = matrixSituations();
    matrix.procedures = matrixProcedures();

    struct Job {
        const MatrixSituation* situation;
        const MatrixProcedure* procedure;
        const GroupInfo* group;
    };
    std::vector<Job> jobs;
    for (const GroupInfo* g : groups)
        for (const MatrixSituation& s : matrix.situations)
            for (const MatrixProcedure& p : matrix.procedures)
                jobs.push_back({&s, &p, g});
    matrix.cells.resize(jobs.size());

    unsigned workers = options.parallelism ? options.parallelism : std::max(1u, std::thread::hardware_concurrency());
    workers = std::min<unsigned>(workers, static_cast<unsigned>(jobs.size()));
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failureMutex;
    std::vector<std::thread> pool;
    for (unsigned w = 0; w < workers; ++w)
        pool.emplace_back([&] {
            for (std::size_t i = next++; i < jobs.size(); i = next++) {
                try {
                    matrix.cells[i] =
                        runCell(*jobs[i].situation, *jobs[i].procedure, *jobs[i].group, *weakest, options);
                } catch (...) {
                    std::lock_guard<std::mutex> lock(failureMutex);
                    if (!failure)
                        failure = std::current_exception();
                    next = jobs.size();
                }
            }
        });
    for (std::thread& t : pool)
        t.join();
    if (failure)
        std::rethrow_exception(failure);
    matrix.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return matrix;
}

std::optional<MatrixFormat> matrixFormatFromName(std::string_view name) {
    if (name == "md" || name == "markdown")
        return MatrixFormat::Markdown;
    if (name == "csv")
        return MatrixFormat::Csv;
    if (name == "json")
        return MatrixFormat::Json;
    return std::nullopt;
}

std::string renderMatrix(const EvaluationMatrix& m, MatrixFormat format) {
    std::ostringstream out;
    switch (format) {
    case MatrixFormat::Markdown: {
        // Overview first: one line per situation, one column per group, one mark per procedure.
        out << "### Overview\n\nEach cell lists the procedures in the order";
        for (const MatrixProcedure& p : m.procedures)
            out << (&p == &m.procedures.front() ? " " : " / ") << p.label;
        out << ": **R** = the attacker reads the user data, **-** = it does not, **x** = the negotiation was "
               "rejected (nothing read).\n\n| Attacker situation |";
        for (const std::string& gid : m.groups)
            out << " " << gid << " |";
        out << "\n|---|";
        for (std::size_t i = 0; i < m.groups.size(); ++i)
            out << "---|";
        out << "\n";
        for (const MatrixSituation& s : m.situations) {
            out << "| " << s.label << " |";
            for (const std::string& gid : m.groups) {
                out << " ";
                for (const MatrixProcedure& p : m.procedures) {
                    const MatrixCell* c = m.cell(s.id, p.id, gid);
                    out << (!c ? "?" : c->readsUserData ? "**R**" : c->status == "established" ? "-" : "x");
                    out << (&p == &m.procedures.back() ? "" : " ");
                }
                out << " |";
            }
            out << "\n";
        }
        out << "\n";
        for (const std::string& gid : m.groups) {
            const GroupInfo* g = findGroup(gid);
            out << "### Group " << gid << (g ? " — " + g->name : std::string()) << "\n\n";
            out << "| Attacker situation |";
            for (const MatrixProcedure& p : m.procedures)
                out << " " << p.label << " |";
            out << "\n|---|";
            for (std::size_t i = 0; i < m.procedures.size(); ++i)
                out << "---|";
            out << "\n";
            for (const MatrixSituation& s : m.situations) {
                out << "| " << s.label << " |";
                for (const MatrixProcedure& p : m.procedures) {
                    const MatrixCell* c = m.cell(s.id, p.id, gid);
                    if (!c) {
                        out << " — |";
                        continue;
                    }
                    out << " " << (c->readsUserData ? "**READS**" : "no");
                    if (c->status != "established")
                        out << " (" << c->status << ")";
                    out << ": " << escapeCell(c->reason) << " |";
                }
                out << "\n";
            }
            out << "\n";
        }
        break;
    }
    case MatrixFormat::Csv:
        out << "group,situation,procedure,status,selectedGroup,readsUserData,reason\n";
        for (const MatrixCell& c : m.cells)
            out << csvField(c.group) << "," << csvField(c.situation) << "," << csvField(c.procedure) << ","
                << csvField(c.status) << "," << csvField(c.selectedGroup) << "," << (c.readsUserData ? "true" : "false")
                << "," << csvField(c.reason) << "\n";
        break;
    case MatrixFormat::Json: {
        nlohmann::ordered_json j;
        j["schema"] = "keyladder.matrix/1";
        j["groups"] = m.groups;
        j["situations"] = nlohmann::ordered_json::array();
        for (const MatrixSituation& s : m.situations)
            j["situations"].push_back({{"id", s.id}, {"label", s.label}});
        j["procedures"] = nlohmann::ordered_json::array();
        for (const MatrixProcedure& p : m.procedures)
            j["procedures"].push_back({{"id", p.id}, {"label", p.label}});
        j["cells"] = nlohmann::ordered_json::array();
        for (const MatrixCell& c : m.cells)
            j["cells"].push_back({{"group", c.group},
                                  {"situation", c.situation},
                                  {"procedure", c.procedure},
                                  {"status", c.status},
                                  {"selectedGroup", c.selectedGroup},
                                  {"readsUserData", c.readsUserData},
                                  {"reason", c.reason}});
        out << j.dump(2) << "\n";
        break;
    }
    }
    return out.str();
}

} // namespace keyladder
