#include "decimal.h"

#include <cstdlib>
#include <limits>

namespace einvoice {

namespace {

// 128-bit intermediates keep products of two 64-bit fixed-point values exact.
__extension__ typedef __int128 Int128;

constexpr qint64 powerOfTen(int exponent)
{
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

// Divides rounding half away from zero.
Int128 divideRounded(Int128 numerator, Int128 denominator)
{
    const bool negative = (numerator < 0) != (denominator < 0);
    Int128 n = numerator < 0 ? -numerator : numerator;
    const Int128 d = denominator < 0 ? -denominator : denominator;
    Int128 q = n / d;
    if ((n % d) * 2 >= d)
        ++q;
    return negative ? -q : q;
}

bool fitsInQint64(Int128 value)
{
    return value >= std::numeric_limits<qint64>::min() && value <= std::numeric_limits<qint64>::max();
}

// numerator / denominator in Decimal units, rounded once to `decimals`; nullopt past the range.
std::optional<Decimal> roundedQuotient(Int128 numerator, Int128 denominator, int decimals)
{
    const qint64 step = powerOfTen(Decimal::Scale - qBound(0, decimals, Decimal::Scale));
    const Int128 units = divideRounded(numerator, denominator * step) * step;
    if (!fitsInQint64(units))
        return std::nullopt;
    return Decimal::fromUnits(qint64(units));
}

} // namespace

std::optional<Decimal> Decimal::fromString(QStringView text, int maxDecimals)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (text.front() == u'-' || text.front() == u'+') {
        negative = text.front() == u'-';
        text = text.mid(1);
    }
    const qsizetype dot = text.indexOf(u'.');
    const QStringView integerPart = dot < 0 ? text : text.left(dot);
    const QStringView fractionPart = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (integerPart.isEmpty() && fractionPart.isEmpty())
        return std::nullopt;
    if (dot >= 0 && fractionPart.isEmpty())
        return std::nullopt;
    if (fractionPart.size() > maxDecimals || fractionPart.size() > Scale) {
        // Trailing zeros beyond the limit are harmless ("2.500000" from a JSON serializer).
        const QStringView extra = fractionPart.mid(qMin<qsizetype>(maxDecimals, Scale));
        for (QChar c : extra) {
            if (c != u'0')
                return std::nullopt;
        }
    }
    Int128 units = 0;
    for (QChar c : integerPart) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        units = units * 10 + (c.unicode() - u'0');
        if (units > Int128(std::numeric_limits<qint64>::max()))
            return std::nullopt;
    }
    units *= One;
    qint64 scale = One / 10;
    for (qsizetype i = 0; i < fractionPart.size(); ++i) {
        const QChar c = fractionPart[i];
        if (c < u'0' || c > u'9')
            return std::nullopt;
        if (i < Scale) {
            units += (c.unicode() - u'0') * scale;
            scale /= 10;
        }
    }
    if (negative)
        units = -units;
    if (!fitsInQint64(units))
        return std::nullopt;
    return Decimal(qint64(units));
}

std::optional<Decimal> Decimal::fromJsonNumberText(QStringView text, int maxDecimals)
{
    // JSON serializers may print exponents for whole numbers ("1e+06").
    const qsizetype e = text.indexOf(u'e', 0, Qt::CaseInsensitive);
    if (e < 0)
        return fromString(text, maxDecimals);
    const std::optional<Decimal> mantissa = fromString(text.left(e), Scale);
    bool ok = false;
    const int exponent = text.mid(e + 1).toInt(&ok);
    if (!mantissa || !ok || exponent < -Scale || exponent > 18)
        return std::nullopt;
    Int128 units = mantissa->units();
    if (exponent >= 0) {
        units *= powerOfTen(exponent);
    } else {
        const qint64 divisor = powerOfTen(-exponent);
        if (units % divisor != 0)
            return std::nullopt;
        units /= divisor;
    }
    if (!fitsInQint64(units))
        return std::nullopt;
    const Decimal result = Decimal(qint64(units));
    if (result.decimalPlaces() > maxDecimals)
        return std::nullopt;
    return result;
}

int Decimal::decimalPlaces() const
{
    qint64 fraction = std::llabs(m_units % One);
    if (fraction == 0)
        return 0;
    int places = Scale;
    while (fraction % 10 == 0) {
        fraction /= 10;
        --places;
    }
    return places;
}

Decimal Decimal::rounded(int decimals) const
{
    const qint64 step = powerOfTen(Scale - qBound(0, decimals, Scale));
    return Decimal(qint64(divideRounded(m_units, step) * step));
}

qint64 Decimal::toRoundedInteger() const
{
    return qint64(divideRounded(m_units, One));
}

QString Decimal::toString(int minDecimals) const
{
    const int decimals = qMax(decimalPlaces(), qBound(0, minDecimals, Scale));
    const bool negative = m_units < 0;
    const unsigned long long magnitude = negative ? 0ULL - static_cast<unsigned long long>(m_units)
                                                  : static_cast<unsigned long long>(m_units);
    QString text = QString::number(magnitude / One);
    if (decimals > 0) {
        QString fraction = QString::number(magnitude % One).rightJustified(Scale, u'0');
        text += u'.' + fraction.left(decimals);
    }
    return negative ? u'-' + text : text;
}

std::optional<Decimal> Decimal::sum(Decimal a, Decimal b)
{
    qint64 units = 0;
    if (__builtin_add_overflow(a.m_units, b.m_units, &units))
        return std::nullopt;
    return Decimal(units);
}

std::optional<Decimal> Decimal::multiply(Decimal a, Decimal b, int decimals)
{
    return roundedQuotient(Int128(a.m_units) * b.m_units, One, decimals);
}

std::optional<Decimal> Decimal::percentOf(Decimal amount, Decimal percent, int decimals)
{
    return roundedQuotient(Int128(amount.m_units) * percent.m_units, Int128(One) * 100, decimals);
}

} // namespace einvoice
