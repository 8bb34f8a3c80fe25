#include "invoicelistcommand.h"

#include "api/sepayclient.h"
#include "cliformat.h"
#include "clioutput.h"

namespace einvoice {

QString InvoiceListCommand::checkArguments()
{
    if (const QString error = expectArguments(0); !error.isEmpty())
        return error;
    if (!options().source.isEmpty()) {
        const auto source = invoiceSourceFromWire(options().source);
        if (!source || *source == InvoiceSource::Unknown)
            return tr("--source must be api or manual.");
        m_query.source = *source;
    }
    if (options().perPage && *options().perPage > 100)
        return tr("--per-page must be at most 100.");
    m_query.page = options().page.value_or(1);
    m_query.perPage = options().perPage.value_or(options().all ? 100 : 10);
    return QString();
}

void InvoiceListCommand::run()
{
    fetch(m_query.page);
}

void InvoiceListCommand::fetch(int page)
{
    InvoiceListQuery query = m_query;
    query.page = page;
    auto *job = client()->listInvoices(query);
    connect(job, &ApiJob::finished, this, [this, job] { onPage(job); });
}

void InvoiceListCommand::onPage(InvoiceListJob *job)
{
    if (!job->succeeded())
        return fail(job->error());
    m_invoices.append(job->invoices());
    const QJsonObject data = job->rawData().toObject();
    for (const QJsonValue &item : data.value(QLatin1String("items")).toArray())
        m_rawItems.append(item);
    m_lastPaging = data.value(QLatin1String("paging")).toObject();
    m_paging = job->paging();
    const bool more = m_paging.hasMore && !job->invoices().isEmpty();
    if (options().all && more)
        return fetch(m_paging.currentPage + 1);
    print();
}

void InvoiceListCommand::print()
{
    if (out().isJson()) {
        QJsonObject doc {{QStringLiteral("items"), m_rawItems}};
        if (options().all)
            doc.insert(QStringLiteral("total"), m_rawItems.size());
        else
            doc.insert(QStringLiteral("paging"), m_lastPaging);
        out().document(doc);
        return done(ExitCode::Ok);
    }
    QList<QStringList> rows;
    for (const InvoiceSummary &invoice : std::as_const(m_invoices))
        rows.append(cliformat::summaryRow(invoice));
    out().table(cliformat::summaryHeaders(), rows);
    if (options().all)
        out().line(tr("%n invoice(s)", nullptr, int(m_invoices.size())));
    else
        out().line(tr("Page %1 of %2, %3 invoice(s) in all")
                       .arg(m_paging.currentPage)
                       .arg(m_paging.pageCount)
                       .arg(m_paging.total));
    done(ExitCode::Ok);
}

} // namespace einvoice
