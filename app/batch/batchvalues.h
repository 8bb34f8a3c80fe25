#pragma once

#include "core/decimal.h"
#include "core/enums.h"
#include "core/numbertext.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace einvoice {

// Reads the cell values of a batch file the way spreadsheets write them.
namespace batchvalues {

// "05/01/2026", "5/1/2026", "2026-01-05", each optionally followed by " HH:mm" or " HH:mm:ss",
// as Vietnam's wall time whatever the machine's zone. A date without a time gets 00:00:00.
std::optional<QDateTime> parseDate(const QString &text);

// A number cell as written ("1500000", "1.500.000", "1,500,000.5", "1 500 000", "2,5", "0.125",
// "-3", "+3", "12,5%"), read with the decimal separator of its column: NumberText never guesses,
// and a cell that reads two ways ("1.500") has a value only when decimalSeparator is given.
struct NumberCell
{
    NumberText::Shape shape;
    std::optional<Decimal> value; // unset: not a number, ambiguous, or too many decimals
    bool tooManyDecimals = false; // more than Decimal::Scale significant decimals
    bool needsSeparator() const { return shape.valid && shape.ambiguous && !value && !tooManyDecimals; }
};
NumberCell parseNumber(const QString &text, QChar decimalSeparator = QChar());
// SePay codes -2 (KCT, not subject) and -1 (KKKNT, not declared), 0, 5, 8, 10, with or without
// "%", and the labels KCT / KKKNT.
std::optional<TaxRate> parseTaxRate(const QString &text);
// 1..4 or the Vietnamese/English names; empty means goods.
std::optional<LineType> parseLineType(const QString &text);
std::optional<PaymentMethod> parsePaymentMethod(const QString &text);
std::optional<BuyerType> parseBuyerType(const QString &text);
std::optional<Currency> parseCurrency(const QString &text);
// A tax code as typed, with a leading zero that Excel dropped restored when the length says so
// (9 -> 10 digits, 12 -> 13 with dash, 11 -> 12-digit personal number). *restored tells.
QString restoreTaxCode(const QString &text, bool *restored = nullptr);

} // namespace batchvalues
} // namespace einvoice
