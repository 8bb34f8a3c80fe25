#pragma once

#include "reportfigures.h"
#include "reportperiod.h"

#include <QByteArray>

namespace einvoice {

// The reports as JSON text for scripts (`report sales --format json`), keys in a fixed order.
// --by rate prints the shape fixed by issue 19 exactly; the other groupings follow it:
// {"from", "to", "by", "complete", "currencies": [{"currency", "rows": [...]}]}. Amounts are exact
// numbers in the invoice currency (integers for VND).
namespace reportjson {

QByteArray byRate(const ReportPeriod &period, bool complete, const QList<CurrencyRates> &currencies);
QByteArray listing(const ReportPeriod &period, bool complete, const QList<ListingRow> &rows);
QByteArray byBuyer(const ReportPeriod &period, bool complete, const QList<BuyerRow> &rows);
QByteArray byItem(const ReportPeriod &period, bool complete, const QList<ItemRow> &rows);
QByteArray byMonth(const ReportPeriod &period, bool complete, const QList<MonthRow> &rows);

} // namespace reportjson
} // namespace einvoice
