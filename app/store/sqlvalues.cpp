#include "sqlvalues.h"

namespace einvoice::sqlvalues {

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

QVariant timestamp(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime toTimestamp(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant day(QDate value)
{
    return value.isValid() ? QVariant(value.toJulianDay()) : QVariant(QMetaType::fromType<qint64>());
}

QDate toDay(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromJulianDay(value.toLongLong());
}

QVariant amount(Decimal value)
{
    return QVariant(value.units());
}

QVariant optionalAmount(const std::optional<Decimal> &value)
{
    return value ? amount(*value) : QVariant(QMetaType::fromType<qint64>());
}

Decimal toAmount(const QVariant &value)
{
    return Decimal::fromUnits(value.toLongLong());
}

std::optional<Decimal> toOptionalAmount(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return toAmount(value);
}

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

std::optional<int> toOptionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

} // namespace einvoice::sqlvalues
