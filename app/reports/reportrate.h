#pragma once

#include "core/decimal.h"

#include <QList>
#include <QString>

#include <optional>

namespace einvoice {

// A VAT rate as the reports key it: the API's code (-2 KCT, -1 KKKNT, 0, 5, 8, 10); nullopt is a
// sales invoice's line, which has no rate. The store keeps rates as Decimal units.
namespace reportrate {

QList<int> ordered(); // -2, -1, 0, 5, 8, 10: the order of every report
qint64 toUnits(int rate);
std::optional<int> fromUnits(const QVariant &units); // null -> nullopt
// The XML's TSuat ("10%", "8%", "0%", "KCT", "KKKNT"); nullopt for anything else ("KHAC:3.5%").
std::optional<int> fromXml(const QString &text);
QString label(int rate); // "10%", "KCT", "KKKNT" as printed on invoices and the return

} // namespace reportrate
} // namespace einvoice
