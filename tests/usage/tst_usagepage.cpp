// The usage dashboard against the real sandbox server over loopback (issue 8): it fills from
// GET /v1/usage and the local cache, warns under the threshold once per crossing, draws the
// expected points and keeps working offline.

#include "api/invoicelistjob.h"
#include "api/sepayclient.h"
#include "core/clock.h"
#include "core/vietnamtime.h"
#include "sandbox/sandboxserver.h"
#include "settings/appsettings.h"
#include "store/invoicecacherepository.h"
#include "store/localstore.h"
#include "store/usagereadingrepository.h"
#include "ui/usage/usagecharts.h"
#include "ui/usage/usagepage.h"
#include "usage/usagecalculator.h"
#include "usagechartprobe.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <numeric>

using namespace einvoice;
using namespace einvoice::usagetest;

namespace {

const QString testEnvironment = QStringLiteral("sandbox-test");

ClientOptions fastOptions()
{
    ClientOptions options;
    options.transferTimeoutMs = 3000;
    options.retry.baseDelayMs = 10;
    options.retry.maxDelayMs = 50;
    return options;
}

QList<QPointF> quotaPoints(UsagePage &page)
{
    const QList<QAbstractSeries *> series = page.charts()->quotaView()->chart()->series();
    return series.size() == 1 ? static_cast<QLineSeries *>(series.first())->points() : QList<QPointF>();
}

} // namespace

class TestUsagePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dashboard_fillsFromTheSandbox();
    void lowReading_showsTheWarningOncePerCrossing();
    void unreachableServer_showsStoredFiguresAndTheirAge();
    void failedJobs_linkToTheList();
    void threshold_followsTheSettings();

private:
    void setQuota(qint64 remaining);
    void syncCache();
    std::unique_ptr<UsagePage> newPage(int threshold = 20);
    void refreshAndWait(UsagePage &page);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SepayClient> m_client;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<LocalStore> m_store;
    InvoiceCacheRepository *m_cache = nullptr; // the store's
    UsageReadingRepository *m_readings = nullptr;
    QNetworkAccessManager m_nam;
};

void TestUsagePage::initTestCase()
{
    // The machine's zone differs from Vietnam's, so that times shown in it would be caught.
    qputenv("TZ", "UTC0");
    tzset();
}

void TestUsagePage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    SandboxConfig config;
    config.seedInvoices = 60;
    config.initialQuota = 500;
    config.randomSeed = 8;
    m_server = std::make_unique<SandboxServer>(config);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_client = std::make_unique<SepayClient>(Environment::custom(m_server->baseUrl()), fastOptions());
    m_client->setCredentials(Credentials {config.clientId, config.clientSecret});
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    m_store = std::make_unique<LocalStore>();
    LocalStoreOptions options;
    options.clock = m_clock.get();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("app.sqlite")), options).ok());
    m_cache = &m_store->invoices();
    m_readings = &m_store->readings();
}

void TestUsagePage::cleanup()
{
    m_store.reset();
    m_client.reset();
    m_server.reset();
    m_dir.reset();
}

void TestUsagePage::setQuota(qint64 remaining)
{
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/_sandbox/quota"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject body {{QStringLiteral("quota_remaining"), double(remaining)}};
    QNetworkReply *reply = m_nam.post(request, QJsonDocument(body).toJson());
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    reply->deleteLater();
}

// What the invoice list's sync does: every page of GET /v1/invoices into the cache.
void TestUsagePage::syncCache()
{
    for (int page = 1;; ++page) {
        InvoiceListJob *job = m_client->listInvoices(InvoiceListQuery {page, 100, InvoiceSource::Unknown});
        bool done = false;
        bool more = false;
        connect(job, &ApiJob::finished, this, [&, job] {
            QVERIFY2(job->succeeded(), qPrintable(job->error().text()));
            QVERIFY(m_cache->upsertPage(testEnvironment, job->invoices()).ok());
            more = job->paging().hasMore;
            done = true;
        });
        QTRY_VERIFY(done);
        if (!more)
            break;
    }
    QVERIFY(m_cache->setLastSync(testEnvironment, m_clock->nowUtc()).ok());
}

std::unique_ptr<UsagePage> TestUsagePage::newPage(int threshold)
{
    UsagePageServices services;
    services.invoices = m_cache;
    services.readings = m_readings;
    services.clock = m_clock.get();
    services.lowQuotaThreshold = threshold;
    services.refreshIntervalMs = 0;
    auto page = std::make_unique<UsagePage>(services);
    page->resize(1000, 1350);
    page->show();
    return page;
}

void TestUsagePage::refreshAndWait(UsagePage &page)
{
    QSignalSpy refreshed(&page, &UsagePage::refreshed);
    page.refresh();
    QVERIFY(refreshed.wait(10000));
}

