#include "reportsalescommand.h"

#include "api/environment.h"
#include "clioutput.h"
#include "clisession.h"
#include "core/clock.h"
#include "reports/reportfetcher.h"
#include "reports/reportjson.h"
#include "reports/reportseller.h"
#include "reports/salesreport.h"
#include "reports/salesreportquery.h"
#include "settings/appsettings.h"
#include "spreadsheet/exporttable.h"
#include "store/localstore.h"

#include <QSaveFile>

#include <cstdio>

namespace einvoice {

namespace {

const QStringList Groupings {QStringLiteral("rate"), QStringLiteral("invoice"), QStringLiteral("buyer"),
    QStringLiteral("item"), QStringLiteral("month")};
const QStringList Formats {
    QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("xlsx")};

template<typename T> T valueOrEmpty(StoreResult<T> result)
{
    return result ? std::move(result).value() : T();
}

} // namespace

QString ReportSalesCommand::checkArguments()
{
    if (options().command() != QLatin1String("report sales"))
        return tr("Unknown report \"%1\": the report is \"report sales\".").arg(options().command());
    if (const QString error = expectArguments(0); !error.isEmpty())
        return error;
    if (options().from.isEmpty() || options().to.isEmpty())
        return tr("report sales needs --from YYYY-MM-DD and --to YYYY-MM-DD.");
    QString error;
    const auto period = ReportPeriod::parse(options().from, options().to, &error);
    if (!period)
        return error;
    m_period = *period;
    m_by = options().by.isEmpty() ? QStringLiteral("rate") : options().by;
    if (!Groupings.contains(m_by))
        return tr("--by must be rate, invoice, buyer, item or month, not \"%1\".").arg(m_by);
    m_format = options().format.isEmpty() ? QStringLiteral("table") : options().format;
    if (!Formats.contains(m_format))
        return tr("--format must be table, csv, json or xlsx, not \"%1\".").arg(m_format);
    if (m_format == QLatin1String("xlsx") && options().output.isEmpty())
        return tr("--format xlsx needs -o PATH: a workbook is not written to the terminal.");
    if (m_format == QLatin1String("table") && !options().output.isEmpty())
        return tr("-o PATH goes with --format csv, json or xlsx.");
    return QString();
}

void ReportSalesCommand::run()
{
    m_store = session().openStore();
    if (!m_store) {
        out().error(QStringLiteral("io"), session().storeError());
        return done(ExitCode::Failure);
    }
    m_environment = session().environment().id().key();
    m_environmentKind = session().environment().id().kind();
    if (options().offline)
        return print();
    static const SystemClock clock;
    auto *fetcher = new ReportFetcher(*m_store, client(), m_environment, clock, this);
    connect(fetcher, &ReportFetcher::finished, this, [this, fetcher](bool ok, const QString &error) {
        for (const QString &warning : fetcher->warnings())
            out().note(warning);
        AppSettings settings; // the desktop's: the seller of an XML fetched here serves both
        ReportSeller::learn(settings, m_environment, fetcher->seller());
        if (!ok) {
            out().error(QStringLiteral("network"), error);
            return done(ExitCode::Failure);
        }
        print();
    });
    fetcher->start(m_period);
}

void ReportSalesCommand::print()
{
    const auto completeness = SalesReportQuery(m_store->database(), m_environment).completeness(m_period);
    if (!completeness) {
        out().error(QStringLiteral("io"), completeness.error().userMessage());
        return done(ExitCode::Failure);
    }
    const bool complete = completeness->complete();
    m_completeness = completeness.value();
    if (m_format == QLatin1String("json") || out().isJson()) {
        if (!writeOutput(json(complete) + '\n'))
            return done(ExitCode::Failure);
    } else if (m_format == QLatin1String("csv")) {
        // To a pipe without the byte order mark, to a file with it (Excel reads UTF-8 by it).
        const QByteArray csv = ExportTableWriter::csv(tables().constFirst());
        if (!writeOutput(options().output.isEmpty() ? csv.mid(3) : csv))
            return done(ExitCode::Failure);
    } else if (m_format == QLatin1String("xlsx")) {
        SpreadsheetError why;
        if (!ExportTableWriter::writeXlsx(tables(), options().output, &why)) {
            out().error(QStringLiteral("io"), why.message());
            return done(ExitCode::Failure);
        }
    } else {
        // The table format is for people: the seller and period head it (no column changes), and
        // figures of a period not fully fetched say so where they are read, not only on stderr.
        QStringList head {ReportSeller::testDataNote(m_environmentKind), sellerLine()};
        head.removeAll(QString());
        if (!head.isEmpty())
            out().line(head.join(QStringLiteral(" – ")) + QStringLiteral(" – ") + m_period.text());
        if (const QString note = ReportSeller::incompleteNote(m_completeness); !note.isEmpty())
            out().line(note);
        printTable(tables().constFirst());
    }
    noteAssumedCurrency();
    if (!complete)
        out().note(tr("Not complete: %1 of %2 invoice(s) of the period are still waiting for their details "
                      "and %3 for their XML; run again without --offline to fetch them.")
                       .arg(completeness->waitingDetail)
                       .arg(completeness->invoices)
                       .arg(completeness->waitingXml));
    done(ExitCode::Ok);
}

// The API's detail has no currency: say how many invoices were counted as VND without knowing.
void ReportSalesCommand::noteAssumedCurrency()
{
    const auto rates = SalesReportQuery(m_store->database(), m_environment).byRate(m_period);
    for (const CurrencyRates &currency : rates ? rates.value() : QList<CurrencyRates>())
        if (currency.assumedVnd > 0)
            out().note(
                tr("%n invoice(s) counted as VND: this computer did not send them, and the server does not "
                   "say their currency.",
                    nullptr, currency.assumedVnd));
}

QByteArray ReportSalesCommand::json(bool complete) const
{
    const SalesReportQuery query(m_store->database(), m_environment);
    if (m_by == QLatin1String("invoice"))
        return reportjson::listing(m_period, complete, valueOrEmpty(query.listing(m_period)));
    if (m_by == QLatin1String("buyer"))
        return reportjson::byBuyer(m_period, complete, valueOrEmpty(query.byBuyer(m_period)));
    if (m_by == QLatin1String("item"))
        return reportjson::byItem(m_period, complete, valueOrEmpty(query.byItem(m_period)));
    if (m_by == QLatin1String("month"))
        return reportjson::byMonth(m_period, complete, valueOrEmpty(query.byMonth(m_period)));
    return reportjson::byRate(m_period, complete, valueOrEmpty(query.byRate(m_period)));
}

// The report's table; --by rate adds the VAT return's indicators (VND) as a second sheet. A
// workbook's pages print the seller and the period at the top, as the desktop's export does.
QList<ExportTable> ReportSalesCommand::tables() const
{
    QList<ExportTable> tables = SalesReport::tablesOf(SalesReportQuery(m_store->database(), m_environment),
        SalesReport::kindFromName(m_by).value_or(ReportKind::ByRate), m_period);
    const QString header
        = ReportSeller::pageHeader(m_environmentKind, m_completeness, m_period.text(), {sellerLine()});
    for (ExportTable &table : tables)
        table.pageHeader = header;
    return tables;
}

// The user's company as the desktop's settings know it (ReportSeller); empty while unknown.
QString ReportSalesCommand::sellerLine() const
{
    AppSettings settings;
    return ReportSeller::headerLine(ReportSeller::known(settings, m_environment, m_store->files()));
}

void ReportSalesCommand::printTable(const ExportTable &table)
{
    QStringList headers;
    for (const XlsxColumn &column : table.columns)
        headers.append(column.header);
    QList<QStringList> rows;
    for (const QList<SpreadsheetValue> &row : table.rows) {
        QStringList cells;
        for (const SpreadsheetValue &value : row)
            cells.append(ExportTableWriter::csvText(value));
        rows.append(cells);
    }
    out().table(headers, rows);
}

bool ReportSalesCommand::writeOutput(const QByteArray &bytes)
{
    if (options().output.isEmpty()) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QSaveFile file(options().output);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    out().error(QStringLiteral("io"), tr("Cannot write %1: %2").arg(options().output, file.errorString()));
    return false;
}

} // namespace einvoice
