#include "safefilename.h"

#include <QRegularExpression>

namespace einvoice {

namespace {

constexpr qsizetype MaxUtf8Bytes = 200;

bool isRemoved(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Other_Control || category == QChar::Other_Format
        || category == QChar::Other_Surrogate || category == QChar::Other_NotAssigned
        || category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
}

bool isReserved(QChar c)
{
    return QStringView(u"<>:\"/\\|?*").contains(c);
}

bool isDeviceName(const QString &base)
{
    static const QRegularExpression device(QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return device.match(base).hasMatch();
}

// Leading dots and spaces, trailing dots and spaces.
QString trimmedOfDots(const QString &text)
{
    qsizetype start = 0;
    qsizetype end = text.size();
    while (start < end && (text[start] == u'.' || text[start].isSpace()))
        ++start;
    while (end > start && (text[end - 1] == u'.' || text[end - 1].isSpace()))
        --end;
    return text.sliced(start, end - start);
}

} // namespace

QString SafeFileName::cleanBase(const QString &name, const QString &extension)
{
    const qsizetype cut = std::max(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\'));
    QString text;
    for (const QChar c : QStringView(name).sliced(cut + 1)) {
        if (!isRemoved(c))
            text.append(isReserved(c) ? u'_' : c);
    }
    text = trimmedOfDots(text);
    const QString suffix = QLatin1Char('.') + extension;
    if (text.endsWith(suffix, Qt::CaseInsensitive))
        text = trimmedOfDots(text.chopped(suffix.size()));
    if (isDeviceName(text))
        text.prepend(u'_');
    while (text.toUtf8().size() > MaxUtf8Bytes - suffix.size())
        text.chop(text.size() > 1 && text.back().isLowSurrogate() ? 2 : 1);
    return trimmedOfDots(text);
}

QString SafeFileName::make(const QString &proposed, const QString &extension, const QString &fallback)
{
    QString base = cleanBase(proposed, extension);
    if (base.isEmpty())
        base = cleanBase(fallback, extension);
    if (base.isEmpty())
        base = QStringLiteral("invoice");
    return base + QLatin1Char('.') + extension;
}

} // namespace einvoice
