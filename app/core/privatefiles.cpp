#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace einvoice {

namespace {
constexpr QFile::Permissions OwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions OwnerOnlyFolder = OwnerOnlyFile | QFile::ExeOwner;
constexpr QFile::Permissions GroupOrOthers = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
    | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
} // namespace

bool PrivateFiles::makeDirectory(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (QFileInfo(absolute).isDir())
        return true;
    const QString parent = QFileInfo(absolute).path();
    if (parent != absolute && !makeDirectory(parent))
        return false;
    return QDir().mkdir(absolute, OwnerOnlyFolder) || QFileInfo(absolute).isDir();
}

bool PrivateFiles::restrict(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return true;
    const QFile::Permissions current = info.permissions();
    return !(current & GroupOrOthers) || QFile::setPermissions(path, current & ~GroupOrOthers);
}

bool PrivateFiles::restrictDatabase(const QString &path)
{
    bool ok = true;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        ok = restrict(path + QLatin1String(suffix)) && ok;
    return ok;
}

bool PrivateFiles::createEmpty(const QString &path)
{
    if (QFileInfo::exists(path))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return QFileInfo::exists(path); // created by someone else meanwhile
    return file.setPermissions(OwnerOnlyFile);
}

PrivateFiles::WriteResult PrivateFiles::write(
    const QString &path, const QByteArray &content, bool overwrite, QString *error)
{
    if (!overwrite && QFileInfo::exists(path))
        return WriteResult::Exists;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(OwnerOnlyFile)
        || file.write(content) != content.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return WriteResult::Failed;
    }
    return WriteResult::Written;
}

} // namespace einvoice
