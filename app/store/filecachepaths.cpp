#include "filecachepaths.h"

#include "core/privatefiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace einvoice {

namespace {

bool isSafeChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') || c == QLatin1Char('_')
        || c == QLatin1Char('-');
}

constexpr int maxReadableLength = 40;

} // namespace

FileCachePaths::FileCachePaths() : FileCachePaths(defaultRoot()) { }

FileCachePaths::FileCachePaths(QString root) : m_root(QDir::cleanPath(std::move(root))) { }

QString FileCachePaths::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/files");
}

QString FileCachePaths::safeName(const QString &text)
{
    // A leading dot would make a hidden file (".", ".." and ".bashrc" alike).
    const bool safe = !text.isEmpty() && text.size() <= maxReadableLength
        && !text.startsWith(QLatin1Char('.')) && std::all_of(text.cbegin(), text.cend(), isSafeChar);
    if (safe)
        return text;
    QString readable;
    for (const QChar c : text.left(maxReadableLength))
        readable.append(
            isSafeChar(c) && !(readable.isEmpty() && c == QLatin1Char('.')) ? c : QLatin1Char('-'));
    const QByteArray hash
        = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    return readable + QLatin1Char('-') + QString::fromLatin1(hash);
}

QString FileCachePaths::environmentDirectory(const QString &environment) const
{
    return m_root + QLatin1Char('/') + safeName(environment);
}

QString FileCachePaths::directory(const QString &environment, FileType type) const
{
    return environmentDirectory(environment) + QLatin1Char('/') + toWire(type);
}

QString FileCachePaths::filePath(
    const QString &environment, const QString &referenceCode, FileType type) const
{
    return directory(environment, type) + QLatin1Char('/') + safeName(referenceCode) + QLatin1Char('.')
        + toWire(type);
}

QString FileCachePaths::existingFile(
    const QString &environment, const QString &referenceCode, FileType type) const
{
    const QString path = filePath(environment, referenceCode, type);
    const QFileInfo info(path);
    return info.isFile() && info.size() > 0 ? path : QString();
}

bool FileCachePaths::ensureDirectory(const QString &environment, FileType type) const
{
    return PrivateFiles::makeDirectory(directory(environment, type));
}

} // namespace einvoice
