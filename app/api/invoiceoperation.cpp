#include "invoiceoperation.h"

#include "apiconnection.h"
#include "invoicedetailjob.h"
#include "jobpoller.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace einvoice {

InvoiceOperation::InvoiceOperation(
    ApiConnection *connection, JobKind kind, const QString &referenceCode, bool wait, QObject *parent)
    : QObject(parent), m_connection(connection), m_kind(kind), m_referenceCode(referenceCode), m_wait(wait)
{
    m_delay.setSingleShot(true);
}

InvoiceOperation::~InvoiceOperation() = default;

void InvoiceOperation::start()
{
    if (m_started)
        return;
    m_started = true;
    begin();
}

void InvoiceOperation::cancel()
{
    finish(ApiError::cancelled());
}

void InvoiceOperation::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

bool InvoiceOperation::outcomeUnknown(const ApiError &error)
{
    // No answer, an unreadable one, or a server error: the POST may or may not have landed.
    return error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout
        || error.kind == ApiError::Kind::Parse || (error.kind == ApiError::Kind::Http && error.isTransient());
}

int InvoiceOperation::resendsLeft() const
{
    return 1 + m_connection->options().maxCreateResends - m_posts;
}

void InvoiceOperation::post()
{
    if (m_finished)
        return;
    setStage(Stage::Sending);
    ++m_posts;
    JobTicketJob *job = makePost();
    m_current = job;
    connect(job, &ApiJob::finished, this, [this, job] { onPosted(job); });
    job->start();
}

void InvoiceOperation::onPosted(JobTicketJob *job)
{
    if (m_finished)
        return;
    if (job->succeeded()) {
        accept(job->ticket());
        return;
    }
    m_lastError = job->error();
    if (outcomeUnknown(m_lastError)) {
        qCInfo(lcApi) << "answer to POST for" << m_referenceCode << "lost or failed; looking it up";
        lookUp();
    } else {
        onRefused(m_lastError);
    }
}

void InvoiceOperation::lookUp()
{
    if (m_finished)
        return;
    setStage(Stage::Checking);
    ++m_lookUps;
    auto *job = new InvoiceDetailJob(m_connection, m_referenceCode, this);
    m_current = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (m_finished)
            return;
        if (job->succeeded())
            onFound(job->invoice());
        else if (job->error().isNotFound())
            onNotFound();
        else
            finish(job->error());
    });
    job->start();
}

void InvoiceOperation::lookUpLater(int delayMs)
{
    setStage(Stage::Waiting);
    m_delay.disconnect();
    connect(&m_delay, &QTimer::timeout, this, &InvoiceOperation::lookUp);
    m_delay.start(delayMs);
}

void InvoiceOperation::resendLater(const ApiError &cause)
{
    if (resendsLeft() <= 0) {
        finish(cause);
        return;
    }
    const int delay = m_connection->options().retry.waitMs(cause, m_posts);
    if (delay < 0) {
        finish(cause); // the server asks to wait longer than any request waits: try again later
        return;
    }
    setStage(Stage::Waiting);
    m_connection->announceWait(delay, cause);
    m_delay.disconnect();
    connect(&m_delay, &QTimer::timeout, this, &InvoiceOperation::post);
    m_delay.start(delay);
}

void InvoiceOperation::accept(const JobTicket &ticket)
{
    m_ticket = ticket;
    m_state = JobState {m_referenceCode, JobStatus::Pending, ticket.message, std::nullopt};
    if (!m_wait) {
        finish(ApiError());
        return;
    }
    setStage(Stage::Polling);
    auto *poller
        = new JobPoller(m_connection, m_kind, ticket.trackingCode, m_connection->options().polling, this);
    m_poller = poller;
    connect(poller, &JobPoller::progress, this, &InvoiceOperation::progress);
    connect(poller, &JobPoller::finished, this, &InvoiceOperation::onPolled);
    poller->start();
}

void InvoiceOperation::onPolled()
{
    if (m_finished || !m_poller)
        return;
    if (!m_poller->succeeded()) {
        finish(m_poller->error());
        return;
    }
    m_state = m_poller->state();
    if (m_state->invoice)
        m_invoice = m_state->invoice;
    finish(ApiError());
}

void InvoiceOperation::adopt(const InvoiceSummary &invoice)
{
    m_adopted = true;
    m_invoice = invoice;
    m_state = JobState {m_referenceCode, JobStatus::Success, QString(), invoice};
    finish(ApiError());
}

void InvoiceOperation::adoptPending()
{
    m_adopted = true;
    m_state = JobState {m_referenceCode, JobStatus::Pending,
        tr("The server already holds this reference code; it is still being processed."), std::nullopt};
    finish(ApiError());
}

void InvoiceOperation::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_delay.stop();
    if (m_poller)
        m_poller->cancel();
    if (auto *job = qobject_cast<ApiJob *>(m_current.data()))
        job->cancel();
    setStage(Stage::Done);
    Q_EMIT finished();
    deleteLater();
}

} // namespace einvoice
