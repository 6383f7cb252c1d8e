// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/gui/RecoveryStore.h"

#include "app/gui/AtomicSave.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace keyladder::gui {

namespace {

constexpr auto kFormat = "keyladder.recovery/1";
// An autosave holds one scenario (at most 1 MiB, ScenarioLimits) plus its JSON string escaping.
constexpr qint64 kMaxAutosaveOctets = 8 << 20;

} // namespace

RecoveryStore::RecoveryStore(const QString& directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery")
                      : directory)
{
}

RecoveryStore::~RecoveryStore() = default;

bool RecoveryStore::startSession(QString* error)
{
    if (m_lock)
        return true;
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(m_directory);
        return false;
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto lock = std::make_unique<QLockFile>(m_directory + QLatin1Char('/') + id + QStringLiteral(".lock"));
    // Held for the whole session; never considered stale while this process lives.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (error)
            *error = QStringLiteral("cannot lock the recovery session in %1").arg(m_directory);
        return false;
    }
    m_sessionId = id;
    m_lock = std::move(lock);
    return true;
}

bool RecoveryStore::store(const QByteArray& scenario, const QString& originalPath, QString* error)
{
    if (!startSession(error))
        return false;
    const QJsonObject record{
        {QStringLiteral("format"), QString::fromLatin1(kFormat)},
        {QStringLiteral("originalPath"), originalPath},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("scenario"), QString::fromUtf8(scenario)},
    };
    return saveTextAtomically(m_directory + QLatin1Char('/') + m_sessionId + QStringLiteral(".json"),
                              QJsonDocument(record).toJson(QJsonDocument::Compact), error);
}

void RecoveryStore::discard()
{
    if (!m_lock)
        return;
    QFile::remove(m_directory + QLatin1Char('/') + m_sessionId + QStringLiteral(".json"));
    m_lock->unlock();
    m_lock.reset();
    m_sessionId.clear();
}

QList<RecoveryStore::Orphan> RecoveryStore::orphans() const
{
    QList<Orphan> found;
    const QDir dir(m_directory);
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
        const QString id = info.completeBaseName();
        if (id == m_sessionId)
            continue;
        // A live session holds its lock; QLockFile takes over a lock whose process is gone.
        QLockFile lock(dir.filePath(id + QStringLiteral(".lock")));
        lock.setStaleLockTime(0); // only a dead owner makes a lock stale, not its age
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        QFile file(info.filePath());
        if (info.size() > kMaxAutosaveOctets || !file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject record = QJsonDocument::fromJson(file.readAll()).object();
        if (record.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
            continue;
        Orphan orphan;
        orphan.file = info.filePath();
        orphan.scenario = record.value(QStringLiteral("scenario")).toString().toUtf8();
        orphan.originalPath = record.value(QStringLiteral("originalPath")).toString();
        orphan.savedAt = QDateTime::fromString(record.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
        if (!orphan.scenario.isEmpty())
            found.append(orphan);
    }
    std::sort(found.begin(), found.end(), [](const Orphan& a, const Orphan& b) { return a.savedAt > b.savedAt; });
    return found;
}

bool RecoveryStore::remove(const Orphan& orphan)
{
    const QFileInfo info(orphan.file);
    QFile::remove(info.dir().filePath(info.completeBaseName() + QStringLiteral(".lock")));
    return QFile::remove(orphan.file);
}

} // namespace keyladder::gui
