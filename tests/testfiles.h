#pragma once

// For tests of the files the programs write: their bytes, their permission bits, and the umask
// of a default desktop session (022) so that a test cannot pass only because the machine running
// it has a strict umask. Header-only.

#include <QFile>
#include <QString>
#include <QTest>

#include <sys/stat.h>

namespace einvoice::test {

// The whole file, or nothing when it cannot be read.
inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

// The rwx bits of path (0644, 0700 ...), or -1 when it does not exist.
inline int modeOf(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

// A SQLite database and its -wal and -shm files exist and are readable by their owner only.
inline void verifyOwnerOnlyDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QString file = path + QLatin1String(suffix);
        QVERIFY2(QFile::exists(file), qPrintable(file));
        QCOMPARE(modeOf(file), 0600);
    }
}

class DesktopUmask
{
public:
    DesktopUmask() : m_saved(::umask(022)) { }
    ~DesktopUmask() { ::umask(m_saved); }
    DesktopUmask(const DesktopUmask &) = delete;
    DesktopUmask &operator=(const DesktopUmask &) = delete;

private:
    mode_t m_saved;
};

} // namespace einvoice::test
