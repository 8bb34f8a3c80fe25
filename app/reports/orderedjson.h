#pragma once

#include "core/decimal.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace einvoice {

// JSON text with keys in the order given (QJsonObject sorts them) and exact numbers, written the
// way the report's documented shape is: one line, ", " between items and ": " after keys.
namespace orderedjson {

using Field = std::pair<const char *, QByteArray>;

QByteArray object(const QList<Field> &fields);
QByteArray array(const QList<QByteArray> &items);
QByteArray string(const QString &text);
QByteArray number(qint64 value);
QByteArray number(Decimal value); // exact: "1320000", "12.5"
QByteArray boolean(bool value);
QByteArray null();

} // namespace orderedjson
} // namespace einvoice
