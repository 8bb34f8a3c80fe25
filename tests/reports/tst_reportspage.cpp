// The Reports page (issue 19) in the whole desktop app, keyboard only: Ctrl+6, last month by VAT
// rate over a seeded store (the Sandbox environment without credentials, so nothing else writes to
// it), the figures against SalesReportQuery on the same file, the .xlsx read back by openpyxl, the
// CSV parsed back, and the printout read back by QPdfDocument.
#include "../sandbox/pdftext.h"
#include "../spreadsheet/openpyxlview.h"
#include "../ui/desktoptestsupport.h"
#include "core/clock.h"
#include "core/vietnamtime.h"
#include "i18n/uinumbers.h"
#include "reports/reporttables.h"
#include "reports/salesreportquery.h"
#include "reportseed.h"
#include "session/connection.h"
#include "store/filecachepaths.h"
#include "store/localstore.h"
#include "ui/reports/exporttablemodel.h"
#include "ui/reports/reportspage.h"
#include "ui/shell/page.h"

#include <QBarSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>

using namespace einvoice;
using namespace einvoice::test;

namespace {

const QString sandboxKey = QStringLiteral("sandbox");

// The head of an invoice XML as a provider signs it (QĐ 1450: HDon/DLHDon/NDHDon/NBan, NMua).
const QByteArray downloadedXml
    = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><HDon><DLHDon><NDHDon>"
                     "<NBan><Ten>Công ty TNHH Hạt Điều Bình Phước</Ten><MST>3801234566</MST>"
                     "<DChi>Ấp 3, Đồng Xoài, Bình Phước</DChi></NBan>"
                     "<NMua><Ten>Khách lẻ</Ten><MST>0312345678</MST><DChi>Hà Nội</DChi></NMua>"
                     "</NDHDon></DLHDon></HDon>")
          .toUtf8();

// 10 December 2026 in Vietnam: last month is November, the seeded month.
const ManualClock decemberClock(QDateTime(QDate(2026, 12, 10), QTime(3, 0), Qt::UTC));

int rowOf(const ExportTableModel &model, const QString &currency, const QString &rate)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.text(row, 0) == currency && model.text(row, 1) == rate)
            return row;
    return -1;
}

} // namespace

class TestReportsPage : public DesktopTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { resetDesktop(); }
    void cleanup() { stopDesktop(); }
    void ctrl6_lastMonthByRate_showsTheQuerysFigures();
    void exports_xlsxAndCsvReadBack();
    void print_headerPeriodAndPageNumbers();
    void monthByMonth_tableAndChart();
    void demo_fetchNow_completesLastMonth();

private:
    void startSeeded();
    ReportsPage *openReports();
    ReportsPage *openByRate();
    QList<CurrencyRates> expectedRates() const;
    QString m_file;
    ReportPeriod m_november = ReportPeriod::month(2026, 11);
};

void TestReportsPage::startSeeded()
{
    m_file = m_dir.filePath(QStringLiteral("local/einvoice.sqlite"));
    QFile::remove(m_file);
    {
        LocalStore store;
        QVERIFY(store.open(m_file).ok());
        reportseed::write(store, sandboxKey, reportseed::november() + reportseed::waiting());
    }
    m_qsettings->setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    m_qsettings->setValue(QStringLiteral("connection/environment"), sandboxKey);
    DesktopApp::Options options = desktopOptions(m_file);
    options.clock = &decemberClock;
    startDesktop(options);
}

QList<CurrencyRates> TestReportsPage::expectedRates() const
{
    Database database;
    if (!database.open(m_file).ok())
        return {};
    const auto rates = SalesReportQuery(database, sandboxKey).byRate(m_november);
    return rates ? rates.value() : QList<CurrencyRates>();
}

