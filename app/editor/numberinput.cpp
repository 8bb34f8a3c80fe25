#include "numberinput.h"

#include <QList>

namespace einvoice {

namespace {

QString withoutSpaces(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace() && c != QChar(0x00A0) && c != QChar(0x202F))
            result.append(c);
    }
    return result;
}

bool allDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

// Converts "<integer>[.<fraction>]" with validated parts into a Decimal.
std::optional<Decimal> fromParts(bool negative, const QString &integer, QStringView fraction, int maxDecimals)
{
    if (!allDigits(integer) || (!fraction.isNull() && !allDigits(fraction)))
        return std::nullopt;
    QString text = negative ? QStringLiteral("-") + integer : integer;
    if (!fraction.isNull())
        text += QLatin1Char('.') + fraction.toString();
    return Decimal::fromString(text, maxDecimals);
}

} // namespace

bool NumberInput::isGrouped(QStringView integerPart, QChar separator)
{
    const QList<QStringView> groups = integerPart.split(separator);
    if (groups.size() < 2 || groups.first().isEmpty() || groups.first().size() > 3)
        return false;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (!allDigits(groups.at(i)) || (i > 0 && groups.at(i).size() != 3))
            return false;
    }
    return true;
}

std::optional<Decimal> NumberInput::parse(QStringView input, int maxDecimals)
{
    QString text = withoutSpaces(input);
    const bool negative = text.startsWith(QLatin1Char('-'));
    if (negative)
        text.remove(0, 1);
    if (text.isEmpty())
        return std::nullopt;
    const auto ungroup = [](QStringView part, QChar separator) {
        QString digits = part.toString();
        digits.remove(separator);
        return digits;
    };
    const qsizetype commas = text.count(QLatin1Char(','));
    const qsizetype dots = text.count(QLatin1Char('.'));
    if (commas > 1) {
        if (dots == 0 && isGrouped(text, QLatin1Char(',')))
            return fromParts(negative, ungroup(text, QLatin1Char(',')), QStringView(), maxDecimals);
        return std::nullopt;
    }
    if (commas == 1) {
        const qsizetype comma = text.indexOf(QLatin1Char(','));
        const QStringView integer = QStringView(text).left(comma);
        const QStringView fraction = QStringView(text).mid(comma + 1);
        if (fraction.isEmpty() || (dots > 0 && !isGrouped(integer, QLatin1Char('.'))))
            return std::nullopt;
        return fromParts(negative, ungroup(integer, QLatin1Char('.')), fraction, maxDecimals);
    }
    if (dots == 0)
        return fromParts(negative, text, QStringView(), maxDecimals);
    if (isGrouped(text, QLatin1Char('.')))
        return fromParts(negative, ungroup(text, QLatin1Char('.')), QStringView(), maxDecimals);
    if (dots == 1) {
        const qsizetype dot = text.indexOf(QLatin1Char('.'));
        const QStringView fraction = QStringView(text).mid(dot + 1);
        if (dot == 0 || fraction.isEmpty())
            return std::nullopt;
        return fromParts(negative, text.left(dot), fraction, maxDecimals);
    }
    return std::nullopt;
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
