#pragma once

#include "store/cachedinvoice.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace einvoice {

class Clock;
class InvoiceCacheRepository;
class InvoiceDetailJob;
class InvoiceDetailRepository;
class SepayClient;
struct ApiError;
struct InvoiceDetail;

// The background detail fill (issue 17): the list endpoint returns summaries only, so the detail
// of every cached invoice (lines, series, document type, provider status, tax authority code) is
// fetched here, one request at a time, at most rate() requests per second, and stored through
// InvoiceDetailRepository. What to fetch is read from the store at the start of each pass
// (missing, summary changed, not final), so a restart resumes by construction. The fill waits
// while the client has other requests on the wire or queued: the user's own come first. A
// request that fails for a passing reason (429, 5xx, no answer) is tried again later in the pass
// after a growing pause; one the server refuses for good is left to the next pass.
class InvoiceDetailFill : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultRate = 2; // requests per second
    static constexpr int MaxTriesPerPass = 3;

    // cache, details and clock must outlive the fill.
    InvoiceDetailFill(InvoiceCacheRepository *cache, InvoiceDetailRepository *details, const Clock *clock,
        QObject *parent = nullptr);
    ~InvoiceDetailFill() override;

    // Stops the current pass; with a client, starts one (what an earlier process left).
    void setClient(SepayClient *client, const QString &environment);
    QString environment() const { return m_environment; }
    void setRate(int requestsPerSecond); // at least 1
    int rate() const { return m_rate; }
    // The pause after a failed request: first, doubled per failure in a row, up to max.
    void setBackoff(int firstMs, int maxMs);

    // A pass over what the store says is to fetch; while one runs, another follows it.
    void start();
    // Ends the pass; the request on the wire is cancelled. The work stays in the store.
    void stop();
    bool isRunning() const { return m_running; }
    int done() const { return m_done; }
    int total() const { return m_total; }

    // Nothing about the invoice can change any more: issued with a final provider status (code
    // granted, not eligible, 04/SS approved) or cancelled, and no job of this app pending.
    static bool isFinal(const InvoiceDetail &detail, LocalState localState);

Q_SIGNALS:
    // During a pass; (0, 0) when the fill is idle.
    void progress(int done, int total);
    // A detail was stored: the list's row as the cache now has it.
    void detailStored(const QString &environment, const einvoice::CachedInvoiceRow &row);
    // An issued invoice's provider status differs from the one stored before (both known).
    void providerStatusChanged(
        const QString &referenceCode, const QString &oldStatus, const QString &newStatus);
    // The pass ended: stored details, and invoices left for a later pass.
    void passFinished(int stored, int leftOver);

private:
    void beginPass();
    void endPass();
    void step();
    void fetch(const QString &referenceCode);
    void onFetched(InvoiceDetailJob *job, const QString &referenceCode);
    void onFailed(const QString &referenceCode, const ApiError &error);
    void store(const InvoiceDetail &detail);
    void noteStatusChange(const CachedInvoice &before, const InvoiceDetail &detail);
    bool userWorkPending() const;
    int waitBeforeNextMs() const;
    void reportProgress();

    InvoiceCacheRepository *m_cache;
    InvoiceDetailRepository *m_details;
    const Clock *m_clock;
    QPointer<SepayClient> m_client;
    QString m_environment;
    int m_rate = DefaultRate;
    int m_firstBackoffMs = 5000;
    int m_maxBackoffMs = 5 * 60 * 1000;

    bool m_running = false;
    bool m_again = false;
    QStringList m_queue;
    QHash<QString, int> m_tries;
    int m_total = 0;
    int m_done = 0;
    int m_stored = 0;
    int m_leftOver = 0;
    int m_failuresInRow = 0;
    QPointer<InvoiceDetailJob> m_job;
    QTimer m_timer;
    QElapsedTimer m_sinceLastRequest;
    QElapsedTimer m_sinceFailure;
};

} // namespace einvoice
