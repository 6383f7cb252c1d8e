// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "app/gui/TraceView.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <mutex>

namespace keyladder {
class Trace;
}

namespace keyladder::app {

/** @brief Progress of one run, written by the worker and read by the UI thread's poll timer. */
struct BuildProgress {
    std::atomic<double> fraction{-1.0}; ///< overall, in [0,1]; < 0 when unknown
    mutable std::mutex mutex;
    QString activity;

    void setActivity(const QString& text) {
        std::lock_guard lock(mutex);
        activity = text;
    }
    QString currentActivity() const {
        std::lock_guard lock(mutex);
        return activity;
    }
};

/** @brief The scenario problem in one line ("/ue/dhGroups/2: unknown group 99"), or empty when it is valid. */
struct ScenarioCheck {
    QString error;
    QByteArray normalized; ///< the document with every field written (only when valid)
};

/** @brief Parses and validates a scenario document with the core's loader; fast enough for the UI thread. */
ScenarioCheck checkScenario(const QByteArray& json);

/**
 * @brief Runs the engine on a scenario and turns its trace into display form. Call on a worker thread.
 * @throws keyladder::Error (Cancelled when @p cancel was set) or std::exception on failure.
 */
TraceViewPtr buildTrace(const QByteArray& json, const std::atomic<bool>& cancel, BuildProgress& progress);

/** @brief The display form of an engine trace (exposed for the tests and the exporters). */
TraceViewPtr toTraceView(const Trace& trace);

} // namespace keyladder::app
