#pragma once

#include "cataloguecolumns.h"
#include "store/catalogueentry.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace einvoice {

struct CsvRecord;

// Reads one row of a catalogue table into a customer or a product, or says which field keeps it
// from being imported. Numbers stored as numbers in a workbook are read as they are; typed into
// text (CSV) they are read with the decimal separator their column shows, never guessed (as the
// batch import reads them). A tax code stored as text in a workbook is kept exactly; in a CSV
// file or stored as a number it gets back the leading zero Excel dropped.
class CatalogueRowReader
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::CatalogueRowReader)

public:
    struct Rejection
    {
        CatalogueField field;
        QString problem; // translated
    };

    // `rows`: the table's data rows, from which the price column's convention is learnt.
    CatalogueRowReader(const CatalogueHeader &header, const QList<CsvRecord> &rows);

    std::optional<Rejection> readCustomer(const CsvRecord &record, Customer &customer) const;
    std::optional<Rejection> readProduct(const CsvRecord &record, Product &product) const;

private:
    QString value(const CsvRecord &record, CatalogueField field) const;
    bool isText(const CsvRecord &record, CatalogueField field) const;
    std::optional<Rejection> readPrice(const CsvRecord &record, Product &product) const;
    void readUse(const CsvRecord &record, int &useCount, QDateTime &lastUsedAt) const;

    CatalogueHeader m_header;
    QChar m_priceSeparator; // null: the column shows none, or both
};

} // namespace einvoice
