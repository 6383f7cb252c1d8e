// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "core/protocol/AttackerContext.h"

namespace keyladder {

/**
 * @brief A passive attacker's view of the run (implemented by the attacker model in core/attack).
 *
 * The engine itself records the observation events and the "observed" knowledge of every tap and
 * adds leaked values when they come into being (or at the end with `leakAfter`); the observer adds
 * what follows from them: guesses and derivations, each a real computation.
 */
class LinkObserver {
public:
    virtual ~LinkObserver() = default;
    /** @brief A message crossed a tapped link (called in order, also for messages the attacker sent). */
    virtual void onCapture(const Capture& capture, AttackerContext& context) = 0;
    /** @brief A step is complete: derive whatever now follows (forward chaining until nothing new). */
    virtual void afterStep(AttackerContext& context) = 0;
    /** @brief The run is over (after the last afterStep): fill the verdict. */
    virtual void finish(AttackerContext& context, const Summary& summary, AttackerVerdict& verdict) = 0;
};

} // namespace keyladder
