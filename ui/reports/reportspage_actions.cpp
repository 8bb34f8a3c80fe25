// The Reports page's actions: fetch what the period lacks, the exports and print.
#include "core/clock.h"
#include "exporttablemodel.h"
#include "reportprinter.h"
#include "reports/reportfetcher.h"
#include "reports/reportseller.h"
#include "reportspage.h"
#include "store/localstore.h"
#include "ui/common/excelexport.h"
#include "ui/common/questions.h"

#include <QComboBox>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>

namespace einvoice {

void ReportsPage::fetchNow()
{
    if (!m_services.client || (m_fetcher && m_fetcher->isRunning()))
        return;
    if (!m_fetcher) {
        m_fetcher = new ReportFetcher(*m_services.store, m_services.client, m_services.environment,
            m_services.clock ? *m_services.clock : SystemClock::instance(), this);
        connect(m_fetcher, &ReportFetcher::progress, this, [this](int done, int total) {
            m_fetchMessage = tr("Fetching: %1 of %2…").arg(done).arg(total);
            showCompleteness();
        });
        connect(m_fetcher, &ReportFetcher::finished, this, [this](bool ok, const QString &error) {
            if (m_services.settings)
                ReportSeller::learn(*m_services.settings, m_services.environment, m_fetcher->seller());
            m_fetchMessage = ok ? QString() : error;
            for (const QString &warning : m_fetcher->warnings())
                m_fetchMessage += QLatin1Char(' ') + warning;
            recompute();
            Q_EMIT fetchFinished(ok);
        });
    }
    m_fetchMessage = tr("Fetching…");
    showCompleteness();
    m_fetcher->start(m_report.period);
    updateButtons();
}

QString ReportsPage::reportTitle() const
{
    return m_kind->currentText();
}

// "bao-cao-2026-11-01-2026-11-30.xlsx": the period in the name, so that months do not overwrite.
QString ReportsPage::suggestedName(const QString &extension) const
{
    // A whole month by its month ("2026-11"), any other period by its first and last day.
    const ReportPeriod &period = m_report.period;
    const bool month = period.from.day() == 1 && period.to == period.from.addMonths(1).addDays(-1);
    const QString when = month ? period.from.toString(QStringLiteral("yyyy-MM"))
                               : period.from.toString(Qt::ISODate) + u'-' + period.to.toString(Qt::ISODate);
    return tr("sales-report-%1.%2").arg(when, extension);
}

// The seller's name, tax code and address (ReportSeller), or the environment's name while none is known.
QStringList ReportsPage::sellerLines() const
{
    const SellerProfile seller = m_services.settings
        ? ReportSeller::known(*m_services.settings, m_services.environment, m_services.store->files())
        : SellerProfile();
    if (seller.isEmpty())
        return {m_services.environmentName};
    QStringList lines {seller.name, ReportSeller::headerLine({QString(), seller.taxCode, seller.address})};
    lines.removeAll(QString());
    return lines;
}

void ReportsPage::exportXlsx()
{
    QList<ExportTable> tables = m_report.tables;
    const QString header = ReportSeller::pageHeader(
        m_services.environmentKind, m_report.completeness, m_report.period.text(), sellerLines());
    for (ExportTable &table : tables)
        table.pageHeader = header;
    ExcelExport::save(
        this, Questions::orDefault(m_services.questions), tables, suggestedName(QStringLiteral("xlsx")));
}

// The report's own table (the VAT return goes to the workbook only), as the CLI writes it to a file.
// A CSV file has no place for the incomplete note the workbook and the printout carry: said first.
void ReportsPage::exportCsv()
{
    Questions &questions = Questions::orDefault(m_services.questions);
    if (const QString note = ReportSeller::incompleteNote(m_report.completeness); !note.isEmpty()
        && !questions.confirm(this,
            {tr("Export CSV"),
                note + QStringLiteral("\n\n")
                    + tr("A CSV file holds the figures only: nothing in it will say that they are "
                         "incomplete."),
                tr("Export anyway")}))
        return;
    QString path = questions.saveFile(
        this, {tr("Export CSV"), suggestedName(QStringLiteral("csv")), tr("CSV files (*.csv)")});
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QLatin1String(".csv");
    const QByteArray csv = ExportTableWriter::csv(m_report.tables.constFirst());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size() && file.commit())
        return;
    questions.warn(this, tr("Export CSV"), tr("Cannot write %1: %2").arg(path, file.errorString()));
}

void ReportsPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(reportTitle());
    ReportPrinter::Printout printout;
    printout.seller = sellerLines();
    if (const QString note = ReportSeller::testDataNote(m_services.environmentKind); !note.isEmpty())
        printout.seller.append(note);
    printout.title = reportTitle();
    printout.period = m_report.period.text();
    printout.note = ReportSeller::incompleteNote(m_report.completeness);
    printout.table = m_model;
    Questions::orDefault(m_services.questions).previewPrint(this, &printer, [&printout](QPrinter *target) {
        ReportPrinter::print(target, printout);
    });
}

} // namespace einvoice
