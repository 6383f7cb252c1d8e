// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace keyladder::app {

/**
 * @brief Measures how long the UI thread's event loop goes without running.
 *
 * A fast timer ticks on the UI thread; the longest gap between two ticks (minus the interval) is
 * the worst stall a user would have felt. Used by `keyladder --measure-stall` and by the tests.
 */
class UiStallProbe final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UiStallProbe)
public:
    explicit UiStallProbe(QObject* parent = nullptr);
    void start();
    void stop();
    void reset();
    /** Longest gap between two ticks beyond the tick interval, in milliseconds. */
    qint64 maxStallMs() const { return m_maxStallMs; }
    qint64 ticks() const { return m_ticks; }

    static constexpr int intervalMs = 5;

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    qint64 m_maxStallMs = 0;
    qint64 m_ticks = 0;
};

} // namespace keyladder::app
