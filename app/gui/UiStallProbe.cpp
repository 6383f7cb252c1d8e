// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/gui/UiStallProbe.h"

#include <algorithm>

namespace keyladder::app {

UiStallProbe::UiStallProbe(QObject* parent) : QObject(parent) {
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &UiStallProbe::tick);
}

void UiStallProbe::start() {
    m_clock.start();
    m_last = -1;
    m_timer.start();
}

void UiStallProbe::stop() { m_timer.stop(); }

void UiStallProbe::reset() {
    m_maxStallMs = 0;
    m_ticks = 0;
    m_last = -1;
}

void UiStallProbe::tick() {
    const qint64 now = m_clock.elapsed();
    if (m_last >= 0)
        m_maxStallMs = std::max(m_maxStallMs, now - m_last - intervalMs);
    m_last = now;
    ++m_ticks;
}

} // namespace keyladder::app
