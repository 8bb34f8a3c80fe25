#include "uinumbers.h"

namespace einvoice {

QLocale UiNumbers::locale()
{
    QLocale numbers = QLocale().language() == QLocale::English
        ? QLocale(QLocale::English, QLocale::UnitedStates)
        : QLocale(QLocale::Vietnamese, QLocale::Vietnam);
    numbers.setNumberOptions(QLocale::DefaultNumberOptions);
    return numbers;
}

QString UiNumbers::money(Decimal value, int minDecimals)
{
    const QLocale numbers = locale();
    QString text = value.toString(minDecimals); // exact digits, '.' before the decimals
    const bool negative = text.startsWith(QLatin1Char('-'));
    if (negative)
        text.remove(0, 1);
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    QString integer = point < 0 ? text : text.left(point);
    for (qsizetype i = integer.size() - 3; i > 0; i -= 3)
        integer.insert(i, numbers.groupSeparator());
    QString result = integer;
    if (negative)
        result.prepend(numbers.negativeSign());
    if (point >= 0)
        result += numbers.decimalPoint() + text.mid(point + 1);
    return result;
}

QString UiNumbers::amount(Decimal value)
{
    return money(value, value.isInteger() ? 0 : 2);
}

} // namespace einvoice
