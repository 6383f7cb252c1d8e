// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/attack/CostEstimate.h"

#include "core/protocol/Translation.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>

namespace keyladder {
namespace {

constexpr double kSecondsPerYear = 365.25 * 86400;
// The finite-field anchor: DLP-240, the largest prime-field discrete log computed (see dlogRecords()).
constexpr int kAnchorFieldBits = 795;
constexpr double kAnchorCoreYears = 3100;

std::string printf1(const char* format, double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, format, value);
    return buffer;
}

// "3100", "2.0e15": plain below a million, else one decimal of mantissa.
std::string formatCount(double value) {
    if (value < 1e6)
        return printf1("%.0f", value);
    int exponent = static_cast<int>(std::floor(std::log10(value)));
    double mantissa = value / std::pow(10.0, exponent);
    if (mantissa >= 9.95) { // would print as "10.0e..."
        mantissa /= 10;
        ++exponent;
    }
    return printf1("%.1f", mantissa) + "e" + std::to_string(exponent);
}

} // namespace

double rhoLog2Operations(DlogFamily family, double subgroupBits) {
    // Expected steps before a collision: sqrt(pi N / 2) in a space of N points; the negation map on a curve
    // walks on classes {P, -P}, so N = n / 2 there.
    const double constant = family == DlogFamily::EllipticCurve ? std::numbers::pi / 4 : std::numbers::pi / 2;
    return (subgroupBits + std::log2(constant)) / 2;
}

double nfsLog2Operations(int fieldBits) {
    const double lnP = fieldBits * std::numbers::ln2;
    const double c = std::cbrt(64.0 / 9.0);
    return c * std::cbrt(lnP) * std::pow(std::log(lnP), 2.0 / 3.0) / std::numbers::ln2;
}

DlogCost estimateDlogCost(const DlogGroupSize& group) {
    DlogCost cost;
    cost.rhoLog2 = rhoLog2Operations(group.family, group.subgroupBits);
    cost.bestLog2 = cost.rhoLog2;
    cost.method = "Pollard rho";
    if (group.family == DlogFamily::FiniteField && group.fieldBits >= kNfsMinFieldBits) {
        cost.nfsLog2 = nfsLog2Operations(group.fieldBits);
        if (cost.nfsLog2 < cost.rhoLog2) {
            cost.bestLog2 = cost.nfsLog2;
            cost.method = "number field sieve";
        }
    }
    const std::string operations = cost.method == "Pollard rho" ? " group operations" : " operations";
    cost.summary = "about 2^" + printf1("%.1f", cost.bestLog2) + operations + " (" + cost.method + ")";
    return cost;
}

const std::vector<DlogRecord>& dlogRecords() {
    static const std::vector<DlogRecord> records{
        {DlogFamily::EllipticCurve, 112, 2009, "112-bit prime-field elliptic curve (secp112r1)",
         "about 8.5e16 point additions with parallel Pollard rho on a cluster of over 200 PlayStation 3 consoles, "
         "January to July 2009 (3.5 months if run continuously)",
         0,
         "J. W. Bos, M. E. Kaihara, T. Kleinjung, A. K. Lenstra, P. L. Montgomery, \"Solving a 112-bit prime "
         "elliptic curve discrete logarithm problem on game consoles using sloppy reduction\", International "
         "Journal of Applied Cryptography 2(3), 2012; EPFL LACAL announcement, July 2009"},
        {DlogFamily::EllipticCurve, 113, 2016, "113-bit binary-field elliptic curve (sect113r2)",
         "parallel Pollard rho with the negation map on low-cost Spartan-6 FPGAs", 0,
         "D. J. Bernstein, S. Engels, T. Lange, R. Niederhagen, C. Paar, P. Schwabe, R. Zimmermann, \"Faster "
         "discrete logarithms on FPGAs\", IACR Cryptology ePrint Archive"},
        {DlogFamily::FiniteField, 768, 2016, "768-bit safe-prime field",
         "number field sieve, about 5300 core-years on 2.2 GHz Xeon E5-2660 cores; finished 16 June 2016", 5300,
         "T. Kleinjung, C. Diem, A. K. Lenstra, C. Priplata, C. Stahlke, \"Computation of a 768-bit prime field "
         "discrete logarithm\", EUROCRYPT 2017, LNCS 10210"},
        {DlogFamily::FiniteField, 795, 2019, "795-bit safe-prime field (DLP-240)",
         "number field sieve (CADO-NFS), about 3100 core-years on 2.1 GHz Xeon Gold 6130 cores: 2400 sieving, "
         "700 linear algebra; announced 2 December 2019",
         kAnchorCoreYears,
         "F. Boudot, P. Gaudry, A. Guillevic, N. Heninger, E. Thome, P. Zimmermann, \"Comparing the difficulty "
         "of factorization and discrete logarithm: a 240-digit experiment\", CRYPTO 2020, LNCS 12171"},
    };
    return records;
}

