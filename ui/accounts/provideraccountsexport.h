#pragma once

#include "spreadsheet/exporttable.h"

#include <QCoreApplication>
#include <QHash>

namespace einvoice {

class ProviderAccountsModel;
class TemplatesModel;

// The provider accounts table as the page shows it, and the templates of every account whose
// detail the page has loaded (account, code, series, label), as typed tables for "Export to
// Excel…". The headers are the models' own words. An account whose templates could not be loaded
// has no count and says why in its note (`failures`: account id -> the reason).
class ProviderAccountsExport
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::ProviderAccountsExport)

public:
    static QList<ExportTable> tables(const ProviderAccountsModel &accounts, const TemplatesModel &templates,
        const QHash<QString, QString> &failures = {});

private:
    static ExportTable accountsTable(
        const ProviderAccountsModel &accounts, const QHash<QString, QString> &failures);
    static ExportTable templatesTable(const ProviderAccountsModel &accounts, const TemplatesModel &templates);
};

} // namespace einvoice
