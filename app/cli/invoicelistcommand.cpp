#include "invoicelistcommand.h"

#include "api/sepayclient.h"
#include "cliformat.h"
#include "clioutput.h"
#include "invoicelisttable.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

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
    const QString format = options().format;
    if (!format.isEmpty()
        && !QStringList {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv"),
            QStringLiteral("xlsx")}
                .contains(format))
        return tr("--format must be table, json, csv or xlsx, not \"%1\".").arg(format);
    if (format == QLatin1String("xlsx") && options().output.isEmpty())
        return tr("--format xlsx needs -o PATH: a workbook is not written to the terminal.");
    if (!options().output.isEmpty() && format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        return tr("-o PATH goes with --format csv or --format xlsx.");
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

// --format csv|xlsx: the listed invoices to a file (or CSV to standard output).
void InvoiceListCommand::exportTable()
{
    const ExportTable table = InvoiceListTable::of(m_invoices);
    const QString path = options().output;
    QString error;
    if (options().format == QLatin1String("xlsx")) {
        SpreadsheetError why;
        if (!ExportTableWriter::writeXlsx({table}, path, &why))
            error = why.message();
    } else if (path.isEmpty()) { // CSV for a pipe: no byte order mark
        const QByteArray csv = ExportTableWriter::csv(table).mid(3);
        std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
        std::fflush(stdout);
        noteOtherPages();
        return done(ExitCode::Ok);
    } else {
        QSaveFile file(path);
        const QByteArray csv = ExportTableWriter::csv(table);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
            error = tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    if (!error.isEmpty()) {
        out().error(QStringLiteral("io"), error);
        return done(ExitCode::Failure);
    }
    noteOtherPages();
    if (out().isJson())
        out().document(QJsonObject {{QStringLiteral("path"), QFileInfo(path).absoluteFilePath()},
            {QStringLiteral("count"), m_invoices.size()}});
    else
        out().line(tr("Saved %n invoice(s) to %1.", nullptr, int(m_invoices.size())).arg(path));
    done(ExitCode::Ok);
}

// Without --all an export holds one page only (the fixed interface's default): say so when the
// list has more, or the file would pass for the whole list.
void InvoiceListCommand::noteOtherPages()
{
    if (options().all || m_paging.total <= m_invoices.size())
        return;
    // The list has two invoices at least here, so "invoices" needs no plural form.
    out().note(tr("Wrote page %1 of %2 (%3 of %4 invoices); add --all for every invoice.")
                   .arg(QString::number(m_paging.currentPage), QString::number(m_paging.pageCount),
                       QString::number(m_invoices.size()), QString::number(m_paging.total)));
}

void InvoiceListCommand::print()
{
    if (options().format == QLatin1String("csv") || options().format == QLatin1String("xlsx"))
        return exportTable();
    if (out().isJson() || options().format == QLatin1String("json")) {
        QJsonObject doc {{QStringLiteral("items"), m_rawItems}};
        if (options().all)
            doc.insert(QStringLiteral("total"), m_rawItems.size());
        else
            doc.insert(QStringLiteral("paging"), m_lastPaging);
        if (out().isJson())
            out().document(doc);
        else
            out().line(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact)));
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
