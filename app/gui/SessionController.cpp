// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/gui/SessionController.h"

#include "app/gui/AtomicSave.h"

#include "app/gui/EventListModel.h"
#include "app/gui/LadderLayout.h"
#include "app/gui/LanguageManager.h"
#include "app/gui/StepListModel.h"
#include "app/gui/TraceBuilder.h"
#include "app/render/EmbeddedScenario.h"
#include "app/render/FigureExporter.h"
#include "core/Simulation.h"
#include "core/export/TextRenderers.h"
#include "core/protocol/Scenario.h"
#include "core/protocol/Trace.h"

#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QGuiApplication>
#include <QJSEngine>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>

namespace keyladder::app {

namespace {

constexpr std::array<double, 7> kSpeeds{0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0};
constexpr int kStepIntervalMs = 1800; // at speed 1: time to read an arrow and its narration

struct RunOutcome {
    TraceViewPtr trace;
    LadderLayout::Geometry geometry; ///< laid out on the worker too: the UI thread only swaps it in
    std::shared_ptr<const Trace> coreTrace;
    QString error;
    bool cancelled = false;
    qint64 elapsedMs = 0;
};

QStringList pointerParts(const QString& path) {
    QStringList parts = path.split(QLatin1Char('/'));
    if (!parts.isEmpty() && parts.first().isEmpty())
        parts.removeFirst();
    for (QString& p : parts)
        p.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
    return parts;
}

QJsonValue valueAt(const QJsonValue& root, const QStringList& parts) {
    QJsonValue v = root;
    for (const QString& p : parts) {
        if (v.isObject())
            v = v.toObject().value(p);
        else if (v.isArray())
            v = v.toArray().at(p.toInt());
        else
            return QJsonValue(QJsonValue::Undefined);
    }
    return v;
}

// Copy-on-write update along the pointer; missing objects on the way are created.
QJsonValue withValue(const QJsonValue& node, const QStringList& parts, int i, const QJsonValue& value, bool remove) {
    if (i == parts.size())
        return value;
    const QString& key = parts[i];
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        if (index < 0 || index > array.size())
            return node;
        if (i + 1 == parts.size() && remove) {
            if (index < array.size())
                array.removeAt(index);
        } else if (index == array.size()) {
            array.append(withValue(QJsonValue(), parts, i + 1, value, remove));
        } else {
            array[index] = withValue(array.at(index), parts, i + 1, value, remove);
        }
        return array;
    }
    QJsonObject object = node.toObject();
    if (i + 1 == parts.size() && remove)
        object.remove(key);
    else
        object[key] = withValue(object.value(key), parts, i + 1, value, remove);
    return object;
}

QString localPath(const QString& pathOrUrl) {
    if (pathOrUrl.startsWith(QLatin1String("qrc:")))
        return pathOrUrl.mid(3);
    const QUrl url(pathOrUrl);
    if (url.isLocalFile())
        return url.toLocalFile();
    return pathOrUrl;
}

} // namespace

SessionController::SessionController(QObject* parent)
    : QObject(parent), m_layout(new LadderLayout(this)), m_steps(new StepListModel(this)),
      m_events(new EventListModel(this)) {
    m_playTimer.setInterval(kStepIntervalMs);
    connect(&m_playTimer, &QTimer::timeout, this, [this] {
        if (m_currentStep >= stepCount())
            pause();
        else
            next();
    });
    // The crypto layer keeps per-thread state whose destructors need Botan's allocator, which static
    // destruction removes first; a worker thread that ends during exit() would crash there. So the
    // workers never expire, and at exit only the job in flight is cancelled and waited for.
    m_pool.setMaxThreadCount(2);
    m_pool.setExpiryTimeout(-1);
    // Narration, step titles and verdicts are computed in the current language: recompute on a switch.
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, [this] {
        if (!m_scenario.isEmpty())
            rerun();
    });
    qAddPostRoutine([] { SessionController::instance()->shutdownWorkers(); });
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &SessionController::pollProgress);
    // Unsaved edits are autosaved a moment after the last change and offered back after a crash.
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(2000);
    connect(&m_autosaveTimer, &QTimer::timeout, this, [this] {
        if (m_dirty)
            m_recovery.store(QJsonDocument(m_scenario).toJson(QJsonDocument::Indented), m_filePath);
    });
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] { m_recovery.discard(); });
    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(6000);
    connect(&m_statusTimer, &QTimer::timeout, this, [this] {
        m_statusMessage.clear();
        emit statusMessageChanged();
    });
}

