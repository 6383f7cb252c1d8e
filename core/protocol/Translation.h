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

/**
 * @brief Marks a literal for translation without translating it here (a label kept in a static table):
 * lupdate extracts it through `-tr-function-alias QT_TRANSLATE_NOOP+=KEYLADDER_TR_NOOP`, and whoever shows
 * it translates it in @p context at that time (coreTr() in the core, QCoreApplication::translate() in the app).
 */
#define KEYLADDER_TR_NOOP(context, source) source

/** @brief Replaces %1 … %9 in @p pattern by @p args, in one pass (a value containing "%2" stays as it is). */
std::string fillArgs(const std::string& pattern, std::initializer_list<std::string> args);

} // namespace keyladder