void TestUsagePage::dashboard_fillsFromTheSandbox()
{
    syncCache();
    auto page = newPage();
    QSignalSpy status(page.get(), &UsagePage::quotaChanged);
    QSignalSpy refreshed(page.get(), &UsagePage::refreshed);
    page->setClient(m_client.get(), testEnvironment);
    QVERIFY(refreshed.wait(10000));

    QCOMPARE(page->remaining(), std::optional<qint64>(500));
    QVERIFY(
        page->findChild<QLabel *>(QStringLiteral("remainingQuota"))->text().contains(QStringLiteral("500")));
    QVERIFY(!page->findChild<QLabel *>(QStringLiteral("quotaReadAt"))->text().isEmpty());
    QVERIFY(!page->isOffline());
    QVERIFY(!page->isWarningShown());
    QCOMPARE(status.last().at(0).value<std::optional<qint64>>(), std::optional<qint64>(500));

    // The expected bars, counted here from the cache rows.
    const QList<CachedInvoiceRow> rows = m_cache->loadRows(testEnvironment).value();
    QVERIFY(rows.size() == 60);
    const QDate today = m_clock->nowInVietnam().date();
    QList<int> daily(30, 0);
    QList<int> monthly(12, 0);
    int thisMonth = 0;
    for (const CachedInvoiceRow &row : rows) {
        if (row.status == InvoiceStatus::Draft)
            continue;
        const qint64 ago = row.issuedDate.daysTo(today);
        if (ago >= 0 && ago < 30)
            ++daily[29 - int(ago)];
        const int monthsAgo
            = (today.year() - row.issuedDate.year()) * 12 + today.month() - row.issuedDate.month();
        if (monthsAgo >= 0 && monthsAgo < 12)
            ++monthly[11 - monthsAgo];
        if (monthsAgo == 0)
            ++thisMonth;
    }
    QVERIFY2(std::accumulate(monthly.cbegin(), monthly.cend(), 0) > 10, "the seed should spread over months");
    QCOMPARE(barValues(page->charts()->dailyView()), daily);
    QCOMPARE(barValues(page->charts()->monthlyView()), monthly);
    const int busiestDay = *std::max_element(daily.cbegin(), daily.cend());
    const int busiestMonth = *std::max_element(monthly.cbegin(), monthly.cend());
    QVERIFY(busiestDay >= 1 && busiestMonth > 1);
    QString problem = axisProblem(page->charts()->dailyView(), busiestDay);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = axisProblem(page->charts()->monthlyView(), busiestMonth);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(page->figures().issuedThisMonth, thisMonth);
    QCOMPARE(
        page->findChild<QLabel *>(QStringLiteral("issuedThisMonth"))->text(), QString::number(thisMonth));
    QVERIFY(page->figures().draftsWaiting > 0);

    // EINVOICE_SCREENSHOT_DIR=<folder> keeps a picture of the filled dashboard.
    const QString shots = qEnvironmentVariable("EINVOICE_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QCoreApplication::processEvents(); // let the charts lay out their new axes
        QVERIFY(page->grab().save(QDir(shots).filePath(QStringLiteral("usage-dashboard.png"))));
    }

    const QList<QPointF> points = quotaPoints(*page);
    QCOMPARE(points.size(), 1);
    QCOMPARE(points.first().y(), 500.0);
    // The time axis shows the reading in Vietnam's time, not the machine's.
    const QString shownAt
        = QDateTime::fromMSecsSinceEpoch(qint64(points.first().x())).toString(QStringLiteral("dd/MM HH:mm"));
    QCOMPARE(shownAt, VietnamTime::toVietnam(m_clock->nowUtc()).toString(QStringLiteral("dd/MM HH:mm")));
    QVERIFY(shownAt != m_clock->nowUtc().toString(QStringLiteral("dd/MM HH:mm")));
    problem = axisProblem(page->charts()->quotaView(), 500);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString readAt = page->findChild<QLabel *>(QStringLiteral("quotaReadAt"))->text();
    QVERIFY2(readAt.contains(VietnamTime::format(m_clock->nowUtc())), qPrintable(readAt));
}

