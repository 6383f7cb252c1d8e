// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace keyladder {

/** @brief One known-answer test: a published input/output pair that the start-up self-test recomputes. */
struct KnownAnswer {
    std::string name;      ///< "KDF S-KgNB", "Milenage f1", "128-NEA2", ... (unique)
    std::string source;    ///< where the vector is published, e.g. "TS 33.401 Annex C.1 set 1"
    std::string expected;  ///< the published output, lower-case hex
};

/** @brief What the self-test found and how long it took. */
struct SelfTestResult {
    bool passed = false;
    /** Empty when passed; otherwise one line per failed check, e.g.
     *  "128-NEA2 (TS 33.401 Annex C.1 set 1): expected e9fe..., got 00ab...". */
    std::string failure;
    int checks = 0;            ///< number of known answers compared
    double milliseconds = 0;   ///< wall time of the whole run
};

/** @brief The published answers the self-test compares with (PROTOCOL.md §7). */
std::vector<KnownAnswer> selfTestVectors();

/**
 * @brief Recomputes the KDF, Milenage, 128-NEA2, 128-NIA2 and X25519 known answers and compares them with
 * selfTestVectors(). Never throws: an exception from a primitive is reported as that check's failure.
 */
SelfTestResult runSelfTest();

/**
 * @brief The same with the expected answers given by the caller (matched by name; a name the self-test
 * does not know is itself a failure). Lets a test prove that a wrong answer is caught.
 */
SelfTestResult runSelfTest(const std::vector<KnownAnswer>& expected);

} // namespace keyladder