ReportsPage *TestReportsPage::openReports()
{
    QTest::keyClick(window(), Qt::Key_6, Qt::ControlModifier);
    auto *page = qobject_cast<ReportsPage *>(window()->pageWidget(Page::Reports));
    if (!page || window()->currentPage() != Page::Reports)
        return nullptr;
    // Month is the period's first choice and "Sales by VAT rate" the report's: chosen by keyboard.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
    QTest::keyClick(window(), Qt::Key_R, Qt::AltModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
    return page;
}

ReportsPage *TestReportsPage::openByRate()
{
    ReportsPage *page = openReports();
    if (!page
        || !QTest::qWaitFor([page] { return !page->isComputing() && page->model()->rowCount() > 0; }, 10000))
        return nullptr;
    return page;
}

void TestReportsPage::ctrl6_lastMonthByRate_showsTheQuerysFigures()
{
    startSeeded();
    ReportsPage *page = openByRate();
    QVERIFY(page);
    QCOMPARE(page->report().period, m_november);
    QCOMPARE(page->report().kind, ReportKind::ByRate);
    const QList<CurrencyRates> expected = expectedRates();
    QVERIFY(expected.size() >= 2); // VND and USD, never added together
    int rows = 0;
    for (const CurrencyRates &currency : expected) {
        for (const RateRow &rate : currency.rows) {
            const int row = rowOf(*page->model(), currency.currency, ReportTables::rateText(rate.rate));
            QVERIFY2(row >= 0, qPrintable(currency.currency + QString::number(rate.rate)));
            QCOMPARE(page->model()->text(row, 2), UiNumbers::locale().toString(rate.invoices));
            QCOMPARE(page->model()->text(row, 3), UiNumbers::money(rate.money.beforeTax));
            QCOMPARE(page->model()->text(row, 4), UiNumbers::money(rate.money.vat));
            QCOMPARE(page->model()->text(row, 5), UiNumbers::money(rate.money.total));
            ++rows;
        }
    }
    QVERIFY(rows >= 6);
    QVERIFY(page->model()->text(0, 3).contains(QLatin1Char(',')) || page->model()->text(0, 3).size() < 4);

    Database database;
    QVERIFY(database.open(m_file).ok());
    const Completeness done = SalesReportQuery(database, sandboxKey).completeness(m_november).value();
    QVERIFY(!done.complete());
    auto *line = page->findChild<QLabel *>(QStringLiteral("completenessLabel"));
    QVERIFY2(line->text().contains(QStringLiteral("%1 of %2 invoice").arg(done.ready()).arg(done.invoices)),
        qPrintable(line->text()));
    QVERIFY(line->text().contains(QStringLiteral("%1 waiting").arg(done.waitingDetail + done.waitingXml)));
    auto *currencies = page->findChild<QLabel *>(QStringLiteral("currencyLabel"));
    QVERIFY2(currencies->text().contains(QStringLiteral("USD")), qPrintable(currencies->text()));
    QVERIFY(currencies->text().contains(QStringLiteral("counted as VND")));
    auto *vat = page->findChild<QWidget *>(QStringLiteral("vatReturnTable"));
    QVERIFY(vat);
}

void TestReportsPage::exports_xlsxAndCsvReadBack()
{
    startSeeded();
    ReportsPage *page = openByRate();
    QVERIFY(page);
    const QList<CurrencyRates> expected = expectedRates();
    const RateRow &first = expected.constFirst().rows.constFirst();

    // No seller set: the one of an invoice XML downloaded earlier heads the pages, and is kept.
    const FileCachePaths files(m_dir.filePath(QStringLiteral("local/files")));
    QVERIFY(files.ensureDirectory(sandboxKey, FileType::Xml));
    QFile xml(files.filePath(sandboxKey, QStringLiteral("HD-SELLER"), FileType::Xml));
    QVERIFY(xml.open(QIODevice::WriteOnly));
    xml.write(downloadedXml);
    xml.close();

    m_questions.savePath = m_dir.filePath(QStringLiteral("by-rate.xlsx"));
    QTest::keyClick(window(), Qt::Key_X, Qt::AltModifier);
    QTRY_VERIFY(QFile::exists(m_questions.savePath));
    const QJsonObject book = xlsxtest::openpyxlView(m_questions.savePath);
    const QJsonArray sheets = book.value(QLatin1String("sheets")).toArray();
    QCOMPARE(sheets.size(), 2); // the report and the VAT return's indicators
    const QJsonObject sheet = sheets.first().toObject();
    const QString pageHeader = sheet.value(QLatin1String("header_left")).toString();
    QVERIFY2(pageHeader.contains(QStringLiteral("Công ty TNHH Hạt Điều Bình Phước"))
            && pageHeader.contains(QStringLiteral("3801234566")) && pageHeader.contains(m_november.text()),
        qPrintable(pageHeader));
    QVERIFY2(pageHeader.startsWith(QStringLiteral("SANDBOX: test data – ")), qPrintable(pageHeader));
    // Some of November's invoices still wait for their details: every printed page says so.
    const Completeness done = page->report().completeness;
    QVERIFY(!done.complete());
    QVERIFY2(
        pageHeader.endsWith(QStringLiteral("\nINCOMPLETE: %1 of %2 invoices of the period not fetched yet; "
                                           "figures may change")
                                .arg(done.waitingDetail + done.waitingXml)
                                .arg(done.invoices)),
        qPrintable(pageHeader));
    QVERIFY(sheet.value(QLatin1String("header_right")).toString().contains(QStringLiteral("&P")));
    QCOMPARE(m_qsettings->value(QStringLiteral("seller/sandbox/taxCode")).toString(),
        QStringLiteral("3801234566"));
    QCOMPARE(xlsxtest::valueOf(sheet, "A2").toString(), expected.constFirst().currency);
    QCOMPARE(xlsxtest::valueOf(sheet, "B2").toString(), ReportTables::rateText(first.rate));
    QCOMPARE(qint64(xlsxtest::valueOf(sheet, "D2").toDouble()), first.money.beforeTax.toRoundedInteger());
    QCOMPARE(qint64(xlsxtest::valueOf(sheet, "E2").toDouble()), first.money.vat.toRoundedInteger());

    // A CSV file cannot carry the note: said before it is written, and nothing written on Cancel.
    m_questions.savePath = m_dir.filePath(QStringLiteral("by-rate"));
    const qsizetype asked = m_questions.asked.size();
    m_questions.answer = false;
    QTest::keyClick(window(), Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(m_questions.asked.size(), asked + 1);
    QVERIFY2(m_questions.asked.last().text.startsWith(QStringLiteral("INCOMPLETE: ")),
        qPrintable(m_questions.asked.last().text));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("by-rate.csv"))));
    m_questions.answer = true;
    QTest::keyClick(window(), Qt::Key_C, Qt::AltModifier);
    QFile csv(m_dir.filePath(QStringLiteral("by-rate.csv")));
    QTRY_VERIFY(csv.exists());
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines
        = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), page->model()->rowCount() + 1);
    const QStringList cells = lines.at(1).split(QLatin1Char(','));
    QCOMPARE(cells.at(0), expected.constFirst().currency);
    QCOMPARE(cells.at(3), first.money.beforeTax.toString());
    QCOMPARE(cells.at(5), first.money.total.toString());
}

