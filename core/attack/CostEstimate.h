// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace keyladder {

/** @brief What decides the cost of a discrete log: a prime field's multiplicative group or an elliptic curve. */
enum class DlogFamily { FiniteField, EllipticCurve };

/**
 * @brief A group described only by its sizes, so that callers map their own group catalog onto it.
 *
 * MODP 2048 (RFC 3526): {FiniteField, 2048, 2047}; a toy-48 group: {FiniteField, 48, 47};
 * P-256: {EllipticCurve, 256, 256}; Curve25519: {EllipticCurve, 255, 252}.
 */
struct DlogGroupSize {
    DlogFamily family;
    int fieldBits = 0;         ///< bits of p (finite field) or of the curve's field
    double subgroupBits = 0;   ///< log2 of the prime order of the subgroup the keys live in
};

/** @brief The cost of one discrete log in a group, in log2 of elementary operations. */
struct DlogCost {
    /**
     * @brief Pollard rho's expected group operations: sqrt(pi n / 4) on a curve (the negation map halves the
     * space), sqrt(pi q / 2) in the order-q subgroup of a finite field.
     */
    double rhoLog2 = 0;
    /**
     * @brief Finite fields: the number field sieve, L_p[1/3, (64/9)^(1/3)] with the o(1) taken as 0; 0 for curves.
     * An asymptotic figure: meaningful for p of a few hundred bits and more, not for the toy groups.
     */
    double nfsLog2 = 0;
    double bestLog2 = 0;    ///< the cheaper of the methods that apply
    std::string method;     ///< "Pollard rho" or "number field sieve"
    std::string summary;    ///< one sentence for the verdict, e.g. "about 2^128 group operations (Pollard rho)"
};

/**
 * @brief Below this many bits of p the NFS formula is not used as the finite-field estimate: the o(1) term
 * dominates there and the toy groups are attacked (and timed) with rho.
 */
inline constexpr int kNfsMinFieldBits = 256;

/** @brief log2 of Pollard rho's expected group operations for a subgroup of 2^subgroupBits elements. */
double rhoLog2Operations(DlogFamily family, double subgroupBits);

/** @brief log2 of L_p[1/3, (64/9)^(1/3)] for p of @p fieldBits bits. */
double nfsLog2Operations(int fieldBits);

/** @brief The cost of the discrete log, to be stated instead of attempted for the real groups. */
DlogCost estimateDlogCost(const DlogGroupSize& group);

/** @brief A published discrete-log record computation. */
struct DlogRecord {
    DlogFamily family;
    int bits;                ///< field size (finite field) or group order size (curve)
    int year;                ///< year the result was announced
    std::string problem;     ///< "795-bit prime field (DLP-240)"
    std::string effort;      ///< as reported by the authors
    double coreYears = 0;    ///< when reported in core-years, else 0
    std::string reference;   ///< authors, title, venue
};

/** @brief The records the cost statements are anchored to, oldest first. */
const std::vector<DlogRecord>& dlogRecords();

/** @brief Time to expect for one discrete log, extrapolated from what this machine measured. */
struct DlogTimeEstimate {
    double rhoIterations = 0; ///< 2^rhoLog2
    /**
     * @brief rhoIterations at the measured rate. For real groups each operation is counted as cheap as one
     * toy-group step (a 64-bit modular multiplication), so this is a lower bound.
     */
    double rhoSeconds = 0;
    /**
     * @brief Finite fields of at least kNfsMinFieldBits: the 795-bit record's 3100 core-years scaled by
     * the ratio of the L_p[1/3] estimates; 0 otherwise.
     */
    double nfsCoreYears = 0;
    double nfsSeconds = 0;  ///< nfsCoreYears spread over the given cores; 0 when not applicable
    double bestSeconds = 0; ///< the smaller of the applicable estimates
};

/**
 * @brief Extrapolates the measured Pollard rho speed of this machine to a group of any size.
 * @param iterationsPerSecond rho steps per second over all the cores used (as measured on a toy group)
 * @param cores cores the NFS core-years are spread over
 */
DlogTimeEstimate extrapolateDlogTime(const DlogGroupSize& group, double iterationsPerSecond, unsigned cores = 1);

/**
 * @brief One or two sentences for the attacker's verdict: the cost, the method, and how it compares with the
 * largest computation of its kind on record. For example, for MODP-2048:
 * "A discrete log costs about 2^116.9 operations here (number field sieve). The largest prime-field discrete log
 * computed so far is 795 bits (2019, about 3100 core-years); a 2048-bit field would take about 2.0e15
 * core-years at that pace."
 */
std::string explainDlogCost(const DlogGroupSize& group);

/** @brief "0.42 s", "3.1 min", "5.2 h", "12 days", "3.4e12 years": for the verdict and the scaling plot. */
std::string formatDuration(double seconds);

} // namespace keyladder
