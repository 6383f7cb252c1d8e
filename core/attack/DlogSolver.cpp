// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/attack/DlogSolver.h"

#include "core/attack/Montgomery64.h"
#include "core/crypto/Bytes.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <exception>
#include <mutex>
#include <numbers>
#include <optional>
#include <thread>
#include <unordered_map>
#include <vector>

namespace keyladder {
namespace {

using Clock = std::chrono::steady_clock;
using u128 = Montgomery64::u128;

std::uint64_t mulMod(std::uint64_t a, std::uint64_t b, std::uint64_t m) {
    return static_cast<std::uint64_t>(static_cast<u128>(a) * b % m);
}

std::uint64_t powMod(std::uint64_t base, std::uint64_t e, std::uint64_t m) {
    std::uint64_t result = 1 % m;
    base %= m;
    for (; e != 0; e >>= 1) {
        if (e & 1)
            result = mulMod(result, base, m);
        base = mulMod(base, base, m);
    }
    return result;
}

// Deterministic for every n < 2^64 with the first twelve primes as bases.
bool isPrime(std::uint64_t n) {
    if (n < 2)
        return false;
    static constexpr std::array<std::uint64_t, 12> kBases{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};
    for (std::uint64_t b : kBases) {
        if (n % b == 0)
            return n == b;
    }
    std::uint64_t d = n - 1;
    int s = 0;
    while ((d & 1) == 0) {
        d >>= 1;
        ++s;
    }
    for (std::uint64_t b : kBases) {
        std::uint64_t x = powMod(b, d, n);
        if (x == 1 || x == n - 1)
            continue;
        bool composite = true;
        for (int i = 1; i < s && composite; ++i) {
            x = mulMod(x, x, n);
            composite = x != n - 1;
        }
        if (composite)
            return false;
    }
    return true;
}

std::uint64_t addMod(std::uint64_t a, std::uint64_t b, std::uint64_t q) {
    // a, b < q < 2^63, so the sum does not wrap.
    const std::uint64_t s = a + b;
    return s >= q ? s - q : s;
}

std::uint64_t subMod(std::uint64_t a, std::uint64_t b, std::uint64_t q) { return a >= b ? a - b : a + (q - b); }

// splitmix64: small, fast, and reproducible from the seed alone.
class SplitMix {
public:
    explicit SplitMix(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    /** Uniform enough in [0, n): the bias is below n / 2^64. */
    std::uint64_t below(std::uint64_t n) { return static_cast<std::uint64_t>((static_cast<u128>(next()) * n) >> 64); }

private:
    std::uint64_t m_state;
};

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

unsigned resolveThreads(unsigned requested) {
    if (requested != 0)
        return requested;
    return std::max(1U, std::thread::hardware_concurrency());
}

void checkGroup(const DlogProblem& problem) {
    if (problem.q < 2 || problem.q >= (std::uint64_t{1} << 63) || problem.p != 2 * problem.q + 1)
        throw Error("discrete log: p must equal 2q+1 and fit in 64 bits");
    if (!isPrime(problem.q) || !isPrime(problem.p))
        throw Error("discrete log: p = 2q+1 must be a safe prime (p and q prime)");
    if (problem.g <= 1 || problem.g >= problem.p || powMod(problem.g, problem.q, problem.p) != 1)
        throw Error("discrete log: g must generate the subgroup of order q (1 < g < p, g^q = 1 mod p)");
}

// Runs the checks every solver starts with. Returns a final result when no search is needed.
std::optional<DlogResult> precheck(const DlogProblem& problem, const std::string& method) {
    checkGroup(problem);
    DlogResult result;
    result.method = method;
    if (problem.h == 0 || problem.h >= problem.p || powMod(problem.h, problem.q, problem.p) != 1) {
        result.status = DlogResult::Status::NotInGroup;
        return result;
    }
    if (problem.h == 1) {
        result.status = DlogResult::Status::Found;
        result.exponent = 0;
        return result;
    }
    return std::nullopt;
}

std::string rhoMethodName(unsigned threads) {
    return "Pollard rho (distinguished points, " + std::to_string(threads) + (threads == 1 ? " thread)" : " threads)");
}

// ---------------------------------------------------------------------------------------------------------------
// Pollard rho with an r-adding walk and distinguished points (van Oorschot-Wiener).
//
// The walk is y -> y * M[y mod 32] with M[j] = g^A[j] h^B[j]. Walks do not carry their exponents: a walk only
// remembers its start (a0, b0) and, at a distinguished point, its length. When two walks from different starts
// reach the same distinguished point, both are replayed with exponents to solve a0' + x b0' = a0'' + x b0''.
// That keeps the inner step to one Montgomery multiplication, one table load and one mask test. Each thread
// interleaves kLanes independent walks so the multiplier's latency is hidden behind the other lanes.
// ---------------------------------------------------------------------------------------------------------------

constexpr unsigned kTableBits = 5;
constexpr unsigned kTableSize = 1U << kTableBits;
constexpr std::uint64_t kIndexMask = kTableSize - 1;
constexpr unsigned kLanes = 8;
constexpr unsigned kChunk = 1024; // rounds per check of stop / cancel / budget: kLanes * kChunk steps

struct DpEntry {
    std::uint64_t a0, b0, length;
};

class RhoSearch {
public:
    RhoSearch(const DlogProblem& problem, const DlogOptions& options, unsigned threads)
        : m_problem(problem), m_options(options), m_threads(threads), m_mont(problem.p),
          m_gM(m_mont.toMontgomery(problem.g)), m_hM(m_mont.toMontgomery(problem.h)),
          m_expected(std::sqrt(std::numbers::pi * static_cast<double>(problem.q) / 2)) {
        // About sqrt(expected) / 2 distinguished points. Each one costs a locked hash-map insertion, worth a few
        // hundred steps, so they must be rare; yet the walks still running after the collision add about
        // (threads x lanes) 2^bits wasted steps, which must stay far below the expected total: 32 sqrt(expected)
        // for 2 threads, under 1 % from toy-48 on.
        const int bits = std::max(0, static_cast<int>(std::log2(m_expected) / 2) + 1);
        m_dpBits = std::min(bits, 40);
        m_dpMask = ((std::uint64_t{1} << m_dpBits) - 1) << kTableBits;
        SplitMix rng(options.seed ^ 0x6b65796c61646465ULL);
        for (unsigned j = 0; j < kTableSize; ++j) {
            m_a[j] = rng.below(problem.q);
            m_b[j] = rng.below(problem.q);
            m_mult[j] = m_mont.mul(m_mont.pow(m_gM, m_a[j]), m_mont.pow(m_hM, m_b[j]));
        }
    }

