#pragma once

#include "store/usagereading.h"

#include <QObject>
#include <QPointer>

namespace einvoice {

class Clock;
class SepayClient;
class UsageReadingRepository;

// Reads the remaining quota (GET /v1/usage, parsed strictly by the API layer) and stores every
// answer with the time it was read, per environment, so the history builds up.
class QuotaReader : public QObject
{
    Q_OBJECT

public:
    QuotaReader(UsageReadingRepository &readings, const Clock &clock, QObject *parent = nullptr);

    // The client to ask and the environment key its readings are stored under; null: offline.
    void setClient(SepayClient *client, const QString &environment);
    QString environment() const { return m_environment; }
    bool hasClient() const { return !m_client.isNull(); }
    bool isBusy() const { return m_busy; }

    // Starts a reading; false (and nothing emitted) without a client or while one is under way.
    bool refresh();

Q_SIGNALS:
    void readingStored(const einvoice::UsageReading &reading);
    void failed(const QString &message);

private:
    void onAnswer(qint64 remaining);

    UsageReadingRepository &m_readings;
    const Clock &m_clock;
    QPointer<SepayClient> m_client;
    QString m_environment;
    quint64 m_generation = 0; // answers of a previous client are dropped
    bool m_busy = false;
};

} // namespace einvoice
