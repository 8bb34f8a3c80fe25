#pragma once

#include "core/remoteinvoice.h"
#include "store/storeresult.h"
#include "store/storeworkerthread.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace einvoice {

class Clock;
class InvoiceCacheRepository;

// The sync's writes to the invoice cache on a thread of its own, with its own connection to the
// same SQLite file (issue 22, a StoreWorkerThread): a page's transaction, and its fsync, never block the UI
// thread. The requests run one after the other in the order given; each answer is called on the thread of
// `context`, and not at all once `context` is gone. Destroying the writer waits for the writes already asked
// for, so the pages received stay in the cache. Destroy it before `context`.
class InvoiceSyncWriter
{
public:
    // The clock (it stamps updated_at) is read from the writer's thread.
    InvoiceSyncWriter(QString databaseFile, const Clock &clock);
    ~InvoiceSyncWriter();
    Q_DISABLE_COPY_MOVE(InvoiceSyncWriter)

    // One page in a transaction or a savepoint of its own (InvoiceCacheRepository::upsertPage; the
    // pages that wait for the writer share one transaction); done gets the translated error, empty
    // on success.
    void writePage(const QString &environment, const QList<InvoiceSummary> &items, QObject *context,
        std::function<void(const QString &error)> done);
    // The end of a sync, in one transaction: when `listedAll` (every invoice of the environment
    // was listed), the drafts not `listed` go (InvoiceCacheRepository::removeDraftsNotListed);
    // then the time of the sync is stored. done gets the drafts removed, or the error. Then the
    // rows noted for the search index are indexed (InvoiceSearchIndex::indexPending), a chunk
    // per request, after done is called.
    void completeSync(const QString &environment, bool listedAll, const QSet<QString> &listed,
        const QDateTime &whenUtc, QObject *context,
        std::function<void(const StoreResult<QStringList> &removed)> done);

private:
    struct QueuedPage
    {
        QString environment;
        QList<InvoiceSummary> items;
        QObject *context = nullptr;
        std::function<void(const QString &)> done;
    };

    void writeQueued(Database *database, const StoreStatus &opened);
    // On the thread: the cache over the open connection, made on first use; null when not open.
    InvoiceCacheRepository *cache(Database *database);
    void indexSearchLater();
    StoreResult<QStringList> complete(Database &database, InvoiceCacheRepository &cache,
        const QString &environment, bool listedAll, const QSet<QString> &listed, const QDateTime &whenUtc);

    const Clock &m_clock;
    std::mutex m_queueMutex;
    std::vector<QueuedPage> m_queue; // pages asked for, not yet taken by the thread
    std::unique_ptr<InvoiceCacheRepository> m_cache; // used on the thread only, dropped there
    StoreWorkerThread m_thread; // last: destroyed first, while the cache is still there
};

} // namespace einvoice
