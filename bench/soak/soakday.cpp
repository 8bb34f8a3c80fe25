#include "soakday.h"

#include "batch/batchimporter.h"
#include "batch/batchplanner.h"
#include "batch/batchrunner.h"
#include "core/vietnamtime.h"
#include "invoices/invoicesyncengine.h"
#include "sandbox/sandboxseeder.h"
#include "usage/quotareader.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTimer>

namespace einvoice::soak {

namespace {

constexpr int WaitMs = 180'000; // a hung step ends the hour as timed out, never the benchmark

// The batch template's columns with one line per invoice, dated the simulated day (Vietnam).
QByteArray batchFile(const QString &prefix, int invoices, const QDate &day)
{
    const QString head = u';' + day.toString(QStringLiteral("dd/MM/yyyy")) + QStringLiteral(";C")
        + day.toString(QStringLiteral("yy")) + QStringLiteral("TAA;") + SandboxSeeder::ActiveAccountId
        + QStringLiteral(";Công ty Mẫu;0312456782;1 Lê Lợi, TP.HCM;Bàn phím;cái;2;150000;10\n");
    QString text
        = QStringLiteral("Mã tham chiếu;Ngày hóa đơn;Ký hiệu;Tài khoản nhà cung cấp;Tên người mua;"
                         "Mã số thuế;Địa chỉ;Tên hàng hóa, dịch vụ;Đơn vị tính;Số lượng;Đơn giá;Thuế suất\n");
    for (int i = 0; i < invoices; ++i)
        text += prefix + QString::number(i) + head;
    return text.toUtf8();
}

} // namespace

SoakDay::SoakDay(const QUrl &baseUrl, const QString &databaseFile, const QDateTime &startUtc)
    : m_clock(startUtc)
{
    LocalStoreOptions options;
    options.clock = &m_clock;
    if (!m_store.open(databaseFile, options).ok())
        return;
    m_nam = new QNetworkAccessManager(&m_root);
    m_client = new SepayClient(Environment::custom(baseUrl), ClientOptions(), &m_root, m_nam, &m_clock);
    m_client->setCredentials(
        Credentials {QStringLiteral("sandbox-client-id"), QStringLiteral("sandbox-client-secret")});
    const QString environment = m_client->environment().id().key();
    m_sync = new InvoiceSyncEngine(&m_store.invoices(), nullptr, &m_clock, &m_root);
    m_sync->setClient(m_client, environment);
    m_quota = new QuotaReader(m_store.readings(), m_clock, &m_root);
    m_quota->setClient(m_client, environment);
    m_runner = new BatchRunner(m_client, &m_store.outbox(), &m_store.batchIdentities(), &m_root);
}

SoakDay::~SoakDay() = default;

bool SoakDay::waitFor(const QObject *sender, const char *signal, int timeoutMs)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    QObject::connect(sender, signal, &loop, SLOT(quit()));
    timeout.start(timeoutMs);
    loop.exec();
    return !timedOut;
}

HourFigures SoakDay::runHour(int hour, int invoicesPerBatch)
{
    HourFigures figures;
    for (int quarter = 0; quarter < 4; ++quarter) {
        m_clock.advanceMs(15 * 60 * 1000);
        bool syncOk = false;
        const QMetaObject::Connection done = QObject::connect(m_sync, &InvoiceSyncEngine::finished, m_sync,
            [&syncOk](bool ok, const QString &) { syncOk = ok; });
        if (m_sync->start())
            figures.timedOut |= !waitFor(m_sync, SIGNAL(finished(bool, QString)), WaitMs);
        QObject::disconnect(done);
        ++figures.syncs;
        figures.failedSyncs += syncOk ? 0 : 1;
        bool read = false;
        const QMetaObject::Connection stored
            = QObject::connect(m_quota, &QuotaReader::readingStored, m_quota, [&read] { read = true; });
        if (m_quota->refresh()) {
            QEventLoop loop;
            QObject::connect(m_quota, &QuotaReader::readingStored, &loop, &QEventLoop::quit);
            QObject::connect(m_quota, &QuotaReader::failed, &loop, &QEventLoop::quit);
            QTimer::singleShot(WaitMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        QObject::disconnect(stored);
        ++figures.readings;
        figures.failedReadings += read ? 0 : 1;
    }
    runBatch(hour, invoicesPerBatch, figures);
    return figures;
}

void SoakDay::runBatch(int hour, int invoices, HourFigures &figures)
{
    const QDate day = VietnamTime::toVietnam(m_clock.nowUtc()).date();
    BatchImportOptions options;
    options.draft = false;
    options.validation.clock = &m_clock;
    const QString name = QStringLiteral("soak-%1.csv").arg(hour);
    const BatchImport batch
        = BatchImporter::import(batchFile(QStringLiteral("SOAK%1-").arg(hour), invoices, day), options);
    const BatchPlan plan = BatchPlanner::planLocally(BatchSource::named(name), batch.invoices,
        m_client->environment().id().key(), false, m_store.outbox(), m_store.batchIdentities());
    BatchRunOptions runOptions;
    runOptions.concurrency = 4;
    m_runner->start(plan, runOptions);
    if (m_runner->isRunning())
        figures.timedOut |= !waitFor(m_runner, SIGNAL(finished()), WaitMs);
    figures.issued = m_runner->counts().done;
    figures.notIssued = invoices - figures.issued;
}

int SoakDay::objectCount() const
{
    return int(m_root.findChildren<QObject *>().size());
}

int SoakDay::timerCount() const
{
    return int(m_root.findChildren<QTimer *>().size());
}

qint64 SoakDay::databaseBytes() const
{
    const QString file = m_store.filePath();
    return QFileInfo(file).size() + QFileInfo(file + QStringLiteral("-wal")).size();
}

int SoakDay::rowCount(const char *table)
{
    QSqlQuery query(m_store.database().connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace einvoice::soak
