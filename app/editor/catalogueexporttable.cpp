#include "catalogueexporttable.h"

namespace einvoice {

using Kind = XlsxColumn::Kind;

ExportTable CatalogueExportTable::customers(const QList<Customer> &customers)
{
    ExportTable table;
    table.sheetName = tr("Customers");
    table.columns = {XlsxColumn::of(tr("Name")), XlsxColumn::of(tr("Legal name")),
        XlsxColumn::of(tr("Tax code"), Kind::Code), XlsxColumn::of(tr("Address")),
        XlsxColumn::of(tr("Email")), XlsxColumn::of(tr("Phone"), Kind::Code),
        XlsxColumn::of(tr("Times used"), Kind::Number), XlsxColumn::of(tr("Last used"), Kind::DateTime)};
    for (const Customer &customer : customers) {
        const Buyer &buyer = customer.buyer;
        table.append({buyer.name, buyer.legalName, buyer.taxCode, buyer.address, buyer.email, buyer.phone,
            qint64(customer.useCount), customer.lastUsedAt});
    }
    return table;
}

ExportTable CatalogueExportTable::products(const QList<Product> &products)
{
    ExportTable table;
    table.sheetName = tr("Products");
    table.columns
        = {XlsxColumn::of(tr("Code"), Kind::Code), XlsxColumn::of(tr("Name")), XlsxColumn::of(tr("Unit")),
            XlsxColumn::of(tr("Unit price"), Kind::Number), XlsxColumn::of(tr("Tax rate")),
            XlsxColumn::of(tr("Times used"), Kind::Number), XlsxColumn::of(tr("Last used"), Kind::DateTime)};
    for (const Product &product : products) {
        const SpreadsheetValue price
            = product.defaultPrice ? SpreadsheetValue(*product.defaultPrice) : SpreadsheetValue();
        const SpreadsheetValue rate
            = product.defaultTaxRate ? SpreadsheetValue(qint64(*product.defaultTaxRate)) : SpreadsheetValue();
        table.append({product.code, product.name, product.unit, price, rate, qint64(product.useCount),
            product.lastUsedAt});
    }
    table.showAllDecimals(3);
    return table;
}

} // namespace einvoice
