#include "zipbundle.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <zip.h>

namespace einvoice {

bool ZipBundle::add(void *zip, const Entry &entry, QString *error)
{
    QFile source(entry.sourcePath);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = tr("%1 could not be read: %2").arg(entry.name, source.errorString());
        return false;
    }
    const QByteArray content = source.readAll();
    zip_fileinfo info {};
    const QDateTime now = QDateTime::currentDateTime();
    info.tmz_date = {uInt(now.time().second()), uInt(now.time().minute()), uInt(now.time().hour()),
        uInt(now.date().day()), uInt(now.date().month() - 1), uInt(now.date().year())};
    const QByteArray name = entry.name.toUtf8();
    // Bit 11 of the general purpose flags: the name is UTF-8 (Vietnamese names stay readable).
    const int opened
        = zipOpenNewFileInZip4(zip, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
            Z_DEFAULT_COMPRESSION, 0, -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, nullptr, 0, 0, 1 << 11);
    const bool written = opened == ZIP_OK
        && zipWriteInFileInZip(zip, content.constData(), unsigned(content.size())) == ZIP_OK;
    const bool closed = opened == ZIP_OK && zipCloseFileInZip(zip) == ZIP_OK;
    if (!written || !closed)
        *error = tr("%1 could not be added to the ZIP file.").arg(entry.name);
    return written && closed;
}

bool ZipBundle::write(const QString &zipPath, const QList<Entry> &entries, QString *error)
{
    const QString partial = zipPath + QStringLiteral(".part");
    QFile::remove(partial);
    zipFile zip = zipOpen64(QFile::encodeName(partial).constData(), APPEND_STATUS_CREATE);
    if (!zip) {
        *error = tr("The ZIP file %1 could not be created.").arg(QDir::toNativeSeparators(zipPath));
        return false;
    }
    bool ok = true;
    for (const Entry &entry : entries) {
        if (!(ok = add(zip, entry, error)))
            break;
    }
    if (zipClose(zip, nullptr) != ZIP_OK && ok) {
        *error = tr("The ZIP file %1 could not be completed.").arg(QDir::toNativeSeparators(zipPath));
        ok = false;
    }
    if (ok && QFile::exists(zipPath))
        QFile::remove(zipPath); // the user chose to replace it in the save dialog
    if (ok && !QFile::rename(partial, zipPath)) {
        *error = tr("The ZIP file %1 could not be created.").arg(QDir::toNativeSeparators(zipPath));
        ok = false;
    }
    if (!ok)
        QFile::remove(partial);
    return ok;
}

} // namespace einvoice
