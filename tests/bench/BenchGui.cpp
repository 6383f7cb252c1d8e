// SPDX-License-Identifier: LGPL-3.0-or-later
// bench_gui: how the desktop app feels. Prints one JSON object with
//  - startup: process start to the first frame of the loaded diagram (`keyladder --measure-startup`, run N times
//    as a child; the spawn-to-line time includes loading the binary and its libraries), on the platform of this
//    process's environment and, with --xvfb-display, also on that X server;
//  - stall: the real window (Main.qml, the session singleton) while the scenario recomputes in a MODP-8192 group
//    and while the attacker's toy-56 discrete log runs: the longest gap between two ticks of a 5 ms heartbeat on
//    the UI thread (the worst a user would feel), and the longest gap between two swapped frames while the busy
//    indicator spins;
//  - rss: peak resident set (getrusage ru_maxrss) after opening every bundled example and stepping through all
//    its steps, with a frame rendered at each step, and after the two heavy runs.
//
//   bench_gui --gui PATH [--runs N] [--xvfb-display :N] [--quick] [--no-toy56] [--collect-garbage]
#include "app/gui/AppSettings.h"
#include "app/gui/AnalysisController.h"
#include "app/gui/SessionController.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

using keyladder::app::AppSettings;
using keyladder::app::SessionController;

namespace {

double median(std::vector<double> v) {
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

QString loadAverage() {
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) * 1e-6;
}

double currentRssMb() {
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0)
                             : -1;
}

double peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// One `keyladder --measure-startup`: {spawn-to-frame ms, main-to-frame ms as the app reports it}.
QJsonObject startupRuns(const QString& gui, int runs, const QProcessEnvironment& env) {
    std::vector<double> spawn, inApp, engineRun;
    QString failure;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(gui, {QStringLiteral("--measure-startup")});
        QByteArray out;
        double atLine = -1;
        while (p.state() != QProcess::NotRunning || p.bytesAvailable() > 0) {
            p.waitForReadyRead(50);
            out += p.readAllStandardOutput();
            if (atLine < 0 && out.contains('\n'))
                atLine = static_cast<double>(t.nsecsElapsed()) / 1e6;
            if (t.elapsed() > 60000) {
                p.kill();
                break;
            }
            if (p.state() == QProcess::NotRunning && p.bytesAvailable() == 0)
                break;
        }
        p.waitForFinished(5000);
        // "usable window after 412 ms (engine run 3 ms)"
        const QString line = QString::fromUtf8(out).trimmed();
        const QStringList words = line.split(QLatin1Char(' '));
        const int after = static_cast<int>(words.indexOf(QStringLiteral("after")));
        const int run = static_cast<int>(words.indexOf(QStringLiteral("run")));
        if (atLine < 0 || after < 0 || after + 1 >= words.size()) {
            failure = QStringLiteral("no startup line; exit %1; stderr: %2")
                          .arg(p.exitCode())
                          .arg(QString::fromUtf8(p.readAllStandardError()).left(300));
            continue;
        }
        spawn.push_back(atLine);
        inApp.push_back(words[after + 1].toDouble());
        if (run >= 0 && run + 1 < words.size())
            engineRun.push_back(words[run + 1].toDouble());
    }
    QJsonObject o;
    o[QStringLiteral("runs")] = static_cast<int>(spawn.size());
    o[QStringLiteral("processStartToFirstFrameMs")] = median(spawn);
    o[QStringLiteral("mainToFirstFrameMs")] = median(inApp);
    o[QStringLiteral("engineRunMs")] = median(engineRun);
    o[QStringLiteral("target")] = 1000;
    o[QStringLiteral("meetsTarget")] = !spawn.empty() && median(spawn) <= 1000;
    if (!failure.isEmpty())
        o[QStringLiteral("failure")] = failure;
    return o;
}

class Heartbeat {
public:
    explicit Heartbeat(QQuickWindow* window) {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { beat(); });
        QObject::connect(window, &QQuickWindow::frameSwapped, window, [this] { frame(); }, Qt::DirectConnection);
    }
    void start() {
        m_clock.start();
        m_lastBeat = m_lastFrame = -1;
        m_maxBeatGap = m_maxFrameGap = m_maxBeatGapCpu = m_maxBusy = 0;
        m_lastCpu = threadCpuMs();
        m_beats = m_frames = 0;
        m_running = true;
        m_timer.start();
    }
    void stop() {
        m_timer.stop();
        m_running = false;
    }
    double maxBeatGapMs() const { return m_maxBeatGap; }
    /// The UI thread's own CPU time within its longest gap: near the gap, the thread was busy (a stall of ours);
    /// near zero, it was waiting for a core (other work on the machine).
    double maxBeatGapCpuMs() const { return m_maxBeatGapCpu; }
    /// The longest gap measured in the UI thread's CPU time: the work between two ticks.
    double maxBusyMs() const { return m_maxBusy; }
    double maxFrameGapMs() const { return m_maxFrameGap; }
    int beats() const { return m_beats; }
    int frames() const { return m_frames; }