SessionController::~SessionController() {
    if (m_cancel)
        m_cancel->store(true);
}

void SessionController::shutdownWorkers() {
    if (m_cancel)
        m_cancel->store(true);
    if (m_exportCancel)
        m_exportCancel->store(true);
    m_running.waitForFinished();
    m_exportRun.waitForFinished();
}

SessionController* SessionController::instance() {
    static SessionController* session = new SessionController;
    return session;
}

SessionController* SessionController::create(QQmlEngine*, QJSEngine*) {
    SessionController* session = instance();
    QJSEngine::setObjectOwnership(session, QJSEngine::CppOwnership);
    return session;
}

QString SessionController::title() const { return m_scenario.value(QStringLiteral("title")).toString(); }

QString SessionController::fileName() const {
    return m_filePath.isEmpty() ? tr("untitled") : QFileInfo(m_filePath).fileName();
}

int SessionController::stepCount() const { return m_trace ? int(m_trace->steps.size()) : 0; }

QStringList SessionController::actors() const { return m_trace ? m_trace->actors : QStringList(); }
QString SessionController::outcome() const { return m_trace ? m_trace->outcome : QString(); }
bool SessionController::deterministic() const { return m_trace && m_trace->deterministic; }
QString SessionController::actorLabel(const QString& actor) const { return app::actorLabel(actor); }

QVariantMap SessionController::stepInfo() const {
    if (!m_trace)
        return {};
    if (m_currentStep < 1 || m_currentStep > stepCount()) {
        QString intro = m_trace->intro;
        if (!intro.isEmpty())
            intro += QLatin1Char(' ');
        intro += tr("Press Space or → to step through the exchange.");
        return {{QStringLiteral("label"), QString()},
                {QStringLiteral("title"), m_trace->title},
                {QStringLiteral("narration"), intro},
                {QStringLiteral("clause"), tr("seed proposal: Diffie-Hellman between UE and gNB in EN-DC")},
                {QStringLiteral("phase"), QString()}};
    }
    const TraceStep& s = m_trace->steps[m_currentStep - 1];
    return {{QStringLiteral("label"), s.label},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("narration"), s.narration},
            {QStringLiteral("clause"), s.clause},
            {QStringLiteral("phase"), s.phase}};
}

QVariantMap SessionController::verdict() const {
    if (!m_trace)
        return {};
    const TraceVerdict& v = m_trace->verdict;
    return {{QStringLiteral("present"), v.present},           {QStringLiteral("attackerReads"), v.attackerReads},
            {QStringLiteral("headline"), v.headline},         {QStringLiteral("explanation"), v.explanation},
            {QStringLiteral("plaintext"), v.plaintext},       {QStringLiteral("chain"), v.chain},
            {QStringLiteral("outcome"), m_trace->outcome}};
}

QVariantList SessionController::examples() const {
    QVariantList list;
    const QDir dir(QStringLiteral(":/scenarios"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        QString title = name;
        if (file.open(QIODevice::ReadOnly)) {
            const QString t = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("title")).toString();
            if (!t.isEmpty())
                title = t;
        }
        list.append(QVariantMap{{QStringLiteral("title"), title},
                                {QStringLiteral("path"), dir.filePath(name)},
                                {QStringLiteral("name"), name}});
    }
    return list;
}

QVariant SessionController::value(const QString& path) const {
    return valueAt(m_scenario, pointerParts(path)).toVariant();
}

bool SessionController::applyScenario(const QJsonObject& candidate, bool markDirty) {
    const ScenarioCheck check = checkScenario(QJsonDocument(candidate).toJson(QJsonDocument::Compact));
    if (!check.error.isEmpty()) {
        setError(check.error);
        emit scenarioChanged(); // editors snap back to the scenario that stays loaded
        return false;
    }
    const QJsonObject normalized = QJsonDocument::fromJson(check.normalized).object();
    if (normalized == m_scenario && m_trace)
        return true;
    m_scenario = normalized;
    setError({});
    if (markDirty) {
        setDirty(true);
        m_autosaveTimer.start();
    }
    emit scenarioChanged();
    rerun();
    return true;
}

