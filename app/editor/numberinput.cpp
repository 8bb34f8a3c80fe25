#include "numberinput.h"

#include "core/numbertext.h"

namespace einvoice {

std::optional<Decimal> NumberInput::parse(QStringView input, int maxDecimals)
{
    const NumberText::Shape shape = NumberText::scan(input);
    if (!shape.valid || shape.plusSign || shape.percent)
        return std::nullopt;
    // The comma is the decimal separator here: "1,234.5" (English) is refused, not re-read.
    if (shape.grouping == QLatin1Char(',') && !shape.fraction.isEmpty())
        return std::nullopt;
    // "1.500" is fifteen hundred, "1,500" one and a half: the Vietnamese reading.
    return Decimal::fromString(NumberText::plain(shape, QLatin1Char(',')), maxDecimals);
}

QString NumberInput::format(Decimal value, int minDecimals)
{
    QString text = value.toString(minDecimals);
    const bool negative = text.startsWith(QLatin1Char('-'));
    if (negative)
        text.remove(0, 1);
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    QString integer = point < 0 ? text : text.left(point);
    const QString fraction = point < 0 ? QString() : text.mid(point + 1);
    for (qsizetype i = integer.size() - 3; i > 0; i -= 3)
        integer.insert(i, QLatin1Char('.'));
    QString result = negative ? QStringLiteral("-") + integer : integer;
    if (!fraction.isEmpty())
        result += QLatin1Char(',') + fraction;
    return result;
}

QString NumberInput::format(const std::optional<Decimal> &value, int minDecimals)
{
    return value ? format(*value, minDecimals) : QString();
}

} // namespace einvoice
