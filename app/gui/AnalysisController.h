// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "app/render/FigureExporter.h"

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace keyladder::app {

/** @brief How far a background measurement is: written by the worker, polled by the UI thread. */
struct JobProgress {
    std::atomic<int> done{0};
    std::atomic<int> total{0}; ///< 0 while unknown (the bar is indeterminate)
    std::atomic<bool> cancel{false};
};

/**
 * @brief Base of the analysis views (comparison, evaluation, costs, scaling): one job at a time on a
 * worker thread, with progress, cancel and an error sentence; and the figures the view shows and exports.
 *
 * The UI thread only starts a job and takes its finished result; it never waits for the computation. A
 * newer job supersedes an older one (whose result is dropped), and the destructor cancels and joins.
 */
class AnalysisController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The base of the analysis views")
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    Q_PROPERTY(bool hasResult READ hasResult NOTIFY resultChanged)

public:
    explicit AnalysisController(QObject* parent = nullptr);
    ~AnalysisController() override;

    bool busy() const { return m_busy; }
    /** In [0,1]; negative while the amount of work is unknown. */
    double progress() const { return m_progress; }
    QString error() const { return m_error; }
    QString status() const { return m_status; }
    virtual bool hasResult() const = 0;

    /** The figure named @p part ("" for the view's main figure), or nothing before a result is in. */
    virtual std::optional<render::Figure> figure(const QString& part, render::PrintTheme theme) const = 0;

    /** Stops the job in flight; its result is dropped. */
    Q_INVOKABLE void cancel();
    /** Processes events until no job runs (tests and batch use only). */
    Q_INVOKABLE bool waitUntilIdle(int timeoutMs = 120000);
    /** Writes figure @p part as SVG, PDF or PNG (2×) as the file name's extension says. */
    Q_INVOKABLE bool exportFigure(const QString& pathOrUrl, const QString& part, bool dark);

signals:
    void busyChanged();
    void progressChanged();
    void errorChanged();
    void statusChanged();
    void resultChanged();
    /** The figures changed (new result, new step): views repaint. */
    void figureChanged();

protected:
    using Work = std::function<std::function<void()>(JobProgress&)>;
    /**
     * Runs @p work on the worker thread. It returns the function that installs its result, which runs on the
     * UI thread unless the job was cancelled or superseded. An exception becomes the error sentence.
     */
    void start(const QString& activity, Work work);
    void setError(const QString& error);
    void setStatus(const QString& status);
    /** A file URL or a path, as a local path. */
    static QString localPath(const QString& pathOrUrl);
    /** Puts a Markdown table on the clipboard and says so in the status. */
    bool copyMarkdown(const QString& markdown);
    /** Writes @p content atomically and reports success in the status, failure as the error. */
    bool writeFile(const QString& pathOrUrl, const QByteArray& content);

private:
    void setBusy(bool busy);
    void poll();

    QThreadPool m_pool;
    QTimer m_poll;
    std::shared_ptr<JobProgress> m_job;
    quint64 m_generation = 0;
    bool m_busy = false;
    double m_progress = -1;
    QString m_error, m_status, m_activity;
};

} // namespace keyladder::app
