#include "batchsourcelock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace einvoice {

BatchSourceLock::BatchSourceLock(
    const QString &databasePath, const QString &environment, const BatchSource &source)
    : m_path(pathFor(databasePath, environment, source)), m_file(std::make_unique<QLockFile>(m_path))
{
    m_file->setStaleLockTime(0); // a run may last hours: stale only when its process is gone
}

BatchSourceLock::~BatchSourceLock()
{
    unlock();
}

QString BatchSourceLock::pathFor(
    const QString &databasePath, const QString &environment, const BatchSource &source)
{
    const QFileInfo database(databasePath);
    // Not the database's own name: the app's and the command line's databases sit in one folder,
    // and the two must not send the same file at once either.
    const QByteArray name = (environment + u'\n' + source.key).toUtf8();
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(name, QCryptographicHash::Sha1).toHex().left(16));
    return database.absoluteDir().filePath(QStringLiteral("locks/batch-") + hash + QStringLiteral(".lock"));
}

bool BatchSourceLock::tryLock()
{
    if (m_locked)
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_locked = m_file->tryLock(0);
    return m_locked;
}

void BatchSourceLock::unlock()
{
    if (!m_locked)
        return;
    m_file->unlock();
    m_locked = false;
}

qint64 BatchSourceLock::holderPid() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!m_locked && m_file->getLockInfo(&pid, &host, &application))
        return pid;
    return 0;
}

} // namespace einvoice