    DlogResult run() {
        m_start = Clock::now();
        std::vector<std::thread> workers;
        workers.reserve(m_threads - 1);
        for (unsigned id = 1; id < m_threads; ++id)
            workers.emplace_back([this, id] { guardedWorker(id); });
        guardedWorker(0);
        for (auto& w : workers)
            w.join();
        if (m_error)
            std::rethrow_exception(m_error);
        DlogResult result;
        result.status = m_status;
        result.exponent = m_exponent;
        result.iterations = m_iterations.load();
        result.seconds = secondsSince(m_start);
        result.method = rhoMethodName(m_threads);
        return result;
    }

private:
    struct Lane {
        std::uint64_t a0, b0;
        std::uint64_t firstRound; // the round of this walk's first step
    };

    void guardedWorker(unsigned id) {
        try {
            worker(id);
        } catch (...) {
            std::lock_guard lock(m_mutex);
            if (!m_error)
                m_error = std::current_exception();
            m_stop.store(true);
        }
    }

    void worker(unsigned id) {
        const Montgomery64 mont = m_mont;
        const std::array<std::uint64_t, kTableSize> mult = m_mult;
        const std::uint64_t dpMask = m_dpMask;
        const std::uint64_t q = m_problem.q;
        const std::uint64_t maxLength = std::uint64_t{32} << m_dpBits;

        SplitMix rng(m_options.seed * 0x9e3779b97f4a7c15ULL + id + 1);
        // Successive starts of a lane are the previous start times a fixed random S = g^sA h^sB: one
        // multiplication instead of two exponentiations, which matters when distinguished points are dense.
        const std::uint64_t sA = rng.below(q), sB = rng.below(q);
        const std::uint64_t step = mont.mul(mont.pow(m_gM, sA), mont.pow(m_hM, sB));

        std::array<Lane, kLanes> lanes{};
        std::array<std::uint64_t, kLanes> y{};
        std::array<std::uint64_t, kLanes> laneStart{};
        for (unsigned k = 0; k < kLanes; ++k) {
            lanes[k] = {rng.below(q), rng.below(q), 0};
            laneStart[k] = mont.mul(mont.pow(m_gM, lanes[k].a0), mont.pow(m_hM, lanes[k].b0));
            y[k] = laneStart[k];
        }
        auto restart = [&](unsigned k, std::uint64_t nextRound) {
            lanes[k].a0 = addMod(lanes[k].a0, sA, q);
            lanes[k].b0 = addMod(lanes[k].b0, sB, q);
            lanes[k].firstRound = nextRound;
            laneStart[k] = mont.mul(laneStart[k], step);
            y[k] = laneStart[k];
        };

        std::uint64_t round = 0;
        auto lastProgress = m_start;
        while (true) {
            const std::uint64_t chunkStart = round;
            for (unsigned i = 0; i < kChunk; ++i, ++round) {
#pragma GCC unroll 16
                for (unsigned k = 0; k < kLanes; ++k) {
                    y[k] = mont.mul(y[k], mult[y[k] & kIndexMask]);
                    if ((y[k] & dpMask) == 0) [[unlikely]] {
                        const Lane& lane = lanes[k];
                        if (distinguished(y[k], lane.a0, lane.b0, round + 1 - lane.firstRound)) {
                            m_iterations.fetch_add((round - chunkStart) * kLanes + k + 1);
                            return;
                        }
                        restart(k, round + 1);
                    }
                }
            }
            m_iterations.fetch_add(std::uint64_t{kChunk} * kLanes);
            for (unsigned k = 0; k < kLanes; ++k) {
                // A walk caught in a cycle without a distinguished point would run forever.
                if (round - lanes[k].firstRound > maxLength)
                    restart(k, round);
            }
            if (m_stop.load(std::memory_order_relaxed))
                return;
            if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
                finish(DlogResult::Status::Cancelled, 0);
                return;
            }
            const auto now = Clock::now();
            const double elapsed = std::chrono::duration<double>(now - m_start).count();
            if (m_options.budgetSeconds > 0 && elapsed > m_options.budgetSeconds) {
                finish(DlogResult::Status::OutOfBudget, 0);
                return;
            }
            if (id == 0 && m_options.progress && now - lastProgress >= std::chrono::milliseconds(100)) {
                lastProgress = now;
                m_options.progress(DlogProgress{m_iterations.load(), m_expected, elapsed});
            }
        }
    }

