#pragma once

#include "core/decimal.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace einvoice::sqlvalues {

// Conversions between domain values and the column conventions of the schema (see migrations.cpp).
// Text: never NULL; a null QString binds as ''.
QVariant text(const QString &value);
// Timestamps: ms since the epoch, UTC; an invalid QDateTime binds NULL and reads back invalid.
QVariant timestamp(const QDateTime &value);
QDateTime toTimestamp(const QVariant &value);
// Calendar dates: Julian day number; invalid binds NULL.
QVariant day(QDate value);
QDate toDay(const QVariant &value);
// Decimal: its integer units (1/10000).
QVariant amount(Decimal value);
QVariant optionalAmount(const std::optional<Decimal> &value);
Decimal toAmount(const QVariant &value);
std::optional<Decimal> toOptionalAmount(const QVariant &value);
QVariant optionalInt(const std::optional<int> &value);
std::optional<int> toOptionalInt(const QVariant &value);

} // namespace einvoice::sqlvalues
