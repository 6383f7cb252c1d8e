// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/gui/SessionController.h"
#include "core/protocol/Scenario.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQuickTest>

// Every QML test starts with the classroom scenario loaded and its trace computed.
class Setup : public QObject {
    Q_OBJECT

public slots:
    void applicationAvailable() { QQuickStyle::setStyle(QStringLiteral("Fusion")); }

    void qmlEngineAvailable(QQmlEngine* engine) {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        keyladder::Scenario s = keyladder::defaultScenario();
        s.title = "QML test";
        s.seed = "qml-test";
        s.attacker.taps = {keyladder::Link::Uu};
        s.attacker.leaked = {keyladder::Leak::K};
        auto* session = keyladder::app::SessionController::instance();
        session->loadDocument(QByteArray::fromStdString(keyladder::saveScenario(s)), QStringLiteral("test"), QString());
        session->waitUntilIdle();
    }
};

QUICK_TEST_MAIN_WITH_SETUP(keyladder_qml, Setup)
#include "tst_main.moc"
