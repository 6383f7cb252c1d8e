// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

namespace keyladder {

/** @brief Find x in [0,q) with g^x = h (mod p), where p = 2q+1 is a safe prime of at most 64 bits. */
struct DlogProblem {
    std::uint64_t p, g, q, h;
};

/** @brief Snapshot handed to DlogOptions::progress. */
struct DlogProgress {
    std::uint64_t iterations;  ///< group operations done so far, over all threads
    double expectedIterations; ///< sqrt(pi q / 2) for rho; baby steps plus half the giant steps for BSGS
    double seconds;            ///< wall-clock time since the start
};

/** @brief How to run the solver. */
struct DlogOptions {
    unsigned threads = 0;     // 0 = all cores
    double budgetSeconds = 0; // 0 = no limit
    const std::atomic<bool>* cancel = nullptr;
    std::function<void(const DlogProgress&)> progress; // called from a worker, about 10x per second
    std::uint64_t seed = 1;
};

/** @brief Outcome of solveDlog. */
struct DlogResult {
    enum class Status { Found, Cancelled, OutOfBudget, NotInGroup };
    Status status;
    std::uint64_t exponent = 0;
    std::uint64_t iterations = 0;
    double seconds = 0;
    std::string method; // "Pollard rho (distinguished points, 2 threads)" or "baby-step giant-step"
};

/**
 * @brief Solves a discrete logarithm in the order-q subgroup of a toy safe-prime group.
 *
 * Picks baby-step giant-step for small q and Pollard rho with distinguished points otherwise. h is first
 * checked to lie in the subgroup (h^q = 1), else the status is NotInGroup. With threads == 1 the result,
 * including the iteration count, depends only on the problem and the seed.
 *
 * @throws Error when p, q, g do not describe a safe-prime group (p != 2q+1, q not prime, g not of order q).
 */
DlogResult solveDlog(const DlogProblem&, const DlogOptions& = {});

/** @brief Pollard rho alone (r-adding walk, distinguished points shared by the threads), whatever the size of q. */
DlogResult solveDlogRho(const DlogProblem&, const DlogOptions& = {});

/**
 * @brief Baby-step giant-step alone, single-threaded, whatever the size of q.
 *
 * The baby-step table is capped at 2^20 entries (24 MiB); past sqrt(q) = 2^20 the giant steps grow as
 * q / 2^20 instead of the memory.
 */
DlogResult solveDlogBabyGiant(const DlogProblem&, const DlogOptions& = {});

/** @brief Below this q, solveDlog uses baby-step giant-step (table of at most 2^17 entries). */
inline constexpr std::uint64_t kBabyGiantLimit = std::uint64_t{1} << 34;

} // namespace keyladder
