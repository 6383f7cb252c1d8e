// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "core/protocol/Scenario.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QPair>
#include <QString>

namespace keyladder::test {

/** The documented default scenario with an attacker that holds K and taps the air: the classroom case. */
inline QByteArray classroomScenario() {
    Scenario s = defaultScenario();
    s.title = "classroom";
    s.seed = "test-seed";
    s.attacker.taps = {Link::Uu};
    s.attacker.leaked = {Leak::K};
    return QByteArray::fromStdString(saveScenario(s));
}

/** Every bundled example scenario plus the classroom case, as (name, document). */
inline QList<QPair<QString, QByteArray>> allScenarios() {
    QList<QPair<QString, QByteArray>> out{{QStringLiteral("classroom"), classroomScenario()}};
    const QDir dir(QStringLiteral(KEYLADDER_SOURCE_DIR "/assets/scenarios"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            out.append({name, file.readAll()});
    }
    return out;
}

} // namespace keyladder::test