void TestReportsPage::print_headerPeriodAndPageNumbers()
{
    m_qsettings->setValue(QStringLiteral("seller/sandbox/name"), QStringLiteral("Công ty Cổ phần Ánh Dương"));
    m_qsettings->setValue(QStringLiteral("seller/sandbox/taxCode"), QStringLiteral("0312345678"));
    m_qsettings->setValue(QStringLiteral("seller/sandbox/address"), QStringLiteral("12 Nguyễn Huệ, Quận 1"));
    startSeeded();
    ReportsPage *page = openByRate();
    QVERIFY(page);
    m_questions.printFile = m_dir.filePath(QStringLiteral("report.pdf"));
    QTest::keyClick(window(), Qt::Key_P, Qt::AltModifier);
    QTRY_COMPARE(m_questions.previews, 1); // a mnemonic clicks the button after a moment
    QFile pdf(m_questions.printFile);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    const QString text = pdfText(bytes);
    QVERIFY2(text.contains(m_november.text()), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Sales by VAT rate")));
    // The seller as the settings hold it, read back by poppler's pdftotext (an independent reader).
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {m_questions.printFile, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000) && pdftotext.exitCode() == 0);
    const QString poppler = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(poppler.contains(QStringLiteral("Công ty Cổ phần Ánh Dương")), qPrintable(poppler));
    QVERIFY(poppler.contains(QStringLiteral("Tax code 0312345678 – 12 Nguyễn Huệ, Quận 1")));
    // Sandbox figures under the company's name: the paper says they are test data.
    QVERIFY2(poppler.contains(QStringLiteral("SANDBOX: test data")), qPrintable(poppler));
    // Some of November's invoices still wait for their details: the paper says so.
    const Completeness done = page->report().completeness;
    QVERIFY(!done.complete());
    QVERIFY2(poppler.simplified().contains(
                 // "figures" comes out of poppler as a ligature: the sentence up to it
                 QStringLiteral("INCOMPLETE: %1 of %2 invoices of the period not fetched yet;")
                     .arg(done.waitingDetail + done.waitingXml)
                     .arg(done.invoices)),
        qPrintable(poppler));
    QVERIFY(text.contains(QStringLiteral("Page 1 of ")));
    const QString last = text.section(QStringLiteral("Page 1 of "), 1)
                             .section(QRegularExpression(QStringLiteral("\\D")), 0, 0);
    QVERIFY(last.toInt() >= 1);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    QCOMPARE(document.pageCount(), last.toInt());
}

