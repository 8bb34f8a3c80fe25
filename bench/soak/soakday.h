#pragma once

#include "api/sepayclient.h"
#include "core/clock.h"
#include "store/localstore.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

namespace einvoice {

class BatchRunner;
class InvoiceSyncEngine;
class QuotaReader;

namespace soak {

// What one simulated hour does, and what is counted between hours.
struct HourFigures
{
    int syncs = 0;
    int failedSyncs = 0;
    int readings = 0;
    int failedReadings = 0;
    int issued = 0;
    int notIssued = 0;
    bool timedOut = false;
};

// One desktop's day against the server at baseUrl: every quarter of an hour a list refresh and a
// quota reading, every hour a batch of invoices created and issued through the outbox. The clock
// is a ManualClock moved forward by the day, not the wall clock.
class SoakDay
{
public:
    SoakDay(const QUrl &baseUrl, const QString &databaseFile, const QDateTime &startUtc);
    ~SoakDay();

    bool isOpen() const { return m_store.isOpen(); }
    HourFigures runHour(int hour, int invoicesPerBatch);

    int objectCount() const; // QObjects the day's parts own, timers and replies included
    int timerCount() const;
    qint64 databaseBytes() const; // the file and its WAL
    int rowCount(const char *table);

private:
    bool waitFor(const QObject *sender, const char *signal, int timeoutMs);
    void runBatch(int hour, int invoices, HourFigures &figures);

    ManualClock m_clock;
    LocalStore m_store;
    QObject m_root;
    QNetworkAccessManager *m_nam = nullptr;
    SepayClient *m_client = nullptr;
    InvoiceSyncEngine *m_sync = nullptr;
    QuotaReader *m_quota = nullptr;
    BatchRunner *m_runner = nullptr;
};

} // namespace soak
} // namespace einvoice
