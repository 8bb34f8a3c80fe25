#include "reportrate.h"

#include <QVariant>

namespace einvoice::reportrate {

QList<int> ordered()
{
    return {-2, -1, 0, 5, 8, 10};
}

qint64 toUnits(int rate)
{
    return Decimal::fromInteger(rate).units();
}

std::optional<int> fromUnits(const QVariant &units)
{
    if (units.isNull())
        return std::nullopt;
    return int(Decimal::fromUnits(units.toLongLong()).toRoundedInteger());
}

std::optional<int> fromXml(const QString &text)
{
    const QString value = text.trimmed().toUpper();
    if (value == QLatin1String("KCT"))
        return -2;
    if (value == QLatin1String("KKKNT"))
        return -1;
    for (const int rate : {0, 5, 8, 10})
        if (value == QString::number(rate) + QLatin1Char('%'))
            return rate;
    return std::nullopt;
}

QString label(int rate)
{
    if (rate == -2)
        return QStringLiteral("KCT");
    if (rate == -1)
        return QStringLiteral("KKKNT");
    return QString::number(rate) + QLatin1Char('%');
}

} // namespace einvoice::reportrate
