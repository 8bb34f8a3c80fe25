#include "invoicesyncwriter.h"

#include "invoiceslog.h"
#include "store/database.h"
#include "store/invoicecacherepository.h"
#include "store/transaction.h"

#include <QCoreApplication>

#include <memory>

namespace einvoice {

// The connection, opened on first use in the writer's thread and closed there.
class InvoiceSyncWriter::Worker : public QObject
{
public:
    Worker(QString databaseFile, const Clock &clock) : m_databaseFile(std::move(databaseFile)), m_clock(clock)
    {
    }

    // The cache, or null with the reason in opened() (tried again on the next request).
    InvoiceCacheRepository *cache()
    {
        if (!m_cache) {
            // The cache holds what the server can send again: synchronous=NORMAL keeps every
            // committed page through a crash of the app, and spares the UI's fsync per page.
            DatabaseOptions options;
            options.fullSync = false;
            m_opened = m_database.open(m_databaseFile, options);
            if (m_opened)
                m_cache = std::make_unique<InvoiceCacheRepository>(m_database, m_clock);
            else
                qCWarning(lcInvoices) << "sync writer: cannot open the cache:" << m_opened.error().toString();
        }
        return m_cache.get();
    }
    const StoreStatus &opened() const { return m_opened; }

    StoreResult<QStringList> complete(
        const QString &environment, bool listedAll, const QSet<QString> &listed, const QDateTime &whenUtc)
    {
        InvoiceCacheRepository *cache = this->cache();
        if (!cache)
            return m_opened.error();
        Transaction transaction(m_database, QStringLiteral("sync.complete"));
        if (!transaction.status())
            return transaction.status().error();
        StoreResult<QStringList> removed = QStringList();
        if (listedAll)
            removed = cache->removeDraftsNotListed(environment, listed);
        if (!removed)
            return removed;
        StoreStatus status = cache->setLastSync(environment, whenUtc);
        if (status)
            status = transaction.commit();
        if (!status)
            return status.error();
        return removed;
    }

    void close()
    {
        m_cache.reset();
        m_database.close();
    }

private:
    QString m_databaseFile;
    const Clock &m_clock;
    Database m_database;
    StoreStatus m_opened;
    std::unique_ptr<InvoiceCacheRepository> m_cache;
};

namespace {

// Calls `answer` on the thread of `context` (a posted event: dropped if context is deleted first).
void reply(QObject *context, std::function<void()> answer)
{
    QMetaObject::invokeMethod(context, std::move(answer), Qt::QueuedConnection);
}

} // namespace

InvoiceSyncWriter::InvoiceSyncWriter(QString databaseFile, const Clock &clock)
    : m_worker(new Worker(std::move(databaseFile), clock))
{
    m_thread.setObjectName(QStringLiteral("einvoice.syncwriter"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

InvoiceSyncWriter::~InvoiceSyncWriter()
{
    // Queued after every write asked for: those finish first.
    QThread *thread = &m_thread;
    post([thread](Worker &worker) {
        worker.close();
        thread->quit();
    });
    m_thread.wait();
    delete m_worker;
}

void InvoiceSyncWriter::post(std::function<void(Worker &)> work)
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, work = std::move(work)] { work(*worker); }, Qt::QueuedConnection);
}

void InvoiceSyncWriter::writePage(const QString &environment, const QList<InvoiceSummary> &items,
    QObject *context, std::function<void(const QString &)> done)
{
    post([environment, items, context, done = std::move(done)](Worker &worker) {
        QString error;
        if (InvoiceCacheRepository *cache = worker.cache()) {
            if (const StoreResult<UpsertCounts> stored = cache->upsertPage(environment, items); !stored)
                error = stored.error().userMessage();
        } else {
            error = worker.opened().error().userMessage();
        }
        reply(context, [done, error] { done(error); });
    });
}

void InvoiceSyncWriter::completeSync(const QString &environment, bool listedAll, const QSet<QString> &listed,
    const QDateTime &whenUtc, QObject *context, std::function<void(const StoreResult<QStringList> &)> done)
{
    post([=, done = std::move(done)](Worker &worker) {
        const StoreResult<QStringList> removed = worker.complete(environment, listedAll, listed, whenUtc);
        reply(context, [done, removed] { done(removed); });
    });
}

} // namespace einvoice
