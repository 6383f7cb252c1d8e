// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "core/protocol/Trace.h"

#include <string>
#include <string_view>
#include <vector>

/** Helpers shared by the text renderers (not part of the public API). */
namespace keyladder::textutil {

/** @brief @p text with every non-ASCII octet and control character replaced ('?' / ' '). */
std::string ascii(std::string_view text);
/** @brief Words of @p text in lines of at most @p width columns. */
std::vector<std::string> wrap(std::string_view text, std::size_t width);
/** @brief At most @p width columns; longer text ends in "...". */
std::string clip(std::string_view text, std::size_t width);
/** @brief A short form of a value for a diagram: text, or the first octets in hex with the length. */
std::string shortValue(const Value& value, std::size_t maxChars = 24);
/** @brief "Uu, SRB1, ciphered + integrity" */
std::string transportText(const Message& message);
/** @brief "sk-Counter-r15=0, KEi=8520f0a1..(32 octets)" */
std::string iesText(const Message& message, std::size_t maxChars);

} // namespace keyladder::textutil
