#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace einvoice {

// Writes downloaded invoice files into one ZIP archive (issue 17), with minizip like the .xlsx
// code. The archive is written next to the target and renamed into place only when complete, so a
// failure never leaves a half-written file under the chosen name.
class ZipBundle
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::ZipBundle)

public:
    struct Entry
    {
        QString name; // inside the archive, e.g. "HD_C26TAA_0000017_20260504.pdf"
        QString sourcePath; // the file on disk
    };

    // False with a translated reason in error.
    static bool write(const QString &zipPath, const QList<Entry> &entries, QString *error);

private:
    static bool add(void *zip, const Entry &entry, QString *error);
};

} // namespace einvoice
