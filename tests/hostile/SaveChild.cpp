// SPDX-License-Identifier: LGPL-3.0-or-later
// The process that TestCrashSafety kills with SIGKILL while it saves or after it autosaved.
//   hostile_save_child save PATH VERSION MEGABYTES   saves saveContent(VERSION) to PATH, then waits to be killed
//   hostile_save_child autosave DIR TEXT             autosaves TEXT as an unsaved scenario, then waits
#include "app/gui/AtomicSave.h"
#include "app/gui/RecoveryStore.h"
#include "SaveContent.h"

#include <QCoreApplication>
#include <QString>
#include <QThread>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args[1] == QLatin1String("save")) {
        const QByteArray content = keyladder::hostile::saveContent(args[3].toInt(), args[4].toInt());
        std::printf("saving\n");
        std::fflush(stdout);
        QString error;
        if (!keyladder::gui::saveTextAtomically(args[2], content, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("saved\n");
        std::fflush(stdout);
        return 0;
    }
    if (args.size() == 4 && args[1] == QLatin1String("autosave")) {
        keyladder::gui::RecoveryStore store(args[2]);
        QString error;
        if (!store.store(args[3].toUtf8(), QStringLiteral("/home/user/lesson.json"), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("stored\n");
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    }
    std::fprintf(stderr, "usage: hostile_save_child save PATH VERSION MEGABYTES | autosave DIR TEXT\n");
    return 2;
}
