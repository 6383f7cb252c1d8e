// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "app/gui/EventListModel.h"
#include "app/gui/LadderLayout.h"
#include "app/gui/StepListModel.h"
#include "app/gui/TraceView.h"

#include "app/gui/RecoveryStore.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>

class QQmlEngine;
class QJSEngine;

namespace keyladder {
class Trace;
}

namespace keyladder::app {

struct BuildProgress;

/**
 * @brief The session: one scenario, the trace the engine made from it, and where the user is in it.
 *
 * The engine runs on a worker thread; the UI thread only ever swaps in a finished, immutable
 * trace. Stepping is an index into that trace and never recomputes. A change of the scenario
 * re-runs the engine (cancelling a run still in flight) and keeps the step index where it can.
 */
class SessionController final : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_DISABLE_COPY_MOVE(SessionController)
    Q_PROPERTY(QVariantMap scenario READ scenario NOTIFY scenarioChanged)
    Q_PROPERTY(QString title READ title NOTIFY scenarioChanged)
    Q_PROPERTY(QString filePath READ filePath NOTIFY filePathChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY filePathChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY dirtyChanged)
    Q_PROPERTY(int currentStep READ currentStep WRITE goTo NOTIFY currentStepChanged)
    Q_PROPERTY(int stepCount READ stepCount NOTIFY traceChanged)
    Q_PROPERTY(bool hasTrace READ hasTrace NOTIFY traceChanged)
    Q_PROPERTY(bool playing READ playing NOTIFY playingChanged)
    Q_PROPERTY(double speed READ speed WRITE setSpeed NOTIFY speedChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QStringList actors READ actors NOTIFY traceChanged)
    Q_PROPERTY(QString outcome READ outcome NOTIFY traceChanged)
    Q_PROPERTY(bool deterministic READ deterministic NOTIFY traceChanged)
    Q_PROPERTY(QVariantMap stepInfo READ stepInfo NOTIFY currentStepChanged)
    Q_PROPERTY(QVariantMap verdict READ verdict NOTIFY traceChanged)
    Q_PROPERTY(QVariantMap selection READ selection NOTIFY selectionChanged)
    Q_PROPERTY(keyladder::app::LadderLayout* layout READ layout CONSTANT)
    Q_PROPERTY(keyladder::app::StepListModel* steps READ steps CONSTANT)
    Q_PROPERTY(keyladder::app::EventListModel* events READ events CONSTANT)
    Q_PROPERTY(QVariantList examples READ examples CONSTANT)
    Q_PROPERTY(qint64 lastRunMs READ lastRunMs NOTIFY traceChanged)
    Q_PROPERTY(QString statusMessage READ statusMessage NOTIFY statusMessageChanged)
    Q_PROPERTY(bool exporting READ exporting NOTIFY exportingChanged)
public:
    static SessionController* create(QQmlEngine*, QJSEngine*);
    static SessionController* instance();
    ~SessionController() override;

    QVariantMap scenario() const { return m_scenario.toVariantMap(); }
    /** The scenario as a JSON document, as it would be saved. */
    QByteArray scenarioDocument() const;
    QString title() const;
    QString filePath() const { return m_filePath; }
    QString fileName() const;
    bool dirty() const { return m_dirty; }
    int currentStep() const { return m_currentStep; }
    int stepCount() const;
    bool hasTrace() const { return bool(m_trace); }
    bool playing() const { return m_playing; }
    double speed() const { return m_speed; }
    void setSpeed(double speed);
    bool busy() const { return m_busy; }
    double progress() const { return m_progress; }
    QString progressText() const { return m_progressText; }
    QString error() const { return m_error; }
    QStringList actors() const;
    QString outcome() const;
    bool deterministic() const;
    QVariantMap stepInfo() const;
    QVariantMap verdict() const;
    QVariantMap selection() const { return m_selection; }
    LadderLayout* layout() const { return m_layout; }
    StepListModel* steps() const { return m_steps; }
    EventListModel* events() const { return m_events; }
    QVariantList examples() const;
    qint64 lastRunMs() const { return m_lastRunMs; }
    TraceViewPtr traceView() const { return m_trace; }
    /** A short confirmation for the status bar ("Exported ladder.svg"); empty after a few seconds. */
    QString statusMessage() const { return m_statusMessage; }
    /** A step series is being written (on a worker thread). */
    bool exporting() const { return m_exporting; }
    /** Cancels the run in flight and joins the worker threads. */
    void shutdownWorkers();

    /** The scenario value at JSON pointer @p path ("/procedure/mode"), or an invalid variant. */
    Q_INVOKABLE QVariant value(const QString& path) const;
    /**
     * Sets one scenario value and re-runs the engine. A value the loader refuses is not applied:
     * error says why and the scenario stays as it was.
     */
    Q_INVOKABLE bool setValue(const QString& path, const QVariant& value);
    /** Adds @p member to the list at @p path, or removes it, keeping the list's order. */
    Q_INVOKABLE bool setListMember(const QString& path, const QString& member, bool present);
    /** Removes the value at @p path (e.g. the seed, for the system RNG) and re-runs. */
    Q_INVOKABLE bool removeValue(const QString& path);

