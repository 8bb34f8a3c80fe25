#pragma once

#include "cataloguecolumns.h"
#include "store/catalogueentry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace einvoice {

struct CsvFile;

// What importing one row of a catalogue file does, for the preview and the result.
struct CatalogueImportRow
{
    enum class Outcome { Added, Updated, Unchanged, Merged, Rejected };

    CatalogueKind kind = CatalogueKind::Customers;
    QString where; // translated: "Customers, row 5" (a workbook) or "Row 5" (a CSV file)
    QString name;
    Outcome outcome = Outcome::Added;
    QString reason; // translated, names the row and the field; empty for Added, Updated, Unchanged
};

// A catalogue file read against the catalogue of one environment, before anything is saved.
// A file that cannot be read as a whole has its problem and nothing to save; otherwise every row
// has its outcome and `customers`/`products` hold what to save (id 0: new).
struct CatalogueImportPlan
{
    QString problem; // translated; set: nothing is imported
    QList<CatalogueImportRow> rows;
    QList<Customer> customers;
    QList<Product> products;

    int count(CatalogueImportRow::Outcome outcome) const;
    bool hasChanges() const { return !customers.isEmpty() || !products.isEmpty(); }
};

// Customers and products from a file: CSV (any encoding and separator the batch import reads, a
// tax code's leading zero lost by Excel restored) or an Excel workbook, told by content, with the
// batch import's size and row limits. A workbook's sheets with a customers or products header
// are read (both sheets of "Export to Excel…"); a CSV file is one table. Entries are matched to
// the catalogue by its key (tax code, item code, or the folded name): a match is updated with the
// row's non-empty fields, rows of the file with the same key are merged, and a row with a problem
// is rejected with a reason naming its row and field.
class CatalogueImport
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::CatalogueImport)

public:
    static CatalogueImportPlan plan(const QString &path, const QString &environment,
        const QList<Customer> &customers, const QList<Product> &products);
    static CatalogueImportPlan plan(const QList<CsvFile> &tables, const QString &environment,
        const QList<Customer> &customers, const QList<Product> &products);
    static QString outcomeText(CatalogueImportRow::Outcome outcome);
    // "3 added, 1 updated, 2 rejected" for the result line.
    static QString summary(const CatalogueImportPlan &plan);
};

} // namespace einvoice
