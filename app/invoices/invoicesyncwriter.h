#pragma once

#include "core/remoteinvoice.h"
#include "store/storeresult.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QThread>

#include <functional>

namespace einvoice {

class Clock;

// The sync's writes to the invoice cache on a thread of its own, with its own connection to the
// same SQLite file (issue 22): a page's transaction, and its fsync, never block the UI thread.
// The requests run one after the other in the order given; each answer is called on the thread
// of `context`, and not at all once `context` is gone. Destroying the writer waits for the
// writes already asked for, so the pages received stay in the cache. Destroy it before `context`.
class InvoiceSyncWriter
{
public:
    // The clock (it stamps updated_at) is read from the writer's thread.
    InvoiceSyncWriter(QString databaseFile, const Clock &clock);
    ~InvoiceSyncWriter();
    Q_DISABLE_COPY_MOVE(InvoiceSyncWriter)

    // One page in one transaction (InvoiceCacheRepository::upsertPage); done gets the translated
    // error, empty on success.
    void writePage(const QString &environment, const QList<InvoiceSummary> &items, QObject *context,
        std::function<void(const QString &error)> done);
    // The end of a sync, in one transaction: when `listedAll` (every invoice of the environment
    // was listed), the drafts not `listed` go (InvoiceCacheRepository::removeDraftsNotListed);
    // then the time of the sync is stored. done gets the drafts removed, or the error.
    void completeSync(const QString &environment, bool listedAll, const QSet<QString> &listed,
        const QDateTime &whenUtc, QObject *context,
        std::function<void(const StoreResult<QStringList> &removed)> done);

private:
    class Worker;

    void post(std::function<void(Worker &)> work);

    QThread m_thread;
    Worker *m_worker; // lives in m_thread
};

} // namespace einvoice
