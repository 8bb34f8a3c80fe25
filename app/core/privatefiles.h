#pragma once

#include <QByteArray>
#include <QString>

namespace einvoice {

// Files and folders holding buyers' personal data (databases and their WAL/SHM files, downloaded
// invoices): readable by their owner only, whatever the umask.
class PrivateFiles
{
public:
    enum class WriteResult { Written, Exists, Failed };

    // Creates path and its missing parents; the folders it creates are 0700, existing ones are
    // left as they are. False when a folder cannot be created.
    static bool makeDirectory(const QString &path);
    // Takes every permission of group and others off an existing file (a missing one is fine).
    static bool restrict(const QString &path);
    // restrict() for a SQLite database and the -wal, -shm and -journal files beside it.
    static bool restrictDatabase(const QString &path);
    // Creates an empty 0600 file unless one exists, so that SQLite (which gives its WAL and SHM
    // files the database's mode) creates everything private.
    static bool createEmpty(const QString &path);
    // Writes content atomically as a 0600 file. Without overwrite an existing file is kept and
    // the result is Exists. error gets the reason of a failure.
    static WriteResult write(const QString &path, const QByteArray &content, bool overwrite, QString *error);
};

} // namespace einvoice
