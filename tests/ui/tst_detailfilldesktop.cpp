// The background detail fill in the whole desktop app (issue 17): over the embedded Demo server,
// the series of invoices nobody opened fills in the list and the CSV export (issue 16 item 9),
// the status bar says how far it is and shows nothing once it is done, and the rate setting
// reaches the running fill.
#include "desktoptestsupport.h"
#include "invoices/csvexporter.h"
#include "invoices/invoicedetailfill.h"
#include "invoices/invoicefilterproxy.h"
#include "invoices/invoicelistmodel.h"
#include "invoices/invoicesyncengine.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "ui/invoices/invoicespage.h"
#include "ui/shell/pagecomposer.h"

#include <QLabel>
#include <QSignalSpy>

using namespace einvoice;
using namespace einvoice::test;

namespace {

constexpr int netTimeoutMs = 20000;

int rowsWithoutSeries(const InvoiceListModel &model)
{
    int missing = 0;
    for (int i = 0; i < model.rowCount(); ++i)
        missing += model.invoiceAt(i).invoiceSeries.isEmpty() ? 1 : 0;
    return missing;
}

} // namespace

class TestDetailFillDesktop : public DesktopTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { resetDesktop(); }
    void cleanup() { stopDesktop(); }

    void demoInvoices_getTheirSeriesInTheListAndTheExport()
    {
        m_qsettings->setValue(QStringLiteral("invoices/detailFillRate"), 20);
        startDesktop(desktopOptions(m_dir.filePath(QStringLiteral("local/einvoice.sqlite"))));
        InvoiceDetailFill *fill = m_app->session()->detailFill();
        QVERIFY(fill);
        QCOMPARE(fill->rate(), 20);
        auto *invoices = qobject_cast<InvoicesPage *>(window()->pageWidget(Page::Invoices));
        QVERIFY(invoices);
        window()->setCurrentPage(Page::Invoices);
        auto *label = window()->findChild<QLabel *>(QStringLiteral("detailFillLabel"));
        QVERIFY(label);
        // The first pass starts after the page's first refresh has brought the Demo's invoices.
        QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), netTimeoutMs);
        QVERIFY2(label->text().startsWith(QStringLiteral("Fetching invoice details: ")),
            qPrintable(label->text()));
        QVERIFY(rowsWithoutSeries(*invoices->model()) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(rowsWithoutSeries(*invoices->model()), 0, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!fill->isRunning(), netTimeoutMs);
        QVERIFY(!label->isVisible()); // nothing to say once done
        QVERIFY(invoices->model()->rowCount() >= 100);

        const QString csv = QString::fromUtf8(CsvExporter::toCsv(*invoices->proxy()));
        QVERIFY(!csv.contains(QStringLiteral("not known until")));
        const CachedInvoiceRow &first = invoices->model()->invoiceAt(0);
        const QStringList lines = csv.split(QStringLiteral("\r\n")).filter(first.referenceCode);
        QVERIFY(!lines.isEmpty());
        const QString &line = lines.first();
        QVERIFY2(line.startsWith(first.referenceCode + QLatin1Char(',')), qPrintable(line));
        QCOMPARE(line.section(QLatin1Char(','), 2, 2), first.invoiceSeries);
    }

    void rateSetting_reachesTheRunningFill()
    {
        startDesktop(desktopOptions(m_dir.filePath(QStringLiteral("local/einvoice.sqlite"))));
        InvoiceDetailFill *fill = m_app->session()->detailFill();
        QVERIFY(fill);
        QCOMPARE(fill->rate(), InvoiceDetailFill::DefaultRate);
        m_app->session()->settings()->setDetailFillRate(7);
        QCOMPARE(fill->rate(), 7);
        m_app->session()->settings()->setDetailFillRate(1000);
        QCOMPARE(fill->rate(), 20); // the setting's bound
    }
};

QTEST_MAIN(TestDetailFillDesktop)
#include "tst_detailfilldesktop.moc"
