// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace keyladder::render {

/**
 * @brief The figure texts in the app's language: QCoreApplication::translate() under a name lupdate extracts
 * (`-tr-function-alias translate+=renderTr`), so @p context and @p text must be string literals. Without an
 * installed translator (keyladder-cli) the English text comes back.
 */
inline QString renderTr(const char* context, const char* text) {
    return QCoreApplication::translate(context, text);
}

} // namespace keyladder::render
