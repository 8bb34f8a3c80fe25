#pragma once

#include "exporttablemodel.h"

#include <QCoreApplication>

class QPrinter;

namespace einvoice {

// A report on paper (or PDF): the seller's name and tax code, the report's title and period at the
// top of every page, the table, and "Page i of n" at the bottom.
class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::ReportPrinter)

public:
    struct Printout
    {
        QString seller; // name and tax code
        QString title;
        QString period;
        const ExportTableModel *table = nullptr;
    };

    // False when the printer could not be opened.
    static bool print(QPrinter *printer, const Printout &printout);
    static QString tableHtml(const ExportTableModel &table);
};

} // namespace einvoice
