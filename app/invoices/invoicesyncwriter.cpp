#include "invoicesyncwriter.h"

#include "store/invoicecacherepository.h"
#include "store/transaction.h"

namespace einvoice {

namespace {

// The cache holds what the server can send again: synchronous=NORMAL keeps every committed page
// through a crash of the app, and spares the UI's fsync per page.
DatabaseOptions cacheOptions()
{
    DatabaseOptions options;
    options.fullSync = false;
    return options;
}

} // namespace

InvoiceSyncWriter::InvoiceSyncWriter(QString databaseFile, const Clock &clock)
    : m_clock(clock),
      m_thread(QStringLiteral("einvoice.syncwriter"), std::move(databaseFile), cacheOptions(),
          [this] { m_cache.reset(); })
{
}

InvoiceSyncWriter::~InvoiceSyncWriter() = default;

InvoiceCacheRepository *InvoiceSyncWriter::cache(Database *database)
{
    if (database && !m_cache)
        m_cache = std::make_unique<InvoiceCacheRepository>(*database, m_clock);
    return database ? m_cache.get() : nullptr;
}

StoreResult<QStringList> InvoiceSyncWriter::complete(Database &database, InvoiceCacheRepository &cache,
    const QString &environment, bool listedAll, const QSet<QString> &listed, const QDateTime &whenUtc)
{
    Transaction transaction(database, QStringLiteral("sync.complete"));
    if (!transaction.status())
        return transaction.status().error();
    StoreResult<QStringList> removed = QStringList();
    if (listedAll)
        removed = cache.removeDraftsNotListed(environment, listed);
    if (!removed)
        return removed;
    StoreStatus status = cache.setLastSync(environment, whenUtc);
    if (status)
        status = transaction.commit();
    if (!status)
        return status.error();
    return removed;
}

void InvoiceSyncWriter::writePage(const QString &environment, const QList<InvoiceSummary> &items,
    QObject *context, std::function<void(const QString &)> done)
{
    m_thread.post([=, this, done = std::move(done)](Database *database, const StoreStatus &opened) {
        QString error;
        if (InvoiceCacheRepository *cache = this->cache(database)) {
            if (const StoreResult<UpsertCounts> stored = cache->upsertPage(environment, items); !stored)
                error = stored.error().userMessage();
        } else {
            error = opened.error().userMessage();
        }
        StoreWorkerThread::reply(context, [done, error] { done(error); });
    });
}

void InvoiceSyncWriter::completeSync(const QString &environment, bool listedAll, const QSet<QString> &listed,
    const QDateTime &whenUtc, QObject *context, std::function<void(const StoreResult<QStringList> &)> done)
{
    m_thread.post([=, this, done = std::move(done)](Database *database, const StoreStatus &opened) {
        InvoiceCacheRepository *cache = this->cache(database);
        const StoreResult<QStringList> removed
            = cache ? complete(*database, *cache, environment, listedAll, listed, whenUtc) : opened.error();
        StoreWorkerThread::reply(context, [done, removed] { done(removed); });
    });
}

} // namespace einvoice
