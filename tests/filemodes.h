#pragma once

// For tests of who may read the files the programs write: a file's permission bits, and the
// umask of a default desktop session (022) so that a test cannot pass only because the machine
// running it has a strict umask. Header-only.

#include <QFile>
#include <QString>

#include <sys/stat.h>

namespace einvoice::test {

// The rwx bits of path (0644, 0700 ...), or -1 when it does not exist.
inline int modeOf(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
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
