// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/gui/AtomicSave.h"

#include <QFileInfo>
#include <QSaveFile>

namespace keyladder::gui {

bool saveTextAtomically(const QString& path, const QByteArray& data, QString* error)
{
    QSaveFile file(path);
    // In a directory where no temporary file can be created, refuse rather than write in place:
    // an in-place write is exactly what a crash can leave half done.
    file.setDirectWriteFallback(false);
    const auto fail = [&](const QString& reason) {
        file.cancelWriting();
        if (error)
            *error = QFileInfo(path).fileName() + QStringLiteral(": ") + reason;
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(data) != data.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace keyladder::gui