bool SessionController::setValue(const QString& path, const QVariant& value) {
    const QJsonValue root = withValue(m_scenario, pointerParts(path), 0, QJsonValue::fromVariant(value), false);
    return applyScenario(root.toObject(), true);
}

bool SessionController::setListMember(const QString& path, const QString& member, bool present) {
    QVariantList list = value(path).toList();
    const bool has = list.contains(member);
    if (has == present)
        return true;
    if (present)
        list.append(member);
    else
        list.removeAll(member);
    return setValue(path, list);
}

bool SessionController::removeValue(const QString& path) {
    const QJsonValue root = withValue(m_scenario, pointerParts(path), 0, QJsonValue(), true);
    return applyScenario(root.toObject(), true);
}

bool SessionController::openFile(const QString& pathOrUrl) {
    const QString path = localPath(pathOrUrl);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit fileProblem(tr("Cannot open %1").arg(QFileInfo(path).fileName()), file.errorString());
        return false;
    }
    // Read no more than the loader accepts (plus one octet, so it can say the file is too large): a huge file
    // must not be allocated whole before it is refused. Figures are read again, whole, by their own reader.
    const QByteArray data = file.read(qint64(ScenarioLimits::maxDocumentOctets) + 1);
    // A KeyLadder figure (SVG or PNG) carries its scenario: open that, with no path to save the picture over.
    if (render::embedded::looksLikeFigure(data)) {
        QString problem;
        const auto embedded = render::embedded::readScenario(path, &problem);
        if (!embedded) {
            emit fileProblem(tr("Cannot open %1").arg(QFileInfo(path).fileName()), problem);
            return false;
        }
        return loadDocument(*embedded, QFileInfo(path).fileName(), QString());
    }
    return loadDocument(data, QFileInfo(path).fileName(), path);
}

bool SessionController::loadDocument(const QByteArray& json, const QString& origin, const QString& path) {
    const ScenarioCheck check = checkScenario(json);
    if (!check.error.isEmpty()) {
        emit fileProblem(tr("%1 is not a valid scenario").arg(origin), check.error);
        return false;
    }
    m_scenario = QJsonDocument::fromJson(check.normalized).object();
    setFilePath(path);
    setDirty(false);
    setError({});
    emit scenarioChanged();
    rerun();
    return true;
}

bool SessionController::recoverUnsaved() {
    const QList<gui::RecoveryStore::Orphan> orphans = m_recovery.orphans();
    if (orphans.isEmpty())
        return false;
    const gui::RecoveryStore::Orphan& newest = orphans.constFirst();
    const QString origin = newest.originalPath.isEmpty() ? tr("an untitled scenario")
                                                          : QFileInfo(newest.originalPath).fileName();
    if (!loadDocument(newest.scenario, origin, newest.originalPath))
        return false;
    gui::RecoveryStore::remove(newest);
    setDirty(true);
    m_autosaveTimer.start();
    showStatus(tr("Recovered the unsaved changes to %1 from %2")
                   .arg(origin, QLocale().toString(newest.savedAt.toLocalTime(), QLocale::ShortFormat)));
    return true;
}

bool SessionController::canSaveInPlace() const {
    return !m_filePath.isEmpty() && !m_filePath.startsWith(QLatin1String(":/"));
}

bool SessionController::save() {
    if (!canSaveInPlace())
        return false;
    return saveAs(m_filePath);
}

bool SessionController::saveAs(const QString& pathOrUrl) {
    const QString path = localPath(pathOrUrl);
    // The same atomic save that the crash-safety test kills mid-write: the old file survives any failure.
    QString problem;
    if (!gui::saveTextAtomically(path, QJsonDocument(m_scenario).toJson(QJsonDocument::Indented), &problem)) {
        emit fileProblem(tr("Cannot save %1").arg(QFileInfo(path).fileName()), problem);
        return false;
    }
    setFilePath(path);
    setDirty(false);
    return true;
}