    // Records a distinguished point; returns true when the search is over (solved, or stopped by another thread).
    [[gnu::noinline]] bool distinguished(std::uint64_t point, std::uint64_t a0, std::uint64_t b0,
                                         std::uint64_t length) {
        DpEntry other;
        {
            std::lock_guard lock(m_mutex);
            const auto [it, inserted] = m_points.try_emplace(point, DpEntry{a0, b0, length});
            if (inserted)
                return m_stop.load(std::memory_order_relaxed);
            other = it->second;
        }
        if (other.a0 == a0 && other.b0 == b0)
            return m_stop.load(std::memory_order_relaxed); // the same walk twice: nothing to learn
        const auto [a1, b1] = replay(a0, b0, length, point);
        const auto [a2, b2] = replay(other.a0, other.b0, other.length, point);
        const std::uint64_t q = m_problem.q;
        if (b1 == b2)
            return m_stop.load(std::memory_order_relaxed); // degenerate: g^a1 = g^a2 says nothing about h
        // g^a1 h^b1 = g^a2 h^b2  =>  x = (a1 - a2) / (b2 - b1) mod q, q prime
        const std::uint64_t x = mulMod(subMod(a1, a2, q), powMod(subMod(b2, b1, q), q - 2, q), q);
        if (m_mont.pow(m_gM, x) != m_hM)
            return m_stop.load(std::memory_order_relaxed);
        finish(DlogResult::Status::Found, x);
        return true;
    }

