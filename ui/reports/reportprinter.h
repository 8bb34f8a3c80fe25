#pragma once

#include "exporttablemodel.h"

#include <QCoreApplication>

class QPrinter;

namespace einvoice {

// A report on paper (or PDF): the seller (name; tax code and address) and the period at the top of
// every page, the report's title, the table, and "Page i of n" at the bottom.
class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::ReportPrinter)

public:
    struct Printout
    {
        QStringList seller; // its lines: the name, then tax code and address
        QString title;
        QString period;
        QString note; // under the title: e.g. that the period's figures are not complete yet
        const ExportTableModel *table = nullptr;
    };

    // False when the printer could not be opened.
    static bool print(QPrinter *printer, const Printout &printout);
    static QString tableHtml(const ExportTableModel &table);
};

} // namespace einvoice
