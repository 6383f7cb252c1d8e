// SPDX-License-Identifier: LGPL-3.0-or-later
// Private to core/crypto: bridges keyladder::Rng and Botan. Never include from a public header.
#pragma once

#include "core/crypto/Rng.h"

#include <botan/rng.h>

#include <string>

namespace keyladder::detail {

/** Lets Botan draw from a keyladder::Rng, so a deterministic seed reproduces private values. */
class BotanRngAdapter final : public Botan::RandomNumberGenerator {
public:
    explicit BotanRngAdapter(Rng& rng) : m_rng(rng) {}
    void randomize(std::uint8_t output[], std::size_t length) override { m_rng.fill({output, length}); }
    bool accepts_input() const override { return false; }
    void add_entropy(const std::uint8_t[], std::size_t) override {}
    std::string name() const override { return "keyladder::Rng"; }
    void clear() override {}
    bool is_seeded() const override { return true; }

private:
    Rng& m_rng;
};

/**
 * A per-thread system generator for Botan's side-channel blinding. Blinding does not change results, so
 * agreement never consumes octets of the caller's (possibly deterministic) Rng.
 */
Botan::RandomNumberGenerator& blindingRng();

} // namespace keyladder::detail
