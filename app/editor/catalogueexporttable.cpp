#include "catalogueexporttable.h"

namespace einvoice {

namespace {

using Kind = XlsxColumn::Kind;

XlsxColumn column(const QString &header, Kind kind = Kind::Text)
{
    XlsxColumn result;
    result.header = header;
    result.kind = kind;
    return result;
}

} // namespace

ExportTable CatalogueExportTable::customers(const QList<Customer> &customers)
{
    ExportTable table;
    table.sheetName = tr("Customers");
    table.columns = {column(tr("Name")), column(tr("Legal name")), column(tr("Tax code"), Kind::Code),
        column(tr("Address")), column(tr("Email")), column(tr("Phone"), Kind::Code),
        column(tr("Times used"), Kind::Number), column(tr("Last used"), Kind::DateTime)};
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
    table.columns = {column(tr("Code"), Kind::Code), column(tr("Name")), column(tr("Unit")),
        column(tr("Unit price"), Kind::Number), column(tr("Tax rate")),
        column(tr("Times used"), Kind::Number), column(tr("Last used"), Kind::DateTime)};
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
