// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "core/protocol/AttackerContext.h"

#include <optional>

namespace keyladder {

/**
 * @brief An active attacker on a link (implemented by the attacker model in core/attack).
 *
 * Called for every message in transit on Uu (LTE SRB1, NR user plane) and on X2-C before it is
 * delivered. A returned substitute is delivered instead: its `wire` is what the receiver decodes,
 * deciphers and integrity-checks with its own keys, so a forgery without the right keys is refused
 * by the receiver (and shown as a Rejection). Use MessageCodec to build valid wire octets.
 */
class MessageInterceptor {
public:
    virtual ~MessageInterceptor() = default;
    /**
     * @brief @p capture is what the link shows; return the message to deliver instead (with
     * sentByAttacker = true, substitute = true, from = Actor::Attacker), or std::nullopt to let it pass.
     */
    virtual std::optional<Message> intercept(const Capture& capture, AttackerContext& context) = 0;
};

} // namespace keyladder
