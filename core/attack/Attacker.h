// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "core/protocol/LinkObserver.h"
#include "core/protocol/MessageInterceptor.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace keyladder {

/** @brief Tuning of the attacker's work that is not part of a scenario. */
struct AttackerOptions {
    unsigned dlogThreads = 0;                 ///< 0 = all cores
    std::uint32_t nasCountGuessLimit = 1024;  ///< uplink NAS COUNT values tried against the SMC's MAC-I
};

/**
 * @brief The attacker of a scenario: taps, leaks, active behaviour and the derivation rules of
 * PROTOCOL.md §6.
 *
 * The engine hands it every capture on a link it taps or acts on (onCapture), every message in transit on
 * a link it is active on (intercept), and calls afterStep after each step: the attacker then applies its
 * rules until nothing new follows. Each rule is the real computation (Milenage, the 3GPP KDF, NEA2
 * deciphering of captured SRB1 and NR PDUs, NIA2 checks, D-H agreement, discrete logs in toy groups), so a
 * value it holds equals the honest parties' value; for real groups it states the cost of the discrete
 * log instead of trying. finish() fills the verdict: per target, the chain or the missing piece.
 */
class Attacker final : public LinkObserver, public MessageInterceptor {
public:
    explicit Attacker(const Scenario& scenario, AttackerOptions options = {});
    ~Attacker() override;
    Attacker(const Attacker&) = delete;
    Attacker& operator=(const Attacker&) = delete;

    void onCapture(const Capture& capture, AttackerContext& context) override;
    void afterStep(AttackerContext& context) override;
    void finish(AttackerContext& context, const Summary& summary, AttackerVerdict& verdict) override;
    std::optional<Message> intercept(const Capture& capture, AttackerContext& context) override;

    /** @brief True if the scenario lets the attacker replace messages on @p link (unprotected X2 only). */
    bool activeOn(Link link) const;

    struct Impl;

private:
    std::unique_ptr<Impl> m_impl;
};

} // namespace keyladder
