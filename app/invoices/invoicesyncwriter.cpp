#include "invoicesyncwriter.h"

#include "invoiceslog.h"
#include "store/invoicecacherepository.h"
#include "store/invoicesearchindex.h"
#include "store/transaction.h"

#include <optional>

namespace einvoice {

namespace {

// Rows indexed per transaction: about a tenth of a second of the file's write lock.
constexpr int SearchIndexChunk = 1000;

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
    bool first = false;
    {
        const std::lock_guard lock(m_queueMutex);
        first = m_queue.empty();
        m_queue.push_back(QueuedPage {environment, items, context, std::move(done)});
    }
    if (first)
        m_thread.post(
            [this](Database *database, const StoreStatus &opened) { writeQueued(database, opened); });
}

// The pages that arrived while the previous ones were written go in one transaction, each page in
// a savepoint of its own: a commit per page cost more than the writes of its hundred rows.
void InvoiceSyncWriter::writeQueued(Database *database, const StoreStatus &opened)
{
    std::vector<QueuedPage> pages;
    {
        const std::lock_guard lock(m_queueMutex);
        pages.swap(m_queue);
    }
    std::vector<QString> errors(pages.size());
    InvoiceCacheRepository *cache = this->cache(database);
    std::optional<Transaction> transaction;
    if (cache)
        transaction.emplace(*database, QStringLiteral("sync.pages"));
    QString failed = !cache      ? opened.error().userMessage()
        : !transaction->status() ? transaction->status().error().userMessage()
                                 : QString();
    for (std::size_t i = 0; failed.isEmpty() && i < pages.size(); ++i) {
        if (const StoreResult<UpsertCounts> stored = cache->upsertPage(pages[i].environment, pages[i].items);
            !stored)
            errors[i] = stored.error().userMessage();
    }
    if (failed.isEmpty()) {
        if (const StoreStatus committed = transaction->commit(); !committed)
            failed = committed.error().userMessage();
    }
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const QString error = failed.isEmpty() ? errors[i] : failed;
        StoreWorkerThread::reply(pages[i].context, [done = std::move(pages[i].done), error] { done(error); });
    }
}

void InvoiceSyncWriter::completeSync(const QString &environment, bool listedAll, const QSet<QString> &listed,
    const QDateTime &whenUtc, QObject *context, std::function<void(const StoreResult<QStringList> &)> done)
{
    m_thread.post([=, this, done = std::move(done)](Database *database, const StoreStatus &opened) {
        InvoiceCacheRepository *cache = this->cache(database);
        const StoreResult<QStringList> removed
            = cache ? complete(*database, *cache, environment, listedAll, listed, whenUtc) : opened.error();
        StoreWorkerThread::reply(context, [done, removed] { done(removed); });
        indexSearchLater();
    });
}

// After the sync has answered: the rows it wrote (and any other writer's) go into the search
// index a chunk at a time, each chunk behind the requests posted meanwhile.
void InvoiceSyncWriter::indexSearchLater()
{
    m_thread.post([this](Database *database, const StoreStatus &) {
        if (!database)
            return;
        const StoreResult<int> left = InvoiceSearchIndex::indexPending(*database, SearchIndexChunk);
        if (!left)
            qCWarning(lcInvoices) << "could not index the list's search:" << left.error().toString();
        else if (left.value() > 0)
            indexSearchLater();
    });
}

} // namespace einvoice
