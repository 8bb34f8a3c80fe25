// The background detail fill in the whole desktop app (issue 17): over the embedded Demo server,
// the series of invoices nobody opened fills in the list and the CSV export (issue 16 item 9),
// the status bar says how far it is and shows nothing once it is done, and the rate setting
// reaches the running fill.
#include "api/issueinvoiceoperation.h"
#include "api/sepayclient.h"
#include "desktoptestsupport.h"
#include "invoices/csvexporter.h"
#include "invoices/invoicedetailfill.h"
#include "invoices/invoicelistmodel.h"
#include "invoices/invoicesyncengine.h"
#include "session/connection.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "ui/invoices/invoicespage.h"
#include "ui/shell/desktopapp.h"
#include "ui/shell/desktopnotifier.h"
#include "ui/shell/pagecomposer.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

using namespace einvoice;
using namespace einvoice::test;

namespace {

constexpr int netTimeoutMs = 20000;

int rowsWithoutSeries(const InvoiceListModel &model)
{
    int missing = 0;
    for (int i = 0; i < model.rowCount(); ++i)
        missing += model.invoiceAt(i)->invoiceSeries.isEmpty() ? 1 : 0;
    return missing;
}

// POSTs a JSON body to one of the Demo server's admin routes; true on 200.
bool postAdmin(const QUrl &base, const QString &path, const QByteArray &json)
{
    QUrl url = base;
    url.setPath(path);
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(nam.post(request, json));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    return (reply->isFinished() || done.wait(netTimeoutMs))
        && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
}

} // namespace

class TestDetailFillDesktop : public DesktopTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<DesktopNotifier::Notification>(); }
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

        const QString csv = QString::fromUtf8(CsvExporter::toCsv(*invoices->model()));
        QVERIFY(!csv.contains(QStringLiteral("not known until")));
        const CachedInvoiceRow first = *invoices->model()->invoiceAt(0);
        const QStringList lines = csv.split(QStringLiteral("\r\n")).filter(first.referenceCode);
        QVERIFY(!lines.isEmpty());
        const QString &line = lines.first();
        QVERIFY2(line.startsWith(first.referenceCode + QLatin1Char(',')), qPrintable(line));
        QCOMPARE(line.section(QLatin1Char(','), 2, 2), first.invoiceSeries);
    }

    // Sandbox transition -> detail fill -> ProviderStatusNotifier -> DesktopNotifier, once.
    void providerStatusChange_notifiesOnce()
    {
        m_qsettings->setValue(QStringLiteral("invoices/detailFillRate"), 20);
        startDesktop(desktopOptions(m_dir.filePath(QStringLiteral("local/einvoice.sqlite"))));
        InvoiceDetailFill *fill = m_app->session()->detailFill();
        auto *invoices = qobject_cast<InvoicesPage *>(window()->pageWidget(Page::Invoices));
        QVERIFY(fill && invoices);
        window()->setCurrentPage(Page::Invoices);
        QTRY_VERIFY_WITH_TIMEOUT(invoices->model()->rowCount() > 0, netTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(rowsWithoutSeries(*invoices->model()), 0, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!fill->isRunning() && !invoices->syncEngine()->isRunning(), netTimeoutMs);

        QString draft;
        for (int i = 0; i < invoices->model()->rowCount() && draft.isEmpty(); ++i) {
            if (invoices->model()->invoiceAt(i)->status == InvoiceStatus::Draft)
                draft = invoices->model()->invoiceAt(i)->referenceCode;
        }
        QVERIFY(!draft.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_app->connection()->state(), ConnectionState::Connected, netTimeoutMs);
        SepayClient *client = m_app->connection()->client();
        QVERIFY(client);
        const QUrl base = client->environment().baseUrl();
        // The tax authority keeps it waiting ("3") for an hour after it is issued.
        QVERIFY(postAdmin(base, QStringLiteral("/_sandbox/settings"),
            R"({"provider_status_delay_ms":3600000,"provider_status_outcome":"signing_error"})"));
        IssueInvoiceOperation *issue = client->issueInvoice(draft, true);
        QSignalSpy issued(issue, &InvoiceOperation::finished);
        QVERIFY(issued.wait(netTimeoutMs));
        QVERIFY(issue->succeeded());

        QSignalSpy notified(m_app->notifier(), &DesktopNotifier::notified);
        const auto refreshAndFill = [&] {
            QSignalSpy synced(invoices->syncEngine(), &InvoiceSyncEngine::finished);
            QTRY_VERIFY_WITH_TIMEOUT(!invoices->syncEngine()->isRunning(), netTimeoutMs);
            QVERIFY(invoices->refresh());
            QTRY_VERIFY_WITH_TIMEOUT(synced.size() == 1, netTimeoutMs);
            QTRY_VERIFY_WITH_TIMEOUT(!fill->isRunning(), netTimeoutMs);
        };
        const auto providerStatus = [&] {
            const std::optional<CachedInvoiceRow> invoice = invoices->model()->invoice(draft);
            return invoice ? invoice->providerStatus : QString();
        };
        refreshAndFill();
        QCOMPARE(providerStatus(), QStringLiteral("3"));
        QCOMPARE(notified.size(), 0); // a first reading of a wait is no news

        QVERIFY(postAdmin(base, QStringLiteral("/_sandbox/invoices/") + draft, R"({"provider_status":"2"})"));
        refreshAndFill();
        QCOMPARE(providerStatus(), QStringLiteral("2"));
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, netTimeoutMs);
        const auto notification = notified.first().at(0).value<DesktopNotifier::Notification>();
        QCOMPARE(notification.kind, DesktopNotifier::Kind::TaxAuthorityProblem);

        refreshAndFill(); // read again, unchanged: no second notification
        QCOMPARE(providerStatus(), QStringLiteral("2"));
        QCOMPARE(notified.size(), 1);
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
