#pragma once

#include "api/invoicelistjob.h"
#include "clicommand.h"

#include <QJsonArray>

namespace einvoice {

// invoice list [--all] [--page N] [--per-page N] [--source api|manual] [--format table|json|csv|xlsx]
// [-o PATH]
// With --all it walks every page from --page on and prints them as one list; without it an export
// of one page of several says so on standard error.
class InvoiceListCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString checkArguments() override;
    void run() override;

private:
    void fetch(int page);
    void onPage(InvoiceListJob *job);
    void print();
    void exportTable();
    void noteOtherPages();

    InvoiceListQuery m_query;
    QList<InvoiceSummary> m_invoices;
    QJsonArray m_rawItems;
    QJsonObject m_lastPaging;
    Paging m_paging;
};

} // namespace einvoice