void TestUsagePage::lowReading_showsTheWarningOncePerCrossing()
{
    auto page = newPage(20);
    QSignalSpy crossed(page.get(), &UsagePage::lowQuotaCrossed);
    QSignalSpy refreshed(page.get(), &UsagePage::refreshed);
    page->setClient(m_client.get(), testEnvironment);
    QVERIFY(refreshed.wait(10000));
    QVERIFY(!page->isWarningShown());

    const QList<qint64> quotas {1234567, 5, 4, 50, 3};
    const QList<int> crossings {0, 1, 1, 1, 2};
    const QList<bool> warned {false, true, true, false, true};
    for (int i = 0; i < quotas.size(); ++i) {
        setQuota(quotas.at(i));
        m_clock->advanceMs(60 * 60 * 1000);
        refreshAndWait(*page);
        QCOMPARE(page->remaining(), std::optional<qint64>(quotas.at(i)));
        QCOMPARE(crossed.size(), crossings.at(i));
        QCOMPARE(page->isWarningShown(), warned.at(i));
    }
    QCOMPARE(crossed.last().at(0).toLongLong(), qint64(3));
    QCOMPARE(crossed.last().at(1).toInt(), 20);
    auto *banner = page->findChild<QWidget *>(QStringLiteral("quotaWarningBanner"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY(
        page->findChild<QLabel *>(QStringLiteral("quotaWarningText"))->text().contains(QStringLiteral("3")));

    // Every reading is a point: the first 500 and the five above, one hour apart.
    const QList<QPointF> points = quotaPoints(*page);
    QCOMPARE(points.size(), 6);
    QCOMPARE(points.at(0).y(), 500.0);
    QCOMPARE(points.at(1).y(), 1234567.0);
    QCOMPARE(points.last().y(), 3.0);
    QCOMPARE(qint64(points.last().x() - points.at(4).x()), qint64(60 * 60 * 1000));
    const QString problem = axisProblem(page->charts()->quotaView(), 1234567);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(
        page->findChild<QLabel *>(QStringLiteral("remainingQuota"))->text().contains(QStringLiteral("3")));

    // A raised threshold in the settings shows the warning without a new reading.
    setQuota(100);
    refreshAndWait(*page);
    QVERIFY(!page->isWarningShown());
    page->setThreshold(1000);
    QVERIFY(page->isWarningShown());
}

void TestUsagePage::unreachableServer_showsStoredFiguresAndTheirAge()
{
    syncCache();
    {
        auto online = newPage();
        QSignalSpy refreshed(online.get(), &UsagePage::refreshed);
        online->setClient(m_client.get(), testEnvironment);
        QVERIFY(refreshed.wait(10000));
    }
    const int issuedThisMonth = UsageCalculator::issuedInMonth(
        m_cache->loadRows(testEnvironment).value(), m_clock->nowInVietnam().date());
    m_clock->advanceMs(3 * 60 * 60 * 1000);
    m_server.reset(); // the server is gone

    auto page = newPage();
    QSignalSpy refreshed(page.get(), &UsagePage::refreshed);
    page->setClient(m_client.get(), testEnvironment);
    QVERIFY(refreshed.wait(15000));
    QVERIFY(page->isOffline());
    QCOMPARE(page->remaining(), std::optional<qint64>(500));
    QCOMPARE(page->figures().issuedThisMonth, issuedThisMonth);
    const QString age = page->findChild<QLabel *>(QStringLiteral("quotaReadAt"))->text();
    QVERIFY2(age.contains(QStringLiteral("3 hour")), qPrintable(age));
    const QString status = page->findChild<QLabel *>(QStringLiteral("usageStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("Offline")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("3 hour")), qPrintable(status));

    // Without any client the page says so too.
    page->setClient(nullptr, testEnvironment);
    QVERIFY(page->isOffline());
    QCOMPARE(page->remaining(), std::optional<qint64>(500));
}

void TestUsagePage::failedJobs_linkToTheList()
{
    syncCache();
    const QList<CachedInvoiceRow> rows = m_cache->loadRows(testEnvironment).value();
    QVERIFY(m_cache->setLocalState(testEnvironment, rows.at(0).referenceCode, LocalState::Failed).ok());
    QVERIFY(m_cache->setLocalState(testEnvironment, rows.at(1).referenceCode, LocalState::Pending).ok());
    auto page = newPage();
    page->setClient(nullptr, testEnvironment);
    QCOMPARE(page->figures().jobs.failed, 1);
    QCOMPARE(page->figures().jobs.running, 1);
    auto *failed = page->findChild<QLabel *>(QStringLiteral("jobsFailed"));
    QVERIFY(failed->text().contains(QStringLiteral("<a href")));
    QSignalSpy requested(page.get(), &UsagePage::failedJobsRequested);
    Q_EMIT failed->linkActivated(QStringLiteral("failed"));
    QCOMPARE(requested.size(), 1);
}

void TestUsagePage::threshold_followsTheSettings()
{
    QSettings file(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(&file);
    settings.setLowQuotaThreshold(10);
    UsagePageServices services;
    services.invoices = m_cache;
    services.readings = m_readings;
    services.clock = m_clock.get();
    services.settings = &settings;
    services.refreshIntervalMs = 0;
    UsagePage page(services);
    QCOMPARE(page.threshold(), 10);
    QSignalSpy refreshed(&page, &UsagePage::refreshed);
    setQuota(15);
    page.setClient(m_client.get(), testEnvironment);
    QVERIFY(refreshed.wait(10000));
    QVERIFY(!page.isWarningShown());
    QSignalSpy status(&page, &UsagePage::quotaChanged);
    settings.setLowQuotaThreshold(100);
    QCOMPARE(page.threshold(), 100);
    QVERIFY(page.isWarningShown());
    QCOMPARE(status.size(), 1);
    QCOMPARE(status.last().at(1).toInt(), 100);
}

QTEST_MAIN(TestUsagePage)
#include "tst_usagepage.moc"