    // Walks again from g^a0 h^b0 for length steps, this time carrying the exponents.
    std::pair<std::uint64_t, std::uint64_t> replay(std::uint64_t a, std::uint64_t b, std::uint64_t length,
                                                   std::uint64_t expectedPoint) const {
        const std::uint64_t q = m_problem.q;
        std::uint64_t y = m_mont.mul(m_mont.pow(m_gM, a), m_mont.pow(m_hM, b));
        for (std::uint64_t i = 0; i < length; ++i) {
            const std::uint64_t j = y & kIndexMask;
            y = m_mont.mul(y, m_mult[j]);
            a = addMod(a, m_a[j], q);
            b = addMod(b, m_b[j], q);
        }
        if (y != expectedPoint)
            throw Error("discrete log: replayed walk missed its distinguished point");
        return {a, b};
    }

    void finish(DlogResult::Status status, std::uint64_t exponent) {
        std::lock_guard lock(m_mutex);
        if (m_stop.load())
            return;
        m_status = status;
        m_exponent = exponent;
        m_stop.store(true);
    }

    const DlogProblem m_problem;
    const DlogOptions& m_options;
    const unsigned m_threads;
    const Montgomery64 m_mont;
    const std::uint64_t m_gM, m_hM;
    const double m_expected;
    int m_dpBits = 0;
    std::uint64_t m_dpMask = 0;
    std::array<std::uint64_t, kTableSize> m_a{}, m_b{}, m_mult{};
    Clock::time_point m_start;

