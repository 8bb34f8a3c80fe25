#include "invoicetext.h"

namespace einvoice {

namespace {

bool isForbidden(QChar c, InvoiceText::Lines lines)
{
    if (c == u'\n' || c == u'\r')
        return lines == InvoiceText::Lines::Single;
    const char16_t code = c.unicode();
    return c.category() == QChar::Other_Control || code == 0xFFFD || code == 0xFFFE || code == 0xFFFF;
}

} // namespace

std::optional<qsizetype> InvoiceText::forbiddenAt(QStringView text, Lines lines)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isForbidden(text.at(i), lines))
            return i;
    }
    return std::nullopt;
}

QString InvoiceText::codeOf(QChar c)
{
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

QString InvoiceText::printable(QStringView text)
{
    QString shown;
    for (const QChar c : text) {
        if (isForbidden(c, Lines::Single))
            shown += u'<' + codeOf(c) + u'>';
        else
            shown += c;
    }
    return shown;
}

} // namespace einvoice
