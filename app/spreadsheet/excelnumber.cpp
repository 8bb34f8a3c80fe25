#include "excelnumber.h"

namespace einvoice {

namespace {

// Digits without sign or point, and where the decimal point falls (digits before it).
struct DigitString
{
    bool negative = false;
    QString digits;
    qsizetype point = 0;
};

bool isDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

std::optional<DigitString> split(QStringView text)
{
    DigitString number;
    if (!text.isEmpty() && (text.front() == u'-' || text.front() == u'+')) {
        number.negative = text.front() == u'-';
        text = text.mid(1);
    }
    qsizetype exponent = 0;
    const qsizetype e = text.indexOf(u'e', 0, Qt::CaseInsensitive);
    if (e >= 0) {
        bool ok = false;
        exponent = text.mid(e + 1).toInt(&ok);
        if (!ok || exponent < -400 || exponent > 400)
            return std::nullopt;
        text = text.left(e);
    }
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    if ((whole.isEmpty() && fraction.isEmpty()) || !isDigits(whole) || !isDigits(fraction))
        return std::nullopt;
    number.digits = whole.toString() + fraction.toString();
    number.point = whole.size() + exponent;
    return number;
}

void dropLeadingZeros(DigitString &number)
{
    qsizetype zeros = 0;
    while (zeros < number.digits.size() && number.digits[zeros] == u'0')
        ++zeros;
    number.digits.remove(0, zeros);
    number.point -= zeros;
}

// Rounds half up to `keep` significant digits, working on the digit characters.
void roundToSignificant(DigitString &number, qsizetype keep)
{
    if (number.digits.size() <= keep)
        return;
    const bool up = number.digits[keep] >= u'5';
    number.digits.truncate(keep);
    for (qsizetype i = keep - 1; up && i >= 0; --i) {
        if (number.digits[i] != u'9') {
            number.digits[i] = QChar(number.digits[i].unicode() + 1);
            return;
        }
        number.digits[i] = u'0';
    }
    if (up) {
        number.digits.prepend(u'1');
        number.digits.truncate(keep);
        ++number.point;
    }
}

QString plainText(const DigitString &number)
{
    const qsizetype size = number.digits.size();
    QString text;
    if (number.point <= 0)
        text = QStringLiteral("0.") + QString(-number.point, u'0') + number.digits;
    else if (number.point >= size)
        text = number.digits + QString(number.point - size, u'0');
    else
        text = number.digits.left(number.point) + QLatin1Char('.') + number.digits.mid(number.point);
    return number.negative ? QStringLiteral("-") + text : text;
}

} // namespace

std::optional<QString> ExcelNumber::canonical(QStringView stored)
{
    std::optional<DigitString> number = split(stored.trimmed());
    if (!number)
        return std::nullopt;
    dropLeadingZeros(*number);
    roundToSignificant(*number, SignificantDigits);
    while (number->digits.endsWith(u'0'))
        number->digits.chop(1);
    if (number->digits.isEmpty())
        return QStringLiteral("0");
    return plainText(*number);
}

int ExcelNumber::significantDigits(QStringView plain)
{
    std::optional<DigitString> number = split(plain);
    if (!number)
        return 0;
    dropLeadingZeros(*number);
    while (number->digits.endsWith(u'0'))
        number->digits.chop(1);
    return int(number->digits.size());
}

} // namespace einvoice
