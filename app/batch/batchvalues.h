#pragma once

#include "core/decimal.h"
#include "core/enums.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace einvoice {

// Reads the cell values of a batch file the way spreadsheets write them.
namespace batchvalues {

// "05/01/2026", "5/1/2026", "2026-01-05", each optionally followed by " HH:mm" or " HH:mm:ss".
// A date without a time gets 00:00:00.
std::optional<QDateTime> parseDate(const QString &text);
// "1500000", "1.500.000", "1,500,000", "2,5", "2.5", "1 500 000": several equal separators
// group thousands; one separator followed by exactly three digits groups thousands too, otherwise
// it is the decimal point; with both kinds, the last one is the decimal point.
std::optional<Decimal> parseNumber(const QString &text);
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
