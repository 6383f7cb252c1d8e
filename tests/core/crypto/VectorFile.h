// SPDX-License-Identifier: LGPL-3.0-or-later
// Reader for the published test data in tests/vectors/: blocks of "key = value" lines separated by blank
// lines, '#' comments, continuation lines starting with white space; white space inside values is dropped.
#pragma once

#include "core/crypto/Bytes.h"

#include <QFile>
#include <QString>
#include <QTest>

#include <map>
#include <string>
#include <vector>

namespace keyladder::test {

using VectorBlock = std::map<std::string, std::string>;

inline std::vector<VectorBlock> readVectorFile(const QString& name) {
    const QString path = QStringLiteral(KEYLADDER_SOURCE_DIR "/tests/vectors/") + name;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot open test data %s", qPrintable(path));
    std::vector<VectorBlock> blocks;
    VectorBlock current;
    std::string lastKey;
    const auto flush = [&] {
        if (!current.empty())
            blocks.push_back(current);
        current.clear();
        lastKey.clear();
    };
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        if (raw.trimmed().isEmpty()) {
            flush();
            continue;
        }
        if (raw.startsWith(QLatin1Char('#')))
            continue;
        if (raw.at(0).isSpace()) {
            if (lastKey.empty())
                qFatal("continuation line without a key in %s", qPrintable(path));
            current[lastKey] += raw.simplified().remove(QLatin1Char(' ')).toStdString();
            continue;
        }
        const qsizetype eq = raw.indexOf(QLatin1Char('='));
        if (eq < 0)
            qFatal("line without '=' in %s: %s", qPrintable(path), qPrintable(raw));
        lastKey = raw.left(eq).trimmed().toStdString();
        QString value = raw.mid(eq + 1).trimmed();
        // Hex values may be written in groups; names (free text) keep their spaces.
        if (lastKey != "name")
            value.remove(QLatin1Char(' '));
        current[lastKey] = value.toStdString();
    }
    flush();
    return blocks;
}

inline Bytes hexOf(const std::string& text) {
    const auto parsed = parseHex(text);
    if (!parsed)
        qFatal("bad hex in test data: %s", text.c_str());
    return *parsed;
}

inline QByteArray toQByteArray(ByteView data) {
    return QByteArray(reinterpret_cast<const char*>(data.data()), static_cast<qsizetype>(data.size()));
}

inline QString hexString(ByteView data) {
    return QString::fromStdString(toHex(data));
}

} // namespace keyladder::test
