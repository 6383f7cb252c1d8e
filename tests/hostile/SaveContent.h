// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace keyladder::hostile {

/** @brief A large scenario-like document, different for every @p version, reproducible in both processes. */
inline QByteArray saveContent(int version, int megabytes)
{
    QByteArray text = "{\"schema\": \"keyladder.scenario/1\", \"title\": \"version " + QByteArray::number(version) +
                      "\", \"description\": \"";
    const QByteArray line = "version " + QByteArray::number(version) + " of a large scenario description. ";
    while (text.size() < megabytes * (1 << 20))
        text += line;
    text += "\"}\n";
    return text;
}

} // namespace keyladder::hostile
