#pragma once

#include "core/decimal.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <variant>

namespace einvoice {

// One value to write into a cell: nothing, text, an exact number (money, quantities), a whole
// number, a date, a moment (written as Vietnam's wall-clock time) or a boolean.
using SpreadsheetValue = std::variant<std::monostate, QString, Decimal, qint64, QDate, QDateTime, bool>;

} // namespace einvoice
