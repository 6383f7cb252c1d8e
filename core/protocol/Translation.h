// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <functional>
#include <initializer_list>
#include <string>

namespace keyladder {

/**
 * @brief Looks up the text shown to the user for @p text (English, the source language) in @p context.
 *
 * core/ has no Qt; the desktop app installs a function that asks QCoreApplication::translate. Without one,
 * or when it returns an empty string, the English text stands, so the CLI and the golden files never change.
 */
using Translator = std::function<std::string(const char* context, const char* text)>;

/** @brief Installs @p translator for every later call of tr(); an empty function restores English. */
void setTranslator(Translator translator);

/**
 * @brief The text for @p source in the current language. lupdate extracts the calls through
 * `-tr-function-alias translate+=coreTr`, so @p context and @p source must be string literals.
 */
std::string coreTr(const char* context, const char* source);

/** @brief Replaces %1 … %9 in @p pattern by @p args, in one pass (a value containing "%2" stays as it is). */
std::string fillArgs(const std::string& pattern, std::initializer_list<std::string> args);

} // namespace keyladder