    std::mutex m_mutex;
    std::unordered_map<std::uint64_t, DpEntry> m_points;
    // Own cache lines: every thread adds to the counter once per chunk and reads the flag as often.
    alignas(64) std::atomic<bool> m_stop{false};
    alignas(64) std::atomic<std::uint64_t> m_iterations{0};
    DlogResult::Status m_status = DlogResult::Status::Cancelled;
    std::uint64_t m_exponent = 0;
    std::exception_ptr m_error;
};

// ---------------------------------------------------------------------------------------------------------------
// Baby-step giant-step with an open-addressing table of g^j (Montgomery form; 0 never occurs, so it marks empty).
// ---------------------------------------------------------------------------------------------------------------

constexpr std::uint64_t kMaxBabySteps = std::uint64_t{1} << 20;
constexpr std::uint64_t kCheckEvery = 4096;

class BabyTable {
public:
    explicit BabyTable(std::uint64_t entries) {
        std::uint64_t size = 16;
        while (size < 2 * entries)
            size <<= 1;
        m_keys.assign(size, 0);
        m_values.assign(size, 0);
        m_mask = size - 1;
    }
    void insert(std::uint64_t key, std::uint32_t value) {
        std::uint64_t slot = hash(key);
        while (m_keys[slot] != 0 && m_keys[slot] != key)
            slot = (slot + 1) & m_mask;
        if (m_keys[slot] == 0) {
            m_keys[slot] = key;
            m_values[slot] = value;
        }
    }
    std::optional<std::uint32_t> find(std::uint64_t key) const {
        for (std::uint64_t slot = hash(key);; slot = (slot + 1) & m_mask) {
            if (m_keys[slot] == key)
                return m_values[slot];
            if (m_keys[slot] == 0)
                return std::nullopt;
        }
    }

private:
    std::uint64_t hash(std::uint64_t key) const { return (key * 0x9e3779b97f4a7c15ULL >> 20) & m_mask; }
    std::vector<std::uint64_t> m_keys;
    std::vector<std::uint32_t> m_values;
    std::uint64_t m_mask = 0;
};

DlogResult babyGiant(const DlogProblem& problem, const DlogOptions& options) {
    const auto start = Clock::now();
    DlogResult result;
    result.method = "baby-step giant-step";
    const Montgomery64 mont(problem.p);
    const std::uint64_t q = problem.q;
    const auto root = static_cast<std::uint64_t>(std::ceil(std::sqrt(static_cast<double>(q))));
    const std::uint64_t m = std::clamp<std::uint64_t>(root, 1, kMaxBabySteps);
    const std::uint64_t giantSteps = (q + m - 1) / m;
    const double expected = static_cast<double>(m) + static_cast<double>(giantSteps) / 2;
    auto lastProgress = start;

    // Returns true when the caller must stop.
    auto checkpoint = [&](std::uint64_t done) {
        result.iterations = done;
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            result.status = DlogResult::Status::Cancelled;
            return true;
        }
        const auto now = Clock::now();
        const double elapsed = std::chrono::duration<double>(now - start).count();
        if (options.budgetSeconds > 0 && elapsed > options.budgetSeconds) {
            result.status = DlogResult::Status::OutOfBudget;
            return true;
        }
        if (options.progress && now - lastProgress >= std::chrono::milliseconds(100)) {
            lastProgress = now;
            options.progress(DlogProgress{done, expected, elapsed});
        }
        return false;
    };

    const std::uint64_t gM = mont.toMontgomery(problem.g);
    BabyTable table(m);
    std::uint64_t y = mont.one();
    for (std::uint64_t j = 0; j < m; ++j) {
        table.insert(y, static_cast<std::uint32_t>(j));
        y = mont.mul(y, gM);
        if ((j + 1) % kCheckEvery == 0 && checkpoint(j + 1)) {
            result.seconds = secondsSince(start);
            return result;
        }
    }
    const std::uint64_t giant = mont.pow(gM, q - m % q); // g^-m, g having order q
    std::uint64_t gamma = mont.toMontgomery(problem.h);
    for (std::uint64_t i = 0; i < giantSteps; ++i) {
        if (const auto j = table.find(gamma)) {
            result.status = DlogResult::Status::Found;
            result.exponent = static_cast<std::uint64_t>((static_cast<u128>(i) * m + *j) % q);
            result.iterations = m + i + 1;
            result.seconds = secondsSince(start);
            return result;
        }
        gamma = mont.mul(gamma, giant);
        if ((i + 1) % kCheckEvery == 0 && checkpoint(m + i + 1)) {
            result.seconds = secondsSince(start);
            return result;
        }
    }
    throw Error("discrete log: baby-step giant-step exhausted the subgroup without a match");
}

} // namespace

DlogResult solveDlogRho(const DlogProblem& problem, const DlogOptions& options) {
    const unsigned threads = resolveThreads(options.threads);
    if (auto early = precheck(problem, rhoMethodName(threads)))
        return *early;
    RhoSearch search(problem, options, threads);
    return search.run();
}

DlogResult solveDlogBabyGiant(const DlogProblem& problem, const DlogOptions& options) {
    if (auto early = precheck(problem, "baby-step giant-step"))
        return *early;
    return babyGiant(problem, options);
}

DlogResult solveDlog(const DlogProblem& problem, const DlogOptions& options) {
    if (problem.q < kBabyGiantLimit)
        return solveDlogBabyGiant(problem, options);
    return solveDlogRho(problem, options);
}

} // namespace keyladder
