// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/gui/AnalysisController.h"
#include "app/gui/AppSettings.h"
#include "app/gui/LanguageManager.h"
#include "app/gui/SessionController.h"
#include "app/gui/UiStallProbe.h"
#include "core/SelfTest.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QUrl>

#include <cstdio>

using keyladder::app::AppSettings;
using keyladder::app::SessionController;

namespace {

bool hasArgument(int argc, char** argv, const char* name) {
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], name) == 0)
            return true;
    return false;
}

void say(const QString& text) { std::fprintf(stderr, "keyladder: %s\n", qPrintable(text)); }

} // namespace

int main(int argc, char** argv) {
    QElapsedTimer sinceStart;
    sinceStart.start();

    // A screenshot needs no display: render offscreen with the software renderer, whose grabs are exact.
    const bool headless = hasArgument(argc, argv, "--screenshot") || hasArgument(argc, argv, "--measure-startup")
                          || hasArgument(argc, argv, "--measure-stall");
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && hasArgument(argc, argv, "--screenshot"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (hasArgument(argc, argv, "--screenshot") && qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software");

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("KeyLadder"));
    QGuiApplication::setOrganizationName(QStringLiteral("KeyLadder"));
    QGuiApplication::setApplicationVersion(QStringLiteral(KEYLADDER_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.keyladder.KeyLadder"));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    keyladder::app::LanguageManager::instance(); // the system's or the chosen language, before any text is made

    // Known answers of the KDF, Milenage, NEA2/NIA2 and X25519: a build whose primitives are wrong must not teach.
    if (const keyladder::SelfTestResult selfTest = keyladder::runSelfTest(); !selfTest.passed) {
        say(QCoreApplication::translate("main", "the start-up self-test failed, so KeyLadder will not run: %1")
                .arg(QString::fromStdString(selfTest.failure)));
        return 1;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Step through Diffie-Hellman key negotiation in EN-DC and see what an "
                                            "attacker can compute."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
                                            QCoreApplication::translate("main", "Open the scenario FILE."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption stepOption(QStringLiteral("step"), QCoreApplication::translate("main", "Start at step N."),
                                        QStringLiteral("N"));
    const QCommandLineOption presenterOption(QStringLiteral("presenter"),
                                             QCoreApplication::translate("main", "Start in presenter mode."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the window offscreen at the given step, write it to OUT.png "
                                            "and exit."),
        QStringLiteral("OUT.png"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QCoreApplication::translate("main", "Window size WxH (default 1280x800)."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption startupOption(
        QStringLiteral("measure-startup"),
        QCoreApplication::translate("main", "Print the time to the first frame of the loaded diagram and exit."));
    const QCommandLineOption stallOption(
        QStringLiteral("measure-stall"),
        QCoreApplication::translate("main", "Re-run the scenario, print the longest UI-thread stall meanwhile and "
                                            "exit."));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QCoreApplication::translate("main", "Open an analysis window: comparison, evaluation, costs or scaling "
                                            "(with --screenshot, that window is the one written)."),
        QStringLiteral("NAME"));
    parser.addOptions({scenarioOption, stepOption, presenterOption, screenshotOption, sizeOption, startupOption,
                       stallOption, viewOption});
    parser.process(app);

    const QString screenshot = parser.value(screenshotOption);
    const bool batch = !screenshot.isEmpty() || parser.isSet(startupOption) || parser.isSet(stallOption);
    int startStep = -1;
    if (parser.isSet(stepOption)) {
        bool ok = false;
        startStep = parser.value(stepOption).toInt(&ok);
        if (!ok || startStep < 0) {
            say(QCoreApplication::translate("main", "--step needs a number >= 0"));
            return 2;
        }
    }
    const QString view = parser.value(viewOption);
    if (!view.isEmpty() && !QStringList{QStringLiteral("comparison"), QStringLiteral("evaluation"),
                                         QStringLiteral("costs"), QStringLiteral("scaling")}
                               .contains(view)) {
        say(QCoreApplication::translate("main", "--view needs comparison, evaluation, costs or scaling"));
        return 2;
    }
    QSize size(1280, 800);
    if (parser.isSet(sizeOption)) {
        const QStringList wh = parser.value(sizeOption).split(QLatin1Char('x'));
        if (wh.size() != 2 || wh[0].toInt() < 320 || wh[1].toInt() < 240) {
            say(QCoreApplication::translate("main", "--size needs WxH, e.g. 1920x1080"));
            return 2;
        }
        size = QSize(wh[0].toInt(), wh[1].toInt());
    }

    AppSettings* settings = AppSettings::instance();
    SessionController* session = SessionController::instance();
    settings->setPresenter(parser.isSet(presenterOption));
    if (batch) {
        settings->setAnimations(false);
        settings->setFixedWindow(true);
    }

        if (parser.isSet(scenarioOption)) {
        QObject::connect(session, &SessionController::fileProblem, &app,
                         [](const QString& title, const QString& message) { say(title + QStringLiteral(": ") + message); });
        if (!session->openFile(parser.value(scenarioOption)))
            return 2;
    } else if (batch || !session->recoverUnsaved()) {
        if (QFile::exists(QStringLiteral(":/scenarios/default.json")))
            session->openFile(QStringLiteral(":/scenarios/default.json"));
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/KeyLadder/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    if (batch || parser.isSet(sizeOption))
        window->resize(size);

    // The first trace decides where the user starts; later runs keep the step themselves.
    bool first = true;
    const auto onFirstRun = [&] {
        if (!first)
            return;
        first = false;
        if (startStep >= 0)
            session->goTo(startStep);
        if (!session->hasTrace() && batch) {
            say(session->error());
            QCoreApplication::exit(3);
            return;
        }
        if (parser.isSet(startupOption)) {
            QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&] {
                std::printf("usable window after %lld ms (engine run %lld ms)\n", sinceStart.elapsed(),
                            session->lastRunMs());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
            window->update();
        }
        QQuickWindow* shown = window;
        if (!view.isEmpty()) {
            QVariant opened;
            QMetaObject::invokeMethod(window, "openAnalysis", Q_RETURN_ARG(QVariant, opened), Q_ARG(QVariant, view));
            if (auto* analysis = qobject_cast<QQuickWindow*>(opened.value<QObject*>())) {
                shown = analysis;
                if (batch || parser.isSet(sizeOption))
                    analysis->resize(size);
            }
        }
        if (!screenshot.isEmpty()) {
            // Wait for the analysis window's measurement, then give the scene two frames to settle.
            auto* settle = new QTimer(&app);
            settle->setInterval(100);
            QObject::connect(settle, &QTimer::timeout, &app, [&, settle, shown] {
                const auto* controller =
                    shown->property("controller").value<keyladder::app::AnalysisController*>();
                if (controller && controller->busy())
                    return;
                settle->stop();
                QTimer::singleShot(400, &app, [&, shown] {
                    const QImage image = shown->grabWindow();
                    if (image.isNull() || !image.save(screenshot)) {
                        say(QCoreApplication::translate("main", "cannot write %1").arg(screenshot));
                        QCoreApplication::exit(4);
                        return;
                    }
                    QCoreApplication::quit();
                });
            });
            settle->start();
        }
        if (parser.isSet(stallOption)) {
            auto* probe = new keyladder::app::UiStallProbe(&app);
            QObject::connect(session, &SessionController::runFinished, &app, [&, probe] {
                probe->stop();
                std::printf("re-run took %lld ms; longest UI-thread stall meanwhile %lld ms over %lld ticks of %d ms\n",
                            session->lastRunMs(), probe->maxStallMs(), probe->ticks(),
                            keyladder::app::UiStallProbe::intervalMs);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
            probe->start();
            // A scenario change, as a user makes one: a new seed forces a full recomputation.
            session->setValue(QStringLiteral("/seed"), QStringLiteral("stall-probe-%1").arg(sinceStart.elapsed()));
        }
    };
    QObject::connect(session, &SessionController::runFinished, &app, onFirstRun);
    if (!session->busy() && (session->hasTrace() || !session->error().isEmpty()))
        onFirstRun(); // the run ended while the window was being built
    if (batch && !session->busy() && !session->hasTrace()) {
        say(QCoreApplication::translate("main", "no scenario to show"));
        return 3;
    }
    return app.exec();
}
