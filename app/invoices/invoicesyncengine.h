#pragma once

#include "core/remoteinvoice.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace einvoice {

class Clock;
class InvoiceCacheRepository;
class InvoiceListJob;
class InvoiceListModel;
class InvoiceSyncWriter;
class SepayClient;

// Fills the local cache of one environment from GET /v1/invoices (issue 7): the first page tells
// the page count, the other pages follow with bounded concurrency. Each page is upserted into
// the cache (changed rows updated, new rows added; one transaction) on a writer thread, and into
// the model once written, so the list stays usable and current while it syncs and the next pages
// are asked for meanwhile. Drafts deleted on the server leave the cache after a complete sync.
// On success the time of the sync is stored. Pages received before a cancel or a failure are
// written all the same.
class InvoiceSyncEngine : public QObject
{
    Q_OBJECT

public:
    static constexpr int PageSize = 100; // the API's maximum

    // cache, model and clock must outlive the engine; model may be null.
    InvoiceSyncEngine(InvoiceCacheRepository *cache, InvoiceListModel *model, const Clock *clock,
        QObject *parent = nullptr);
    ~InvoiceSyncEngine() override;

    // The client and environment to sync; cancels a running sync.
    void setClient(SepayClient *client, const QString &environment);
    QString environment() const { return m_environment; }
    // Pages in flight at once; default: the client's maxConcurrent.
    void setMaxParallel(int pages) { m_maxParallel = pages; }

    bool isRunning() const { return m_running; }
    // False when already running or without a client.
    bool start();
    void cancel();

    std::optional<QDateTime> lastSync() const;

Q_SIGNALS:
    void started();
    void progress(int pagesDone, int pageCount);
    // ok false: error is a translated sentence; the rows received so far stay in the cache.
    void finished(bool ok, const QString &error);
    void lastSyncChanged(const QDateTime &whenUtc);

private:
    void requestPage(int page);
    void onPage(InvoiceListJob *job);
    void writePage(const QList<InvoiceSummary> &items);
    void storePage(const QList<InvoiceSummary> &items);
    void pageEnded();
    void fillPipeline();
    void complete();
    void removeDeletedDrafts(const QStringList &removed);
    void succeed(const QDateTime &whenUtc);
    void fail(const QString &error);
    InvoiceSyncWriter *writer();

    InvoiceCacheRepository *m_cache;
    InvoiceListModel *m_model;
    const Clock *m_clock;
    QPointer<SepayClient> m_client;
    QString m_environment;
    int m_maxParallel = 0;
    bool m_running = false;
    int m_generation = 0;
    int m_pageCount = 0;
    int m_total = 0;
    int m_nextPage = 0;
    int m_inFlight = 0;
    int m_writing = 0; // pages handed to the writer, not yet written
    int m_pagesDone = 0;
    QSet<QString> m_seen;
    QString m_error;
    std::unique_ptr<InvoiceSyncWriter> m_writer; // created on the first sync
};

} // namespace einvoice
