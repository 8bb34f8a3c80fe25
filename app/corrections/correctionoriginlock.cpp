#include "correctionoriginlock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace einvoice {

CorrectionOriginLock::CorrectionOriginLock(
    const QString &databasePath, const QString &environment, const QString &origin)
    : m_path(pathFor(databasePath, environment, origin)), m_file(std::make_unique<QLockFile>(m_path))
{
    m_file->setStaleLockTime(
        0); // a correction may wait long for its job: stale only when its process is gone
}

CorrectionOriginLock::~CorrectionOriginLock()
{
    if (m_locked)
        m_file->unlock();
}

QString CorrectionOriginLock::pathFor(
    const QString &databasePath, const QString &environment, const QString &origin)
{
    // Beside the database, which the desktop app and the command line share.
    const QString folder = databasePath.isEmpty() ? QDir::tempPath() : QFileInfo(databasePath).absolutePath();
    const QByteArray key = (environment + u'\n' + origin).toUtf8();
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
    return QDir(folder).filePath(QStringLiteral("locks/correction-") + hash + QStringLiteral(".lock"));
}

bool CorrectionOriginLock::tryLock()
{
    if (!m_locked) {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        m_locked = m_file->tryLock(0);
    }
    return m_locked;
}

qint64 CorrectionOriginLock::holderPid() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    return !m_locked && m_file->getLockInfo(&pid, &host, &application) ? pid : 0;
}

} // namespace einvoice
