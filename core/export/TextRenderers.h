// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "core/protocol/Trace.h"

#include <string>

namespace keyladder {

/**
 * @brief The trace as `keyladder.trace/1` JSON (docs/trace-format.md), keys in a fixed order so that the
 * same seed gives byte-identical output.
 *
 * Values marked Secrecy::Private (K, OPc, D-H private values, SA keys) are written only when @p secrets is
 * true; otherwise they appear as {"secret": true, "private": true, "redacted": true}. Session keys are
 * always written (marked "secret": true): showing them is the point of the trace.
 */
std::string renderJson(const Trace& trace, bool secrets = false);

/** @brief A plain-ASCII ladder diagram with narration, at most 100 columns wide, ending in the summary. */
std::string renderAscii(const Trace& trace);

/** @brief A Mermaid `sequenceDiagram` of the trace (one `rect` block per step). */
std::string renderMermaid(const Trace& trace);

/** @brief A PlantUML sequence diagram (`@startuml` ... `@enduml`), ASCII only, one `==` divider per step. */
std::string renderPlantUml(const Trace& trace);

} // namespace keyladder
