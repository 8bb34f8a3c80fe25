#pragma once

#include "reportfigures.h"
#include "spreadsheet/exporttable.h"
#include "vatreturnform.h"

#include <QCoreApplication>

namespace einvoice {

// The reports as tables for the screen, .xlsx and CSV: headers in the UI language (Vietnamese by
// default), amounts as exact numbers, dates as dates, and in the listing a subtotal row after each
// rate and currency. A currency column wherever rows of several currencies may meet.
class ReportTables
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::ReportTables)

public:
    static ExportTable byRate(const QList<CurrencyRates> &currencies);
    static ExportTable listing(const QList<ListingRow> &rows);
    static ExportTable byBuyer(const QList<BuyerRow> &rows);
    static ExportTable byItem(const QList<ItemRow> &rows);
    static ExportTable byMonth(const QList<MonthRow> &rows);
    static ExportTable vatReturn(const QList<VatReturnLine> &lines);

    // "10%", "KCT" (Không chịu thuế), ..., or the sales invoices' word.
    static QString rateText(const std::optional<int> &rate);
};

} // namespace einvoice