// Month by month covers the twelve months to last month, as a table and as bars per currency.
void TestReportsPage::monthByMonth_tableAndChart()
{
    startSeeded();
    ReportsPage *page = openByRate();
    QVERIFY(page);
    QTest::keyClick(window(), Qt::Key_R, Qt::AltModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
    QTRY_VERIFY(page->report().kind == ReportKind::ByMonth && !page->isComputing());
    const ReportPeriod twelve = ReportPeriod::twelveMonthsTo(m_november.to);
    QCOMPARE(page->report().period, twelve);
    Database database;
    QVERIFY(database.open(m_file).ok());
    const QList<MonthRow> months = SalesReportQuery(database, sandboxKey).byMonth(twelve).value();
    QVERIFY(months.size() >= 2); // October and November, VND and USD
    QCOMPARE(page->model()->rowCount(), int(months.size()));
    for (int row = 0; row < months.size(); ++row) {
        QCOMPARE(page->model()->text(row, 0), months.at(row).currency);
        QCOMPARE(page->model()->text(row, 3), UiNumbers::money(months.at(row).money.beforeTax));
    }
    auto *chart = page->findChild<QChartView *>();
    QVERIFY(chart);
    QCOMPARE(chart->chart()->series().size(), 1);
    auto *bars = qobject_cast<QBarSeries *>(chart->chart()->series().first());
    QSet<QString> currencies;
    for (const MonthRow &month : months)
        currencies.insert(month.currency);
    QCOMPARE(bars->count(), int(currencies.size()));
}

// The embedded Demo server (with a client): "Fetch now" brings the list, the details and the XML of
// last month (system time), after which the page says the period is complete and shows the same
// figures as SalesReportQuery.
void TestReportsPage::demo_fetchNow_completesLastMonth()
{
    m_file = m_dir.filePath(QStringLiteral("demo-local/einvoice.sqlite"));
    m_qsettings->setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    startDesktop(desktopOptions(m_file));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->connection()->state(), ConnectionState::Connected, 20000);
    ReportsPage *page = openReports();
    QVERIFY(page);
    auto *fetch = page->findChild<QPushButton *>(QStringLiteral("fetchNowButton"));
    QTRY_VERIFY(fetch->isEnabled());
    QSignalSpy fetched(page, &ReportsPage::fetchFinished);
    QTest::keyClick(window(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 1, 60000);
    QVERIFY(fetched.first().first().toBool());
    QTRY_VERIFY(fetch->isEnabled() && !page->isComputing());
    const ReportPeriod period = page->report().period;
    QCOMPARE(period, ReportPeriod::previousMonth(VietnamTime::today(SystemClock::instance())));
    QVERIFY(page->report().completeness.invoices > 0);
    QVERIFY(page->report().completeness.complete());
    Database database;
    QVERIFY(database.open(m_file).ok());
    const auto rates = SalesReportQuery(database, QStringLiteral("demo")).byRate(period);
    QVERIFY(rates && !rates->isEmpty());
    const CurrencyRates &vnd = rates->constFirst();
    const int row = rowOf(*page->model(), vnd.currency, ReportTables::tr("Total"));
    QVERIFY(row >= 0);
    QCOMPARE(page->model()->text(row, 3), UiNumbers::money(vnd.totals.beforeTax));
    QCOMPARE(page->model()->text(row, 5), UiNumbers::money(vnd.totals.total));
    // The Demo's mixed-rate invoices needed their XML: its seller is now the Demo's "your company".
    const QString learned = m_qsettings->value(QStringLiteral("seller/demo/name")).toString();
    QVERIFY2(learned.contains(QStringLiteral("Sandbox")), qPrintable(learned));
}

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
