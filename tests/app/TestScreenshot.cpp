// SPDX-License-Identifier: LGPL-3.0-or-later
#include "TestScenarios.h"

#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

// Runs the real program as a user (or the README's script) would: keyladder --screenshot.
class TestScreenshot : public QObject {
    Q_OBJECT

private slots:
    void screenshotAtStep6_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QSize>("minimum");
        QTest::newRow("default size") << QStringList() << QSize(1280, 800);
        QTest::newRow("presenter") << QStringList{QStringLiteral("--presenter")} << QSize(1280, 800);
    }
    void screenshotAtStep6() {
        QFETCH(QStringList, extra);
        QFETCH(QSize, minimum);
        QTemporaryDir dir;
        const QString scenario = dir.filePath(QStringLiteral("scenario.json"));
        {
            QFile file(scenario);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(keyladder::test::classroomScenario());
        }
        const QString out = dir.filePath(QStringLiteral("shot.png"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the program picks offscreen itself
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(KEYLADDER_GUI_BINARY),
                      QStringList{QStringLiteral("--scenario"), scenario, QStringLiteral("--step"), QStringLiteral("6"),
                                  QStringLiteral("--screenshot"), out}
                          + extra);
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 process.readAllStandardError().constData());

        QImage image(out);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= minimum.width() && image.height() >= minimum.height());
        // Not blank: many colours, and a good share of pixels differ from the background corner.
        QSet<QRgb> colours;
        const QRgb background = image.pixel(image.width() / 2, image.height() / 2 + 40);
        qint64 differing = 0, total = 0;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3) {
                const QRgb p = image.pixel(x, y);
                colours.insert(p);
                differing += p != background;
                ++total;
            }
        QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
        QVERIFY2(differing > total / 20, qPrintable(QStringLiteral("%1 of %2").arg(differing).arg(total)));
    }
};

QTEST_MAIN(TestScreenshot)
#include "TestScreenshot.moc"
