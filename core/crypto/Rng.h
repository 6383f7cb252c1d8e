// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>

namespace keyladder {

/** @brief Source of random octets for private values; hides Botan's RandomNumberGenerator. */
class Rng {
public:
    virtual ~Rng();
    /** @brief Fills @p out with random octets. */
    virtual void fill(std::span<std::uint8_t> out) = 0;
    /** @brief True if the output is reproducible from a seed (and therefore insecure). */
    virtual bool deterministic() const = 0;
};

/** @brief The operating system's generator (Botan AutoSeeded_RNG). */
std::unique_ptr<Rng> makeSystemRng();

/**
 * @brief A reproducible generator seeded from @p seed: HMAC_DRBG(SHA-256) keyed by SHA-256(seed).
 *
 * INSECURE: anyone who knows the seed knows every private value. For teaching and tests only.
 */
std::unique_ptr<Rng> makeDeterministicRng(std::string_view seed);

} // namespace keyladder
