#pragma once

#include "reportfigures.h"
#include "reportperiod.h"
#include "spreadsheet/exporttable.h"

#include <QList>
#include <QString>

#include <optional>

namespace einvoice {

class SalesReportQuery;

// The five month-end reports of issue 19, by the CLI's --by names.
enum class ReportKind { ByRate, Listing, ByBuyer, ByItem, ByMonth };

// One report of a period as the CLI and the Reports page hand it on: its tables (the report's own
// first; by rate adds the VAT return's indicators, VND), how complete the period is, and the
// figures the page shows beside the table. One way to turn a query into tables, for every writer.
struct SalesReport
{
    ReportKind kind = ReportKind::ByRate;
    ReportPeriod period;
    QList<ExportTable> tables;
    Completeness completeness;
    QList<CurrencyRates> rates; // always: the currency groups and the assumed-VND count
    QList<MonthRow> months; // ByMonth only: the chart's figures
    QString error; // translated; not empty when the store could not be read

    static SalesReport compute(const SalesReportQuery &query, ReportKind kind, const ReportPeriod &period);
    static QList<ExportTable> tablesOf(
        const SalesReportQuery &query, ReportKind kind, const ReportPeriod &period);
    static std::optional<ReportKind> kindFromName(const QString &name); // "rate", "invoice", ...
    int assumedVnd() const;
};

} // namespace einvoice
