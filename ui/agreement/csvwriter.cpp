#include "agreement/csvwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace lsdesk {

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("lsdesk::CsvWriter", "Could not save %1: %2")
                         .arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    // QSaveFile writes to a temporary file in the target's folder and renames it over the target on
    // commit() (one filesystem: atomic); on any failure the temporary file is removed and the target is
    // left as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(why);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace lsdesk
