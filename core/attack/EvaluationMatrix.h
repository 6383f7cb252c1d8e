// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <atomic>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace keyladder {

/** @brief One attacker situation of the evaluation (a row). */
struct MatrixSituation {
    std::string id;    ///< "k-leaked", "x2-mitm", ...
    std::string label; ///< "K leaked, passive (Uu tap)"
};

/** @brief One procedure of the evaluation (a column): the baseline or D-H with a key usage. */
struct MatrixProcedure {
    std::string id;    ///< "baseline", "dh-none", "dh-combine", "dh-replace"
    std::string label; ///< "Baseline (today)", "D-H, key not used", ...
};

/** @brief The outcome of one negotiation of the matrix. */
struct MatrixCell {
    std::string situation;     ///< MatrixSituation::id
    std::string procedure;     ///< MatrixProcedure::id
    std::string group;         ///< group id the UE and gNB prefer
    std::string selectedGroup; ///< group actually selected ("" in the baseline or when rejected)
    std::string status;        ///< "established" | "rejected"
    bool readsUserData = false;
    std::string reason;        ///< one line: the chain that worked, or the piece that was missing
};

/** @brief Every situation x procedure x group of one evaluation run. */
struct EvaluationMatrix {
    std::vector<std::string> groups;
    std::vector<MatrixSituation> situations;
    std::vector<MatrixProcedure> procedures;
    std::vector<MatrixCell> cells; ///< group-major, then situation, then procedure
    double seconds = 0;            ///< wall-clock time of the run

    const MatrixCell* cell(std::string_view situation, std::string_view procedure, std::string_view group) const;
};

/** @brief What to evaluate and how. */
struct MatrixOptions {
    std::vector<std::string> groups{"31", "19", "14", "toy-40"}; ///< canonical ids; unknown ids throw Error
    unsigned parallelism = 0;        ///< negotiations run at once; 0 = one per core
    double dlogBudgetSeconds = 30;   ///< per toy-group discrete log
    std::string seed = "keyladder-evaluation"; ///< deterministic runs: the same table every time
    const std::atomic<bool>* cancel = nullptr;
};

/** @brief The situations of the evaluation, in row order. */
const std::vector<MatrixSituation>& matrixSituations();
/** @brief The procedures of the evaluation, in column order. */
const std::vector<MatrixProcedure>& matrixProcedures();

/**
 * @brief Runs every situation x procedure for each group (real negotiations with the attacker, in
 * parallel) and records who reads the user data and why.
 * @throws Error on an unknown or unavailable group; Cancelled when options.cancel is set.
 */
EvaluationMatrix runEvaluationMatrix(const MatrixOptions& options = {});

enum class MatrixFormat { Markdown, Csv, Json };
/** @brief "md" | "markdown", "csv", "json". */
std::optional<MatrixFormat> matrixFormatFromName(std::string_view name);

/** @brief Markdown (one table per group, with a legend), CSV (one row per cell) or JSON. */
std::string renderMatrix(const EvaluationMatrix& matrix, MatrixFormat format);

} // namespace keyladder
