#include "batchsource.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>

namespace einvoice {

namespace {

QString shortHash(const QString &text, int digits)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(digits));
}

} // namespace

QString BatchSource::keyFor(const QString &fileName)
{
    return QFileInfo(fileName.trimmed())
        .completeBaseName()
        .normalized(QString::NormalizationForm_C)
        .toCaseFolded()
        .trimmed();
}

BatchSource BatchSource::fromPath(const QString &path)
{
    const QFileInfo info(path);
    return BatchSource {keyFor(info.fileName()), info.fileName(), info.absoluteFilePath()};
}

QString BatchSource::sheetKeyFor(const QString &sheetName)
{
    return sheetName.normalized(QString::NormalizationForm_C).toCaseFolded().trimmed();
}

BatchSource BatchSource::forSheet(const QString &path, const QString &sheetName, bool ownKey)
{
    BatchSource source = fromPath(path);
    source.sheetName = sheetName;
    if (ownKey && !sheetName.trimmed().isEmpty())
        source.key += u'/' + sheetKeyFor(sheetName);
    return source;
}

BatchSource BatchSource::named(const QString &name)
{
    return BatchSource {keyFor(name), name, QString()};
}

QString BatchSource::tag() const
{
    return shortHash(key, 10);
}

QString BatchSource::referenceCode(const QString &invoiceKey, int revision) const
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
    static const QRegularExpression revisionLike(QStringLiteral("-r[0-9]+$"));
    QString safe = invoiceKey;
    safe.replace(unsafe, QStringLiteral("_"));
    // Keep distinct keys distinct after the clean-up, and a key "A-r2" apart from "A" revision 2.
    if (safe != invoiceKey || safe.size() > 60 || revisionLike.match(safe).hasMatch())
        safe = safe.left(40) + u'_' + shortHash(invoiceKey, 8);
    QString code = u'B' + tag() + u'-' + safe;
    if (revision > 1)
        code += QStringLiteral("-r") + QString::number(revision);
    return code;
}

} // namespace einvoice
