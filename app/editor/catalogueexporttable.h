#pragma once

#include "spreadsheet/exporttable.h"
#include "store/catalogueentry.h"

#include <QCoreApplication>

namespace einvoice {

// The catalogue as two typed sheets for "Export to Excel…": customers (tax codes as text, so
// that a leading zero stays) and products (default prices as numbers, the tax rate as SePay's
// code, last use as a date and time).
class CatalogueExportTable
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::CatalogueExportTable)

public:
    static ExportTable customers(const QList<Customer> &customers);
    static ExportTable products(const QList<Product> &products);
};

} // namespace einvoice