void SessionController::rerun() {
    if (m_cancel)
        m_cancel->store(true);
    auto cancelFlag = std::make_shared<std::atomic<bool>>(false);
    auto progress = std::make_shared<BuildProgress>();
    m_cancel = cancelFlag;
    m_runProgress = progress;
    const quint64 generation = ++m_generation;
    const QByteArray json = QJsonDocument(m_scenario).toJson(QJsonDocument::Compact);
    setBusy(true);
    m_progress = -1;
    m_progressText = tr("running the exchange");
    emit progressChanged();

    auto* watcher = new QFutureWatcher<RunOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer run replaced this one
        const RunOutcome outcome = watcher->result();
        setBusy(false);
        if (outcome.cancelled)
            setError(tr("The run was cancelled; the previous diagram stays."));
        else if (!outcome.error.isEmpty())
            setError(outcome.error);
        else {
            m_coreTrace = outcome.coreTrace;
            applyTrace(outcome.trace, outcome.geometry, outcome.elapsedMs);
        }
        emit runFinished();
    });
    const int fontPixelSize = m_layout->fontPixelSize();
    QFuture<RunOutcome> future = QtConcurrent::run(&m_pool, [json, cancelFlag, progress, fontPixelSize]() -> RunOutcome {
        RunOutcome outcome;
        QElapsedTimer timer;
        timer.start();
        try {
            // As buildTrace(), but the engine's trace is kept for the text exports.
            const Scenario scenario = loadScenario(std::string_view(json.constData(), std::size_t(json.size())));
            SimulationOptions options;
            options.cancel = cancelFlag.get();
            options.progress = [&progress = *progress](const RunProgress& p) {
                if (p.stepsExpected > 0) {
                    const double inside = p.fraction < 0 ? 0.0 : p.fraction;
                    progress.fraction = std::min(1.0, (double(p.stepIndex) + inside) / double(p.stepsExpected));
                }
                const std::string& activity = p.activity.empty() ? p.stepId : p.activity;
                progress.setActivity(QString::fromUtf8(activity.data(), qsizetype(activity.size())));
            };
            auto trace = std::make_shared<const Trace>(simulate(scenario, options));
            progress->setActivity(QCoreApplication::translate("keyladder::app", "preparing the diagram"));
            outcome.trace = toTraceView(*trace);
            outcome.geometry = LadderLayout::geometryOf(outcome.trace, fontPixelSize);
            outcome.coreTrace = std::move(trace);
        } catch (const std::exception& e) {
            if (cancelFlag->load())
                outcome.cancelled = true;
            else
                outcome.error = QString::fromUtf8(e.what());
        }
        outcome.elapsedMs = timer.elapsed();
        return outcome;
    });
    m_running = QFuture<void>(future);
    watcher->setFuture(future);
}

void SessionController::applyTrace(const TraceViewPtr& trace, LadderLayout::Geometry geometry, qint64 elapsedMs) {
    m_trace = trace;
    m_lastRunMs = elapsedMs;
    const int step = std::clamp(m_currentStep, 0, stepCount());
    m_currentStep = step;
    m_layout->apply(m_trace, std::move(geometry));
    m_steps->setTrace(m_trace, m_currentStep);
    m_events->setStep(m_trace, m_currentStep);
    emit traceChanged();
    emit currentStepChanged(); // even at the same index: the narration and the ledgers belong to the new trace
    selectDefault();
}

void SessionController::cancel() {
    if (m_cancel && m_busy)
        m_cancel->store(true);
}

