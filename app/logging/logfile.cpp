#include "logfile.h"

#include "core/privatefiles.h"
#include "logredactor.h"

#include <QDir>
#include <QMutexLocker>
#include <QStandardPaths>

namespace einvoice {

namespace {

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

LogFile::LogFile(const QString &directory, qint64 maxBytes, int keep)
    : m_directory(directory), m_maxBytes(qMax<qint64>(maxBytes, 1)), m_keep(qMax(keep, 1))
{
}

QString LogFile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
}

QString LogFile::filePath() const
{
    return m_directory + QLatin1Char('/') + fileName();
}

QString LogFile::rotatedFilePath(int index) const
{
    return filePath() + QLatin1Char('.') + QString::number(index);
}

void LogFile::append(const QString &line)
{
    const QByteArray bytes = LogRedactor::redact(line).toUtf8() + '\n';
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen() && !openLocked())
        return;
    if (m_file.size() > 0 && m_file.size() + bytes.size() > m_maxBytes) {
        rotateLocked();
        if (!m_file.isOpen())
            return;
    }
    m_file.write(bytes);
    m_file.flush();
}

QStringList LogFile::recentLines(int n) const
{
    if (n <= 0)
        return {};
    QMutexLocker lock(&m_mutex);
    QStringList lines = readLines(filePath());
    for (int index = 1; lines.size() < n && index <= m_keep; ++index) {
        if (!QFile::exists(rotatedFilePath(index)))
            break;
        lines = readLines(rotatedFilePath(index)) + lines;
    }
    return lines.mid(qMax(0, int(lines.size()) - n));
}

bool LogFile::openLocked()
{
    // Usually the first thing written under the app's data folder: the folders it creates are
    // owner-only, like the databases and files beside them.
    PrivateFiles::makeDirectory(m_directory);
    m_file.setFileName(filePath());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

void LogFile::rotateLocked()
{
    m_file.close();
    QFile::remove(rotatedFilePath(m_keep));
    for (int index = m_keep - 1; index >= 1; --index)
        QFile::rename(rotatedFilePath(index), rotatedFilePath(index + 1));
    QFile::rename(filePath(), rotatedFilePath(1));
    openLocked();
}

} // namespace einvoice
