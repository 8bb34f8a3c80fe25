#include "correctionruns.h"

#include "api/sepayclient.h"
#include "correctionsubmission.h"

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

} // namespace einvoice