private:
    double now() const { return static_cast<double>(m_clock.nsecsElapsed()) / 1e6; }
    void beat() {
        const double t = now();
        const double cpu = threadCpuMs();
        if (m_lastBeat >= 0) {
            if (t - m_lastBeat > m_maxBeatGap) {
                m_maxBeatGap = t - m_lastBeat;
                m_maxBeatGapCpu = cpu - m_lastCpu;
            }
            m_maxBusy = std::max(m_maxBusy, cpu - m_lastCpu);
        }
        m_lastBeat = t;
        m_lastCpu = cpu;
        ++m_beats;
    }
    void frame() {
        if (!m_running)
            return;
        const double t = now();
        if (m_lastFrame >= 0)
            m_maxFrameGap = std::max(m_maxFrameGap, t - m_lastFrame);
        m_lastFrame = t;
        ++m_frames;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_lastBeat = -1, m_lastFrame = -1;
    double m_maxBeatGap = 0, m_maxFrameGap = 0, m_maxBeatGapCpu = 0, m_maxBusy = 0, m_lastCpu = 0;
    int m_beats = 0, m_frames = 0;
    bool m_running = false;
};

QJsonObject defaultDocument() {
    QFile f(QStringLiteral(":/scenarios/default.json"));
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject withGroup(QJsonObject doc, const QString& group, const QString& seed) {
    QJsonObject ue = doc[QStringLiteral("ue")].toObject();
    ue[QStringLiteral("dhGroups")] = QJsonArray{group};
    ue[QStringLiteral("minSecurityBits")] = 0;
    doc[QStringLiteral("ue")] = ue;
    QJsonObject gnb = doc[QStringLiteral("gnb")].toObject();
    gnb[QStringLiteral("dhPriority")] = QJsonArray{group};
    doc[QStringLiteral("gnb")] = gnb;
    doc[QStringLiteral("seed")] = seed;
    QJsonObject attacker = doc[QStringLiteral("attacker")].toObject();
    attacker[QStringLiteral("dlogBudgetSeconds")] = 120;
    doc[QStringLiteral("attacker")] = attacker;
    return doc;
}

// Loads @p doc into the session and measures the UI thread until the run has finished and its trace is shown.
QJsonObject stallRun(SessionController* session, QQuickWindow* window, Heartbeat& heart, const QJsonObject& doc) {
    QElapsedTimer t;
    // The UI thread's share of a finished run: from busy going false (the watcher's slot starts) to runFinished
    // (the trace applied: layout, models, and every QML binding that depends on the trace), in its CPU time.
    double applyStart = -1, applyMs = -1;
    auto c1 = QObject::connect(session, &SessionController::busyChanged, [&] {
        if (!session->busy())
            applyStart = threadCpuMs();
    });
    auto c2 = QObject::connect(session, &SessionController::runFinished, [&] {
        if (applyStart >= 0)
            applyMs = threadCpuMs() - applyStart;
    });
    heart.start();
    t.start();
    session->loadDocument(QJsonDocument(doc).toJson(QJsonDocument::Compact), QStringLiteral("bench"), QString());
    session->waitUntilIdle(300000);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    // The trace arrives on the UI thread: include the frame that shows it.
    bool swapped = false;
    auto c = QObject::connect(window, &QQuickWindow::frameSwapped, [&] { swapped = true; });
    window->update();
    QElapsedTimer f;
    f.start();
    while (!swapped && f.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    QObject::disconnect(c);
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    heart.stop();
    QJsonObject o;
    o[QStringLiteral("applyTraceUiCpuMs")] = applyMs;
    o[QStringLiteral("runMs")] = static_cast<double>(t.elapsed());
    o[QStringLiteral("engineMs")] = static_cast<double>(session->lastRunMs());
    o[QStringLiteral("established")] = session->hasTrace() && session->error().isEmpty();
    o[QStringLiteral("outcome")] = session->outcome().left(160);
    o[QStringLiteral("maxHeartbeatGapMs")] = heart.maxBeatGapMs();
    o[QStringLiteral("uiThreadCpuInThatGapMs")] = heart.maxBeatGapCpuMs();
    o[QStringLiteral("maxUiThreadCpuBetweenTicksMs")] = heart.maxBusyMs();
    o[QStringLiteral("heartbeats")] = heart.beats();
    o[QStringLiteral("maxFrameGapMs")] = heart.maxFrameGapMs();
    o[QStringLiteral("frames")] = heart.frames();
    o[QStringLiteral("target")] = 50;
    o[QStringLiteral("meetsTarget")] = heart.maxBeatGapMs() <= 50 + 5;
    o[QStringLiteral("rssAfterMb")] = currentRssMb();
    return o;
}

bool renderOneFrame(QQuickWindow* window) {
    // This process drives the window with processEvents() and never enters exec(): objects given to
    // deleteLater() (old delegates, replaced models' items) would never go, as no event loop turn ever returns
    // to them. The app's event loop deletes them; do as it does.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    bool swapped = false;
    auto c = QObject::connect(window, &QQuickWindow::frameSwapped, [&] { swapped = true; });
    window->update();
    QElapsedTimer f;
    f.start();
    while (!swapped && f.elapsed() < 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    QObject::disconnect(c);
    return swapped;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("KeyLadder"));
    QGuiApplication::setOrganizationName(QStringLiteral("KeyLadder"));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));

    QString gui;
    QString xvfb;
    int runs = 5;
    bool quick = false;
    bool toy56 = true;
    bool collectGarbage = false;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--gui") && i + 1 < args.size())
            gui = args[++i];
        else if (args[i] == QLatin1String("--xvfb-display") && i + 1 < args.size())
            xvfb = args[++i];
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--quick"))
            quick = true;
        else if (args[i] == QLatin1String("--no-toy56"))
            toy56 = false;
        else if (args[i] == QLatin1String("--collect-garbage"))
            collectGarbage = true; // after each example: tells a JavaScript-heap growth from a leak
        else {
            std::fprintf(stderr, "usage: bench_gui --gui PATH [--runs N] [--xvfb-display :N] [--quick] [--no-toy56] [--collect-garbage]\n");
            return 2;
        }
    }

    QJsonObject out;
    out[QStringLiteral("benchmark")] = QStringLiteral("gui");
    out[QStringLiteral("platform")] = QGuiApplication::platformName();
    out[QStringLiteral("quickBackend")] = qEnvironmentVariable("QT_QUICK_BACKEND");
    out[QStringLiteral("loadAverageBefore")] = loadAverage();

    // Start-up first, before this process loads anything heavy.
    if (!gui.isEmpty()) {
        QJsonObject startup;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
        std::fprintf(stderr, "bench_gui: start-up, offscreen\n");
        startup[QStringLiteral("offscreen")] = startupRuns(gui, runs, env);
        // The first start after an install or update: every QML file compiled at load (no disk cache yet).
        QProcessEnvironment cold = env;
        cold.insert(QStringLiteral("QML_DISABLE_DISK_CACHE"), QStringLiteral("1"));
        std::fprintf(stderr, "bench_gui: start-up, offscreen, no QML disk cache\n");
        startup[QStringLiteral("offscreenNoQmlDiskCache")] = startupRuns(gui, runs, cold);
        if (!xvfb.isEmpty()) {
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
            env.insert(QStringLiteral("DISPLAY"), xvfb);
            std::fprintf(stderr, "bench_gui: start-up, Xvfb %s\n", qPrintable(xvfb));
            startup[QStringLiteral("xvfb")] = startupRuns(gui, runs, env);
        }
        out[QStringLiteral("startup")] = startup;
    }

    AppSettings::instance()->setAnimations(true);
    SessionController* session = SessionController::instance();
    session->openFile(QStringLiteral(":/scenarios/default.json"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/KeyLadder/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    window->show();
    session->waitUntilIdle(60000);
    renderOneFrame(window);
    const double rssShown = currentRssMb();

    Heartbeat heart(window);
    QJsonObject stall;
    {
        std::vector<double> beatGaps, frameGaps, busy;
        QJsonArray samples;
        for (int i = 0; i < (quick ? 1 : 3); ++i) {
            std::fprintf(stderr, "bench_gui: MODP-8192 recomputation %d\n", i + 1);
            const QJsonObject r =
                stallRun(session, window, heart, withGroup(defaultDocument(), QStringLiteral("18"),
                                                           QStringLiteral("bench-8192-%1").arg(i)));
            samples.append(r);
            beatGaps.push_back(r[QStringLiteral("maxHeartbeatGapMs")].toDouble());
            busy.push_back(r[QStringLiteral("maxUiThreadCpuBetweenTicksMs")].toDouble());
            frameGaps.push_back(r[QStringLiteral("maxFrameGapMs")].toDouble());
        }
        QJsonObject modp;
        modp[QStringLiteral("samples")] = samples;
        modp[QStringLiteral("medianMaxHeartbeatGapMs")] = median(beatGaps);
        modp[QStringLiteral("worstMaxHeartbeatGapMs")] = *std::max_element(beatGaps.begin(), beatGaps.end());
        modp[QStringLiteral("medianMaxFrameGapMs")] = median(frameGaps);
        modp[QStringLiteral("medianMaxUiThreadCpuBetweenTicksMs")] = median(busy);
        stall[QStringLiteral("modp8192")] = modp;
    }
    if (toy56) {
        std::fprintf(stderr, "bench_gui: toy-56 discrete log\n");
        stall[QStringLiteral("toy56")] =
            stallRun(session, window, heart, withGroup(defaultDocument(), QStringLiteral("toy-56"),
                                                       QStringLiteral("bench-toy56")));
    }
    out[QStringLiteral("stall")] = stall;

    // The analysis windows: making the window is UI-thread work (QML), the job runs on its worker; the UI
    // thread's longest gap while the job runs shows whether anything of it leaks onto the UI thread.
    std::fprintf(stderr, "bench_gui: analysis windows\n");
    session->openFile(QStringLiteral(":/scenarios/default.json"));
    session->waitUntilIdle(60000);
    QJsonObject analysis;
    for (const char* name : {"comparison", "evaluation", "costs", "scaling"}) {
        QElapsedTimer t;
        t.start();
        QVariant opened;
        QMetaObject::invokeMethod(window, "openAnalysis", Q_RETURN_ARG(QVariant, opened),
                                  Q_ARG(QVariant, QString::fromLatin1(name)));
        const double openMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
        auto* w = qobject_cast<QQuickWindow*>(opened.value<QObject*>());
        auto* c = w ? w->property("controller").value<keyladder::app::AnalysisController*>() : nullptr;
        heart.start();
        QElapsedTimer guard;
        guard.start();
        while (c && !c->hasResult() && c->error().isEmpty() && guard.elapsed() < 300000)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
        heart.stop();
        QJsonObject o;
        o[QStringLiteral("openWindowMs")] = openMs;
        o[QStringLiteral("resultMs")] = static_cast<double>(t.nsecsElapsed()) / 1e6;
        o[QStringLiteral("maxHeartbeatGapWhileRunningMs")] = heart.maxBeatGapMs();
        o[QStringLiteral("maxUiThreadCpuBetweenTicksMs")] = heart.maxBusyMs();
        o[QStringLiteral("error")] = c ? c->error() : QStringLiteral("the window did not open");
        analysis[QLatin1String(name)] = o;
        if (w)
            w->close();
    }
    out[QStringLiteral("analysis")] = analysis;

    // Every bundled example, every step, one frame each.
    std::fprintf(stderr, "bench_gui: stepping through every example\n");
    QElapsedTimer stepping;
    stepping.start();
    int examples = 0;
    int steps = 0;
    QJsonObject rssPerExample;
    const QStringList files = QDir(QStringLiteral(":/scenarios")).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString& name : files) {
        if (!session->openFile(QStringLiteral(":/scenarios/") + name))
            continue;
        session->waitUntilIdle(120000);
        ++examples;
        for (int s = 0; s <= session->stepCount(); ++s) {
            session->goTo(s);
            renderOneFrame(window);
            ++steps;
        }
        if (collectGarbage) {
            engine.collectGarbage();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
        rssPerExample[name] = currentRssMb();
    }
    QJsonObject rss;
    rss[QStringLiteral("examples")] = examples;
    rss[QStringLiteral("stepsShown")] = steps;
    rss[QStringLiteral("steppingMs")] = static_cast<double>(stepping.elapsed());
    rss[QStringLiteral("msPerStep")] = steps ? static_cast<double>(stepping.elapsed()) / steps : 0.0;
    rss[QStringLiteral("peakRssMb")] = peakRssMb();
    rss[QStringLiteral("rssWindowShownMb")] = rssShown;
    rss[QStringLiteral("rssAfterEachExampleMb")] = rssPerExample;
    rss[QStringLiteral("target")] = 200;
    rss[QStringLiteral("meetsTarget")] = peakRssMb() <= 200;
    out[QStringLiteral("rss")] = rss;
    out[QStringLiteral("loadAverageAfter")] = loadAverage();

    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    std::fflush(stdout);
    session->shutdownWorkers();
    return 0;
}
