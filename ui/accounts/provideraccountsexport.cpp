#include "provideraccountsexport.h"

#include "accounts/provideraccountsmodel.h"
#include "accounts/templatesmodel.h"
#include "core/providernames.h"

namespace einvoice {

namespace {

QString header(const QAbstractItemModel &model, int column)
{
    return model.headerData(column, Qt::Horizontal).toString();
}

} // namespace

QList<ExportTable> ProviderAccountsExport::tables(
    const ProviderAccountsModel &accounts, const TemplatesModel &templates)
{
    return {accountsTable(accounts), templatesTable(accounts, templates)};
}

ExportTable ProviderAccountsExport::accountsTable(const ProviderAccountsModel &accounts)
{
    using Kind = XlsxColumn::Kind;
    using Column = ProviderAccountsModel::Column;
    ExportTable table;
    table.sheetName = tr("Provider accounts");
    table.columns = {XlsxColumn::of(header(accounts, Column::ProviderColumn)),
        XlsxColumn::of(header(accounts, Column::StatusColumn)),
        XlsxColumn::of(header(accounts, Column::ApprovedDateColumn), Kind::Date),
        XlsxColumn::of(tr("Account ID"), Kind::Code), XlsxColumn::of(tr("Templates"), Kind::Number)};
    for (int row = 0; row < accounts.rowCount(); ++row) {
        const ProviderAccount &account = accounts.account(row);
        const SpreadsheetValue approved = account.taxAuthorityApprovedDate
            ? SpreadsheetValue(*account.taxAuthorityApprovedDate)
            : SpreadsheetValue();
        const SpreadsheetValue templateCount = accounts.hasTemplates(row)
            ? SpreadsheetValue(qint64(account.templates.size()))
            : SpreadsheetValue();
        table.append({providerDisplayName(account.provider),
            accounts.index(row, Column::StatusColumn).data().toString(), approved, account.id,
            templateCount});
    }
    return table;
}

ExportTable ProviderAccountsExport::templatesTable(
    const ProviderAccountsModel &accounts, const TemplatesModel &templates)
{
    using Kind = XlsxColumn::Kind;
    using Column = TemplatesModel::Column;
    ExportTable table;
    table.sheetName = tr("Templates");
    table.columns = {XlsxColumn::of(header(accounts, ProviderAccountsModel::ProviderColumn)),
        XlsxColumn::of(tr("Account ID"), Kind::Code),
        XlsxColumn::of(header(templates, Column::TemplateCodeColumn), Kind::Code),
        XlsxColumn::of(header(templates, Column::SeriesColumn), Kind::Code),
        XlsxColumn::of(header(templates, Column::LabelColumn))};
    for (int row = 0; row < accounts.rowCount(); ++row) {
        const ProviderAccount &account = accounts.account(row);
        for (const InvoiceTemplate &invoiceTemplate : account.templates)
            table.append({providerDisplayName(account.provider), account.id, invoiceTemplate.templateCode,
                invoiceTemplate.invoiceSeries, invoiceTemplate.invoiceLabel});
    }
    return table;
}

} // namespace einvoice
