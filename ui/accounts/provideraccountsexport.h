#pragma once

#include "spreadsheet/exporttable.h"

#include <QCoreApplication>

namespace einvoice {

class ProviderAccountsModel;
class TemplatesModel;

// The provider accounts table as the page shows it, and the templates of every account whose
// detail the page has loaded (account, code, series, label), as typed tables for "Export to
// Excel…". The headers are the models' own words.
class ProviderAccountsExport
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::ProviderAccountsExport)

public:
    static QList<ExportTable> tables(const ProviderAccountsModel &accounts, const TemplatesModel &templates);

private:
    static ExportTable accountsTable(const ProviderAccountsModel &accounts);
    static ExportTable templatesTable(const ProviderAccountsModel &accounts, const TemplatesModel &templates);
};

} // namespace einvoice
