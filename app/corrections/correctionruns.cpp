#include "correctionruns.h"

#include "api/sepayclient.h"
#include "correctionledger.h"
#include "correctionsubmission.h"
#include "originadjustments.h"

#include <QSet>

namespace einvoice {

CorrectionRuns::CorrectionRuns(Database *database, OutboxRepository *outbox, QObject *parent)
    : QObject(parent), m_database(database), m_outbox(outbox)
{
}

void CorrectionRuns::setClient(SepayClient *client, const QString &environment)
{
    m_client = client;
    m_environment = environment;
}

CorrectionSubmission *CorrectionRuns::start(CorrectionOrder order)
{
    if (!m_client)
        return nullptr;
    auto *submission
        = new CorrectionSubmission(m_client, m_database, m_outbox, m_environment, std::move(order));
    ++m_running;
    connect(submission, &CorrectionSubmission::finished, this, [this, submission] {
        --m_running;
        Q_EMIT runningChanged(m_running);
        Q_EMIT finished(submission->order(), submission->outcome());
    });
    Q_EMIT runningChanged(m_running);
    submission->start();
    return submission;
}

int CorrectionRuns::resumeUnfinished()
{
    if (!m_client)
        return 0;
    const StoreResult<QList<OutboxEntry>> entries
        = CorrectionLedger(*m_database, *m_outbox, m_environment).unfinished();
    if (!entries.ok())
        return 0;
    QSet<QString> origins;
    for (const OutboxEntry &entry : entries.value()) {
        const QString origin = CorrectionLedger::originOf(entry);
        const std::optional<CorrectionKind> kind = CorrectionLedger::kindOf(entry);
        if (origin.isEmpty() || !kind || origins.contains(origin))
            continue;
        origins.insert(origin);
        CorrectionOrder order; // the submission finds the entry and follows it up
        order.originReferenceCode = origin;
        order.kind = *kind;
        order.invoice.referenceCode = entry.referenceCode;
        start(order);
    }
    return int(origins.size());
}

StoreResult<Decimal> CorrectionRuns::originAdjustedBy(const QString &originReferenceCode) const
{
    return OriginAdjustments::netOf(*m_database, *m_outbox, m_environment, originReferenceCode);
}

} // namespace einvoice