DlogTimeEstimate extrapolateDlogTime(const DlogGroupSize& group, double iterationsPerSecond, unsigned cores) {
    DlogTimeEstimate estimate;
    const DlogCost cost = estimateDlogCost(group);
    estimate.rhoIterations = std::exp2(cost.rhoLog2);
    estimate.rhoSeconds = iterationsPerSecond > 0 ? estimate.rhoIterations / iterationsPerSecond : INFINITY;
    estimate.bestSeconds = estimate.rhoSeconds;
    if (cost.nfsLog2 > 0) {
        // Scaling a measured record by the ratio of the asymptotic estimates cancels most of the unknown o(1).
        estimate.nfsCoreYears = kAnchorCoreYears * std::exp2(cost.nfsLog2 - nfsLog2Operations(kAnchorFieldBits));
        estimate.nfsSeconds = estimate.nfsCoreYears * kSecondsPerYear / std::max(1U, cores);
        estimate.bestSeconds = std::min(estimate.bestSeconds, estimate.nfsSeconds);
    }
    return estimate;
}

std::string explainDlogCost(const DlogGroupSize& group) {
    const DlogCost cost = estimateDlogCost(group);
    std::string text =
        fillArgs(cost.method == "Pollard rho"
                     ? coreTr("keyladder::CostEstimate", "A discrete log costs about 2^%1 group operations here (%2).")
                     : coreTr("keyladder::CostEstimate", "A discrete log costs about 2^%1 operations here (%2)."),
                 {printf1("%.1f", cost.bestLog2), cost.method});
    if (cost.bestLog2 < 40)
        return text + coreTr("keyladder::CostEstimate", " Within reach of a laptop: the attacker computes it.");
    if (group.family == DlogFamily::FiniteField) {
        const DlogTimeEstimate scaled = extrapolateDlogTime(group, 0, 1);
        text += fillArgs(coreTr("keyladder::CostEstimate",
                                " The largest prime-field discrete log computed so far is %1 bits (2019, about %2 "
                                "core-years)"),
                         {std::to_string(kAnchorFieldBits), printf1("%.0f", kAnchorCoreYears)});
        if (cost.method == "number field sieve") {
            const std::string effort =
                scaled.nfsCoreYears >= 1
                    ? fillArgs(coreTr("keyladder::CostEstimate", "%1 core-years"), {formatCount(scaled.nfsCoreYears)})
                    : fillArgs(coreTr("keyladder::CostEstimate", "%1 of one core"),
                               {formatDuration(scaled.nfsCoreYears * kSecondsPerYear)});
            text += fillArgs(coreTr("keyladder::CostEstimate", "; a %1-bit field would take about %2 at that pace."),
                             {std::to_string(group.fieldBits), effort});
        } else {
            text += coreTr("keyladder::CostEstimate", "; here the subgroup, not the field, is the weak side.");
        }
        return text;
    }
    // secp112r1 (2009): about 8.5e16 point additions, i.e. 2^56.2.
    const double recordLog2 = std::log2(8.5e16);
    return text + fillArgs(coreTr("keyladder::CostEstimate",
                                  " Record elliptic-curve discrete logs are in 112- to 113-bit groups: secp112r1 "
                                  "(2009) took about 8.5e16 = 2^%1 point additions; this one is 2^%2 times more "
                                  "work."),
                           {printf1("%.1f", recordLog2), printf1("%.0f", cost.bestLog2 - recordLog2)});
}

std::string formatDuration(double seconds) {
    if (!(seconds >= 0))
        return "unknown";
    if (std::isinf(seconds))
        return "forever";
    if (seconds < 1e-3)
        return "< 1 ms";
    if (seconds < 1)
        return printf1("%.0f ms", seconds * 1e3);
    if (seconds < 120)
        return printf1("%.1f s", seconds);
    if (seconds < 2 * 3600)
        return printf1("%.1f min", seconds / 60);
    if (seconds < 2 * 86400)
        return printf1("%.1f h", seconds / 3600);
    const double years = seconds / kSecondsPerYear;
    if (years < 1)
        return printf1("%.0f days", seconds / 86400);
    return formatCount(years) + " years";
}

} // namespace keyladder
