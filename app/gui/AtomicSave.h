// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace keyladder::gui {

/**
 * @brief Replaces @p path with @p data so that a crash, a kill or a full disk at any moment leaves either
 * the old file or the new one, never a mixture: QSaveFile writes a temporary file next to it, flushes it
 * to disk and renames it over the old one only when everything was written.
 * @return false with a readable reason in @p error (if given) when nothing was replaced.
 */
bool saveTextAtomically(const QString& path, const QByteArray& data, QString* error = nullptr);

} // namespace keyladder::gui