bool SessionController::waitUntilIdle(int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (m_busy && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return !m_busy;
}

void SessionController::pollProgress() {
    if (!m_runProgress)
        return;
    const double fraction = m_runProgress->fraction.load();
    const QString text = m_runProgress->currentActivity();
    if (!qFuzzyCompare(fraction + 2, m_progress + 2) || text != m_progressText) {
        m_progress = fraction;
        if (!text.isEmpty())
            m_progressText = text;
        emit progressChanged();
    }
}

void SessionController::goTo(int step) {
    step = std::clamp(step, 0, stepCount());
    if (step == m_currentStep)
        return;
    m_currentStep = step;
    m_steps->setCurrentStep(step);
    m_events->setStep(m_trace, step);
    emit currentStepChanged();
    selectDefault();
}

void SessionController::next() { goTo(m_currentStep + 1); }
void SessionController::previous() { goTo(m_currentStep - 1); }
void SessionController::first() { goTo(0); }
void SessionController::last() { goTo(stepCount()); }

void SessionController::play() {
    if (!m_trace || stepCount() == 0)
        return;
    if (m_currentStep >= stepCount())
        goTo(0);
    setPlaying(true);
    m_playTimer.start();
}

void SessionController::pause() {
    m_playTimer.stop();
    setPlaying(false);
}

void SessionController::togglePlay() { m_playing ? pause() : play(); }

void SessionController::setPlaying(bool playing) {
    if (playing == m_playing)
        return;
    m_playing = playing;
    emit playingChanged();
}

void SessionController::setSpeed(double speed) {
    speed = std::clamp(speed, kSpeeds.front(), kSpeeds.back());
    if (qFuzzyCompare(speed, m_speed))
        return;
    m_speed = speed;
    m_playTimer.setInterval(int(kStepIntervalMs / speed));
    emit speedChanged();
}

void SessionController::faster() {
    for (double s : kSpeeds)
        if (s > m_speed + 1e-9) {
            setSpeed(s);
            return;
        }
}

void SessionController::slower() {
    for (auto it = kSpeeds.rbegin(); it != kSpeeds.rend(); ++it)
        if (*it < m_speed - 1e-9) {
            setSpeed(*it);
            return;
        }
}

void SessionController::select(int step, int event) {
    if (!m_trace || step < 1 || step > stepCount() || event < 0 || event >= m_trace->steps[step - 1].events.size())
        return;
    m_selection = EventListModel::toMap(m_trace->steps[step - 1].events[event], step, event);
    emit selectionChanged();
}

void SessionController::selectDefault() {
    if (!m_trace || m_currentStep < 1) {
        if (!m_selection.isEmpty()) {
            m_selection.clear();
            emit selectionChanged();
        }
        return;
    }
    const auto& events = m_trace->steps[m_currentStep - 1].events;
    int pick = events.isEmpty() ? -1 : 0;
    for (int i = 0; i < events.size(); ++i)
        if (events[i].kind == EventKind::Message || events[i].kind == EventKind::Rejection) {
            pick = i;
            break;
        }
    if (pick < 0) {
        m_selection.clear();
        emit selectionChanged();
        return;
    }
    select(m_currentStep, pick);
}

void SessionController::copyText(const QString& text) const {
    if (QClipboard* clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

void SessionController::clearError() { setError({}); }

void SessionController::showStatus(const QString& message) {
    m_statusMessage = message;
    emit statusMessageChanged();
    m_statusTimer.start();
}

QByteArray SessionController::scenarioDocument() const {
    return QJsonDocument(m_scenario).toJson(QJsonDocument::Indented);
}

bool SessionController::exportFigure(const QString& pathOrUrl, bool upToCurrentStep, bool dark, bool secrets) {
    const QString path = localPath(pathOrUrl);
    const QString fileName = QDir::toNativeSeparators(path);
    if (path.isEmpty()) {
        setError(tr("Cannot export: no file name was given."));
        return false;
    }
    if (!m_trace || !m_coreTrace) {
        setError(tr("Nothing to export yet: the scenario has not run."));
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray content;
    try {
        if (const auto format = render::figureFormatOf(path)) {
            render::FigureOptions options;
            options.diagram.theme = dark ? render::PrintTheme::Dark : render::PrintTheme::Light;
            // 0 would draw the whole trace; before the first step the figure shows no step at all.
            options.diagram.upToStep = upToCurrentStep ? (m_currentStep > 0 ? m_currentStep : -1) : 0;
            options.diagram.secrets = secrets;
            const render::FigureExporter exporter(QJsonDocument(m_scenario).toJson(QJsonDocument::Indented), m_trace);
            content = exporter.render(*format, options);
        } else {
            std::string text;
            if (suffix == QLatin1String("mmd"))
                text = renderMermaid(*m_coreTrace);
            else if (suffix == QLatin1String("puml"))
                text = renderPlantUml(*m_coreTrace);
            else if (suffix == QLatin1String("txt"))
                text = renderAscii(*m_coreTrace);
            else if (suffix == QLatin1String("json"))
                text = renderJson(*m_coreTrace, secrets);
            else {
                setError(tr("Cannot export %1: unknown format “.%2” (use .svg, .pdf, .png, .mmd, .puml, .txt or .json)")
                             .arg(fileName, suffix));
                return false;
            }
            content = QByteArray::fromStdString(text);
        }
    } catch (const std::exception& e) {
        setError(tr("Cannot export %1: %2").arg(fileName, QString::fromUtf8(e.what())));
        return false;
    }
    if (content.isEmpty()) {
        setError(tr("Cannot export %1: the figure could not be drawn.").arg(fileName));
        return false;
    }
    // QSaveFile: a failed export never leaves a half-written file in place of an older one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        setError(tr("Cannot export %1: %2").arg(fileName, file.errorString()));
        return false;
    }
    setError({});
    showStatus(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool SessionController::exportSeries(const QString& folderOrUrl, const QString& format, bool dark, bool secrets) {
    const QString folder = localPath(folderOrUrl);
    if (folder.isEmpty()) {
        setError(tr("Cannot export: no folder was given."));
        return false;
    }
    if (!m_trace) {
        setError(tr("Nothing to export yet: the scenario has not run."));
        return false;
    }
    if (m_exporting) {
        setError(tr("A step series is being exported; wait for it to finish."));
        return false;
    }
    const render::FigureFormat imageFormat =
        format == QLatin1String("png") ? render::FigureFormat::Png : render::FigureFormat::Svg;
    render::FigureOptions options;
    options.diagram.theme = dark ? render::PrintTheme::Dark : render::PrintTheme::Light;
    options.diagram.secrets = secrets;
    const QByteArray scenario = scenarioDocument();
    const TraceViewPtr trace = m_trace;
    m_exportCancel = std::make_shared<std::atomic<bool>>(false);
    const auto cancel = m_exportCancel;
    m_exporting = true;
    emit exportingChanged();
    setError({});
    showStatus(tr("Exporting the step series…"));
    QPointer<SessionController> self(this);
    // The figures are drawn on a worker (a PNG series at 2× takes seconds); the layout object it makes lives
    // and dies there. Progress comes back to the status bar.
    m_exportRun = QtConcurrent::run(&m_pool, [self, scenario, trace, options, imageFormat, folder, cancel] {
        QString problem;
        QStringList written;
        try {
            const render::FigureExporter exporter(scenario, trace);
            written = exporter.writeSeries(folder, imageFormat, options, &problem, [&](int done, int total) {
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [self, done, total] {
                        if (self && self->m_exporting)
                            self->showStatus(tr("Exporting the step series: %1 of %2…").arg(done).arg(total));
                    },
                    Qt::QueuedConnection);
                return !cancel->load();
            });
        } catch (const std::exception& e) {
            problem = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, written, problem, folder] {
                if (!self)
                    return;
                self->m_exporting = false;
                emit self->exportingChanged();
                if (!problem.isEmpty()) {
                    self->showStatus({});
                    self->setError(tr("Cannot export the series: %1").arg(problem));
                } else {
                    self->showStatus(tr("Exported %n files into %1", nullptr, int(written.size()))
                                         .arg(QDir::toNativeSeparators(folder)));
                }
                emit self->seriesExported(problem.isEmpty());
            },
            Qt::QueuedConnection);
    });
    return true;
}

bool SessionController::copyDiagram(bool upToCurrentStep, bool dark, bool secrets) {
    if (!m_trace) {
        setError(tr("Nothing to copy yet: the scenario has not run."));
        return false;
    }
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard) {
        setError(tr("Cannot copy the diagram: there is no clipboard."));
        return false;
    }
    render::DiagramOptions options;
    options.theme = dark ? render::PrintTheme::Dark : render::PrintTheme::Light;
    options.upToStep = upToCurrentStep ? (m_currentStep > 0 ? m_currentStep : -1) : 0;
    options.secrets = secrets;
    try {
        const render::FigureExporter exporter(QJsonDocument(m_scenario).toJson(QJsonDocument::Indented), m_trace);
        const QImage image = render::toImage(exporter.figure(options), 2);
        if (image.isNull()) {
            setError(tr("Cannot copy the diagram: it could not be drawn."));
            return false;
        }
        clipboard->setImage(image);
    } catch (const std::exception& e) {
        setError(tr("Cannot copy the diagram: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    showStatus(tr("Diagram copied to the clipboard"));
    return true;
}

void SessionController::setBusy(bool busy) {
    if (busy == m_busy)
        return;
    m_busy = busy;
    if (busy)
        m_progressTimer.start();
    else
        m_progressTimer.stop();
    emit busyChanged();
}

void SessionController::setError(const QString& error) {
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

void SessionController::setDirty(bool dirty) {
    if (dirty == m_dirty)
        return;
    m_dirty = dirty;
    if (!dirty) {
        m_autosaveTimer.stop();
        m_recovery.discard();
    }
    emit dirtyChanged();
}

void SessionController::setFilePath(const QString& path) {
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged();
}

} // namespace keyladder::app
