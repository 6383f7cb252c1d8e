// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/crypto/Rng.h"

#include "core/crypto/Bytes.h"
#include "core/crypto/detail/BotanRng.h"

#include <botan/auto_rng.h>
#include <botan/exceptn.h>
#include <botan/hash.h>
#include <botan/hmac_drbg.h>
#include <botan/mac.h>
#include <botan/system_rng.h>

#include <algorithm>

namespace keyladder {

Rng::~Rng() = default;

namespace {

class SystemRng final : public Rng {
public:
    void fill(std::span<std::uint8_t> out) override {
        try {
            m_rng.randomize(out.data(), out.size());
        } catch (const Botan::Exception& e) {
            throw Error(std::string("system random generator failed: ") + e.what());
        }
    }
    bool deterministic() const override { return false; }

private:
    // The operating system's generator (getrandom on Linux) directly: a user-space HMAC_DRBG in front of it
    // cost a seeding per negotiation and two SHA-384 HMAC updates per draw, about a tenth of an X25519
    // negotiation (bench_engine), and added nothing the kernel's generator lacks.
    Botan::System_RNG m_rng;
};

class DeterministicRng final : public Rng {
public:
    explicit DeterministicRng(std::string_view seed)
        : m_drbg(Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)")) {
        auto hash = Botan::HashFunction::create_or_throw("SHA-256");
        hash->update(reinterpret_cast<const std::uint8_t*>(seed.data()), seed.size());
        const SecureBytes material = hash->final();
        m_drbg.initialize_with(material.data(), material.size());
    }
    void fill(std::span<std::uint8_t> out) override {
        // HMAC_DRBG limits one request; split so any length works and the stream stays reproducible.
        constexpr std::size_t chunk = 1024;
        for (std::size_t done = 0; done < out.size(); done += chunk) {
            const std::size_t n = std::min(chunk, out.size() - done);
            m_drbg.randomize(out.data() + done, n);
        }
    }
    bool deterministic() const override { return true; }

private:
    Botan::HMAC_DRBG m_drbg;
};

} // namespace

std::unique_ptr<Rng> makeSystemRng() {
    return std::make_unique<SystemRng>();
}

std::unique_ptr<Rng> makeDeterministicRng(std::string_view seed) {
    return std::make_unique<DeterministicRng>(seed);
}

namespace detail {

Botan::RandomNumberGenerator& blindingRng() {
    thread_local Botan::AutoSeeded_RNG rng;
    return rng;
}

} // namespace detail

} // namespace keyladder
