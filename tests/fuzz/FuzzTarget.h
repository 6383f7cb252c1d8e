// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// Every fuzz target defines LLVMFuzzerTestOneInput. With KEYLADDER_FUZZERS (clang) it is linked
// against libFuzzer; in every normal build the same source is linked with ReplayMain.cpp, which
// runs the seed corpus and the kept crash inputs as a regression test.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

// A property violation: crash loudly so that libFuzzer keeps the input.
#define KEYLADDER_FUZZ_ASSERT(cond)                                                                                    \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            std::abort();                                                                                              \
    } while (false)
