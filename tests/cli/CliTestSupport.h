// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "app/cli/CliMain.h"

#include <QString>
#include <QStringList>

#include <sstream>
#include <string>
#include <vector>

namespace keyladder::clitest {

/** @brief What one in-process run of keyladder-cli produced. */
struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

/** @brief Runs keyladder::cli::run with @p args as the process would (argv without argv[0]). */
inline CliRun runCli(const QStringList& args) {
    std::vector<std::string> argv;
    for (const QString& a : args)
        argv.push_back(a.toStdString());
    std::ostringstream out;
    std::ostringstream err;
    CliRun run;
    run.code = keyladder::cli::run(argv, out, err);
    run.out = QString::fromStdString(out.str());
    run.err = QString::fromStdString(err.str());
    return run;
}

/** @brief True if @p text is exactly one line, ending in a newline. */
inline bool isOneLine(const QString& text) {
    return text.endsWith(u'\n') && text.count(u'\n') == 1;
}

/** @brief Lowercase hex of a number, as a QString. */
inline QString hexNumber(unsigned long long value) {
    return QString::number(value, 16);
}

} // namespace keyladder::clitest
