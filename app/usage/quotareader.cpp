#include "quotareader.h"

#include "api/sepayclient.h"
#include "api/usagejob.h"
#include "core/clock.h"
#include "store/usagereadingrepository.h"
#include "usagelog.h"

namespace einvoice {

QuotaReader::QuotaReader(UsageReadingRepository &readings, const Clock &clock, QObject *parent)
    : QObject(parent), m_readings(readings), m_clock(clock)
{
}

void QuotaReader::setClient(SepayClient *client, const QString &environment)
{
    m_client = client;
    m_environment = environment;
    ++m_generation;
    m_busy = false;
}

bool QuotaReader::refresh()
{
    if (!m_client || m_busy)
        return false;
    m_busy = true;
    UsageJob *job = m_client->usage();
    const quint64 generation = m_generation;
    connect(job, &ApiJob::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        m_busy = false;
        if (job->succeeded()) {
            onAnswer(job->quotaRemaining());
        } else {
            qCInfo(lcUsage) << "quota reading failed:" << job->error().text();
            Q_EMIT failed(job->error().text());
        }
    });
    return true;
}

void QuotaReader::onAnswer(qint64 remaining)
{
    const QDateTime readAt = m_clock.nowUtc();
    auto stored = m_readings.add(m_environment, readAt, remaining);
    if (!stored) {
        qCWarning(lcUsage) << "could not store the quota reading:" << stored.error().toString();
        UsageReading reading;
        reading.environment = m_environment;
        reading.readAt = readAt;
        reading.remaining = remaining;
        Q_EMIT readingStored(reading);
        return;
    }
    Q_EMIT readingStored(stored.value());
}

} // namespace einvoice
