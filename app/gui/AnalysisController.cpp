// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/gui/AnalysisController.h"

#include "core/protocol/Engine.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPointer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace keyladder::app {

AnalysisController::AnalysisController(QObject* parent) : QObject(parent) {
    // One job at a time per view; the crypto inside a job may use more threads of its own.
    m_pool.setMaxThreadCount(1);
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &AnalysisController::poll);
}

AnalysisController::~AnalysisController() {
    if (m_job)
        m_job->cancel = true;
    m_pool.waitForDone();
}

void AnalysisController::start(const QString& activity, Work work) {
    if (m_job)
        m_job->cancel = true;
    auto job = std::make_shared<JobProgress>();
    m_job = job;
    const quint64 generation = ++m_generation;
    m_activity = activity;
    setError({});
    setStatus(activity);
    m_progress = -1;
    emit progressChanged();
    setBusy(true);
    m_poll.start();
    QPointer<AnalysisController> self(this);
    m_pool.start([self, job, generation, work = std::move(work)] {
        std::function<void()> install;
        QString failure;
        try {
            install = work(*job);
        } catch (const Cancelled&) {
            return; // whoever cancelled has moved on
        } catch (const std::exception& e) {
            failure = QString::fromUtf8(e.what());
        }
        if (job->cancel)
            return;
        // Back to the UI thread; a view closed meanwhile drops the result with its QPointer.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, install = std::move(install), failure] {
                if (!self || generation != self->m_generation)
                    return;
                self->m_poll.stop();
                self->m_job.reset();
                if (failure.isEmpty() && install) {
                    install();
                    self->m_progress = 1;
                    emit self->progressChanged();
                    emit self->resultChanged();
                    emit self->figureChanged();
                    self->setStatus({});
                } else {
                    self->setStatus({});
                    self->setError(failure);
                }
                self->setBusy(false);
            },
            Qt::QueuedConnection);
    });
}

void AnalysisController::cancel() {
    if (!m_job)
        return;
    m_job->cancel = true;
    m_job.reset();
    ++m_generation;
    m_poll.stop();
    setStatus(tr("Cancelled."));
    setBusy(false);
}

bool AnalysisController::waitUntilIdle(int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (m_busy && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return !m_busy;
}

void AnalysisController::poll() {
    if (!m_job)
        return;
    const int total = m_job->total, done = m_job->done;
    const double p = total > 0 ? double(done) / total : -1.0;
    if (p != m_progress) {
        m_progress = p;
        emit progressChanged();
        if (total > 0)
            setStatus(tr("%1 (%2 of %3)").arg(m_activity).arg(done).arg(total));
    }
}

void AnalysisController::setBusy(bool busy) {
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void AnalysisController::setError(const QString& error) {
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

void AnalysisController::setStatus(const QString& status) {
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged();
}

QString AnalysisController::localPath(const QString& pathOrUrl) {
    const QUrl url(pathOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
}

bool AnalysisController::copyMarkdown(const QString& markdown) {
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard) {
        setError(tr("Cannot copy: there is no clipboard."));
        return false;
    }
    clipboard->setText(markdown);
    setError({});
    setStatus(tr("Copied the table as Markdown."));
    return true;
}

bool AnalysisController::writeFile(const QString& pathOrUrl, const QByteArray& content) {
    const QString path = localPath(pathOrUrl);
    if (path.isEmpty()) {
        setError(tr("Cannot export: no file name was given."));
        return false;
    }
    if (const QString e = render::writeAtomically(path, content); !e.isEmpty()) {
        setError(tr("Cannot export %1").arg(e));
        return false;
    }
    setError({});
    setStatus(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool AnalysisController::exportFigure(const QString& pathOrUrl, const QString& part, bool dark) {
    const QString path = localPath(pathOrUrl);
    const std::optional<render::Figure> f = figure(part, dark ? render::PrintTheme::Dark : render::PrintTheme::Light);
    if (!f) {
        setError(tr("Nothing to export yet: the measurement has not run."));
        return false;
    }
    const auto format = render::figureFormatOf(path);
    if (!format) {
        setError(tr("Cannot export %1: unknown format “.%2” (use .svg, .pdf or .png)")
                     .arg(QDir::toNativeSeparators(path), QFileInfo(path).suffix()));
        return false;
    }
    const QByteArray bytes = render::encodeFigure(*f, *format, 2.0);
    if (bytes.isEmpty()) {
        setError(tr("Cannot export %1: the figure could not be drawn.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return writeFile(path, bytes);
}

} // namespace keyladder::app
