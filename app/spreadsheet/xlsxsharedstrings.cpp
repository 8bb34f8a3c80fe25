#include "xlsxsharedstrings.h"

#include "safexmlreader.h"

namespace einvoice {

namespace {

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Reads the text runs (<t>) of the current element, skipping <rPh> subtrees.
QString readRuns(SafeXmlReader &reader, QLatin1StringView element)
{
    QString text;
    while (reader.next() && !reader.isEnd(element)) {
        if (reader.isStart(QLatin1StringView("rPh")))
            reader.skipElement();
        else if (reader.isStart(QLatin1StringView("t")))
            text += reader.elementText();
    }
    return text;
}

} // namespace

XlsxSharedStrings XlsxSharedStrings::parse(SafeXmlReader &reader)
{
    XlsxSharedStrings strings;
    while (reader.next()) {
        if (reader.isStart(QLatin1StringView("si")))
            strings.m_strings.append(readStringItem(reader));
    }
    return strings;
}

QString XlsxSharedStrings::readStringItem(SafeXmlReader &reader)
{
    const QLatin1StringView element
        = reader.isStart(QLatin1StringView("is")) ? QLatin1StringView("is") : QLatin1StringView("si");
    return unescape(readRuns(reader, element));
}

QString XlsxSharedStrings::unescape(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString result;
    result.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QStringView rest = QStringView(text).mid(i);
        const bool escape = rest.size() >= 7 && rest.startsWith(u"_x") && rest[6] == u'_'
            && isHexDigit(rest[2]) && isHexDigit(rest[3]) && isHexDigit(rest[4]) && isHexDigit(rest[5]);
        if (escape) {
            result += QChar(char16_t(rest.mid(2, 4).toUShort(nullptr, 16)));
            i += 7;
        } else {
            result += text[i];
            ++i;
        }
    }
    return result;
}

const QString *XlsxSharedStrings::at(qsizetype index) const
{
    return index >= 0 && index < m_strings.size() ? &m_strings[index] : nullptr;
}

} // namespace einvoice