    /** Loads a scenario document (a local path, a file URL or a ":/" resource). */
    Q_INVOKABLE bool openFile(const QString& pathOrUrl);
    /** Loads the newest autosave left by a session that crashed, if any; marks it unsaved. */
    Q_INVOKABLE bool recoverUnsaved();
    /** Loads a document given as text; @p origin is only for messages. */
    Q_INVOKABLE bool loadDocument(const QByteArray& json, const QString& origin, const QString& path);
    Q_INVOKABLE bool save();
    Q_INVOKABLE bool saveAs(const QString& pathOrUrl);
    /** True when save() can write without asking for a name (not a bundled example). */
    Q_INVOKABLE bool canSaveInPlace() const;

    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();
    Q_INVOKABLE void first();
    Q_INVOKABLE void last();
    Q_INVOKABLE void goTo(int step);
    Q_INVOKABLE void play();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void togglePlay();
    Q_INVOKABLE void faster();
    Q_INVOKABLE void slower();
    /** Stops the run in flight (a long discrete log, an 8192-bit group); the previous trace stays. */
    Q_INVOKABLE void cancel();
    /** Shows an event in the inspector. */
    Q_INVOKABLE void select(int step, int event);
    Q_INVOKABLE void copyText(const QString& text) const;
    /**
     * Writes the current trace to @p pathOrUrl in the format its suffix names: a figure (.svg, .pdf, .png,
     * the scenario embedded) or text (.mmd Mermaid, .puml PlantUML, .txt ASCII, .json the trace). Figures
     * stop at the current step when @p upToCurrentStep is set; @p secrets lists (figures) or writes (trace
     * JSON) the private values. On failure error says why and nothing is written.
     */
    Q_INVOKABLE bool exportFigure(const QString& pathOrUrl, bool upToCurrentStep, bool dark, bool secrets);
    /** Puts the diagram on the clipboard as an image at twice the layout's resolution. */
    /**
     * Starts writing one figure per step (@p format "svg" or "png" at 2×, one canvas size) and steps.pdf with
     * all of them into the folder @p folderOrUrl, on a worker thread; seriesExported() tells the outcome,
     * the status bar the progress. Returns false (with the error set) when it cannot start.
     */
    Q_INVOKABLE bool exportSeries(const QString& folderOrUrl, const QString& format, bool dark, bool secrets);
    Q_INVOKABLE bool copyDiagram(bool upToCurrentStep, bool dark, bool secrets);
    Q_INVOKABLE void clearError();
    Q_INVOKABLE QString actorLabel(const QString& actor) const;
    /** Waits (spinning the event loop) until no run is in flight; for the command line and tests. */
    Q_INVOKABLE bool waitUntilIdle(int timeoutMs = 60000);

signals:
    void scenarioChanged();
    void filePathChanged();
    void dirtyChanged();
    void currentStepChanged();
    void traceChanged();
    void playingChanged();
    void speedChanged();
    void busyChanged();
    void progressChanged();
    void errorChanged();
    void selectionChanged();
    void statusMessageChanged();
    void exportingChanged();
    /** A step series export ended; on failure the error says why. */
    void seriesExported(bool ok);
    /** A file could not be read, parsed or written; @p message is the loader's or the system's. */
    void fileProblem(const QString& title, const QString& message);
    /** A run finished (successfully or not). */
    void runFinished();

private:
    explicit SessionController(QObject* parent = nullptr);
    void rerun();
    void applyTrace(const TraceViewPtr& trace, LadderLayout::Geometry geometry, qint64 elapsedMs);
    void setBusy(bool busy);
    void setError(const QString& error);
    void setDirty(bool dirty);
    void setFilePath(const QString& path);
    void setPlaying(bool playing);
    void pollProgress();
    void selectDefault();
    bool applyScenario(const QJsonObject& candidate, bool markDirty);
    void showStatus(const QString& message);

    QJsonObject m_scenario;
    TraceViewPtr m_trace;
    /// The engine's own trace behind m_trace, for the text exports (Mermaid, PlantUML, ASCII, JSON).
    std::shared_ptr<const Trace> m_coreTrace;
    QString m_filePath;
    bool m_dirty = false;
    int m_currentStep = 0;
    bool m_playing = false;
    double m_speed = 1.0;
    bool m_busy = false;
    double m_progress = -1;
    QString m_progressText;
    QString m_error;
    QVariantMap m_selection;
    qint64 m_lastRunMs = 0;

    LadderLayout* m_layout;
    StepListModel* m_steps;
    EventListModel* m_events;
    QTimer m_playTimer;
    QTimer m_progressTimer;
    QTimer m_statusTimer;
    QTimer m_autosaveTimer;
    gui::RecoveryStore m_recovery;
    QString m_statusMessage;

    /// The engine's workers; joined when the application object goes away (see shutdownWorkers()).
    QThreadPool m_pool;
    QFuture<void> m_exportRun;
    std::shared_ptr<std::atomic<bool>> m_exportCancel;
    bool m_exporting = false;
    QFuture<void> m_running;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<BuildProgress> m_runProgress;
};

} // namespace keyladder::app
