// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QString>

#include <memory>

namespace keyladder::gui {

/**
 * @brief Autosave of the unsaved scenario, offered back after a crash.
 *
 * Each running window owns one session: an autosave file `<id>.json` and a lock `<id>.lock` in the recovery
 * directory (by default `QStandardPaths::AppDataLocation`/recovery). While the process lives it holds the lock;
 * after a crash or a kill the lock is stale, and orphans() returns the session's last autosave so that the
 * next start can offer it. A clean save or a clean exit calls discard(). Autosaves are written with
 * saveTextAtomically(), so a crash during an autosave leaves the previous autosave.
 */
class RecoveryStore {
public:
    /** @brief One autosave left behind by a session that did not end cleanly. */
    struct Orphan {
        QString file;          ///< the autosave file, for adopt() / remove()
        QByteArray scenario;   ///< the scenario document as it was autosaved
        QString originalPath;  ///< the file it was opened from or last saved to; empty if never saved
        QDateTime savedAt;     ///< when it was autosaved (UTC)
    };

    /** @param directory where autosaves live; empty: `QStandardPaths::AppDataLocation` + "/recovery". */
    explicit RecoveryStore(const QString& directory = {});
    ~RecoveryStore();
    RecoveryStore(const RecoveryStore&) = delete;
    RecoveryStore& operator=(const RecoveryStore&) = delete;

    QString directory() const { return m_directory; }

    /**
     * @brief Autosaves @p scenario (the unsaved document) for this session; starts the session on first use.
     * @return false with a reason in @p error if it could not be written (the previous autosave is kept).
     */
    bool store(const QByteArray& scenario, const QString& originalPath, QString* error = nullptr);

    /** @brief This session's work is saved (or deliberately thrown away): its autosave is removed. */
    void discard();

    /** @brief Autosaves of sessions whose process is gone, newest first. Unreadable files are skipped. */
    QList<Orphan> orphans() const;

    /** @brief Deletes an orphan once the user has recovered or declined it. */
    static bool remove(const Orphan& orphan);

private:
    bool startSession(QString* error);

    QString m_directory;
    QString m_sessionId;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace keyladder::gui
