#include "sepayinvoiceactions.h"

#include "api/createinvoiceoperation.h"
#include "api/deletedraftjob.h"
#include "api/downloadjob.h"
#include "api/issueinvoiceoperation.h"
#include "api/provideraccountjob.h"
#include "api/provideraccountsjob.h"
#include "api/sepayclient.h"
#include "core/clock.h"
#include "drafteditpair.h"
#include "editoroutbox.h"

#include <QTimer>

namespace einvoice {

SepayInvoiceActions::SepayInvoiceActions(SepayClient *client, QObject *parent)
    : InvoiceActions(parent), m_client(client)
{
}

SepayInvoiceActions::SepayInvoiceActions(
    SepayClient *client, OutboxRepository *outbox, const QString &environment, QObject *parent)
    : InvoiceActions(parent), m_client(client)
{
    if (!outbox)
        return;
    m_outboxWork = new EditorOutbox(client, outbox, environment, this);
    connect(m_outboxWork, &EditorOutbox::progress, this, &InvoiceActions::progress);
    connect(m_outboxWork, &EditorOutbox::actionFinished, this, &InvoiceActions::actionFinished);
    connect(m_outboxWork, &EditorOutbox::unfinishedJobEnded, this, &InvoiceActions::unfinishedJobEnded);
    connect(m_outboxWork, &EditorOutbox::stageChanged, this, &SepayInvoiceActions::reportStage);
    connect(m_outboxWork, &EditorOutbox::pendingChecks, this, &SepayInvoiceActions::reportChecks);
    m_pairs = new DraftEditPair(client, outbox, environment, &SystemClock::instance(), this);
    connect(m_pairs, &DraftEditPair::oldDraftDeleted, this, &InvoiceActions::replacedDraftDeleted);
    // A create followed up on start may be the new half of an edited draft.
    connect(m_outboxWork, &EditorOutbox::unfinishedJobEnded, m_pairs, [this](const Result &result) {
        if (result.ok)
            m_pairs->finishInterrupted();
    });
    // Later, so that whoever shows the results is connected first.
    QTimer::singleShot(0, m_outboxWork, &EditorOutbox::resumeUnfinished);
    QTimer::singleShot(0, m_pairs, &DraftEditPair::finishInterrupted);
}

int SepayInvoiceActions::resumeUnfinished()
{
    return m_outboxWork ? m_outboxWork->resumeUnfinished() : 0;
}

QString SepayInvoiceActions::plainMessage(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Http && !error.message.isEmpty())
        return error.message;
    return error.text();
}

void SepayInvoiceActions::fetchAccounts()
{
    ProviderAccountsJob *job = m_client->listProviderAccounts(1, 100);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job->succeeded())
            Q_EMIT accountsFetched(job->accounts());
        else
            Q_EMIT fetchFailed(plainMessage(job->error()));
    });
}

void SepayInvoiceActions::fetchAccount(const QString &id)
{
    ProviderAccountJob *job = m_client->providerAccount(id);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job->succeeded())
            Q_EMIT accountFetched(job->account());
        else
            Q_EMIT fetchFailed(plainMessage(job->error()));
    });
}

void SepayInvoiceActions::createReplacing(const Invoice &invoice, const QString &replacedDraft)
{
    if (m_outboxWork)
        m_outboxWork->create(invoice, replacedDraft);
    else
        create(invoice);
}

void SepayInvoiceActions::create(const Invoice &invoice)
{
    if (m_outboxWork) {
        m_outboxWork->create(invoice);
        return;
    }
    follow(m_client->createInvoice(invoice, true), invoice.isDraft ? Action::SaveDraft : Action::Issue);
}

void SepayInvoiceActions::issueDraft(const QString &referenceCode)
{
    if (m_outboxWork) {
        m_outboxWork->issueDraft(referenceCode);
        return;
    }
    follow(m_client->issueInvoice(referenceCode, true), Action::IssueDraft);
}

void SepayInvoiceActions::follow(InvoiceOperation *operation, Action action)
{
    m_current = operation;
    Q_EMIT progress(action, tr("Sending…"));
    connect(operation, &InvoiceOperation::stageChanged, this,
        [this, action](InvoiceOperation::Stage stage) { reportStage(action, stage); });
    connect(operation, &InvoiceOperation::progress, this, [this, action](const JobState &state, int checks) {
        if (state.status == JobStatus::Pending)
            reportChecks(action, checks);
    });
    connect(operation, &InvoiceOperation::finished, this,
        [this, operation, action] { onOperationFinished(operation, action); });
}

void SepayInvoiceActions::reportStage(Action action, InvoiceOperation::Stage stage)
{
    switch (stage) {
    case InvoiceOperation::Stage::Sending:
        Q_EMIT progress(action, tr("Sending…"));
        break;
    case InvoiceOperation::Stage::Checking:
        Q_EMIT progress(action, tr("Checking whether the server received it…"));
        break;
    case InvoiceOperation::Stage::Waiting:
    case InvoiceOperation::Stage::Polling:
        Q_EMIT progress(action, tr("Pending: the provider is processing the invoice…"));
        break;
    case InvoiceOperation::Stage::Done:
        break;
    }
}

void SepayInvoiceActions::reportChecks(Action action, int checks)
{
    Q_EMIT progress(action, tr("Pending (%n check(s))…", nullptr, checks));
}

void SepayInvoiceActions::onOperationFinished(InvoiceOperation *operation, Action action)
{
    Result result;
    result.action = action;
    result.referenceCode = operation->referenceCode();
    result.invoice = operation->invoice();
    if (!operation->succeeded()) {
        result.message = plainMessage(operation->error());
        result.issues = operation->error().issues;
    } else if (operation->jobFailed()) {
        const QString serverMessage = operation->jobState() ? operation->jobState()->message : QString();
        result.message = serverMessage.isEmpty() ? tr("The provider refused the invoice.") : serverMessage;
    } else {
        result.ok = true;
    }
    Q_EMIT actionFinished(result);
}

void SepayInvoiceActions::deleteDraft(const QString &referenceCode)
{
    DeleteDraftJob *job = m_client->deleteDraft(referenceCode);
    m_current = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        Result result;
        result.action = Action::DeleteDraft;
        result.referenceCode = job->referenceCode();
        result.ok = job->succeeded();
        if (!result.ok)
            result.message = plainMessage(job->error());
        Q_EMIT actionFinished(result);
    });
}

void SepayInvoiceActions::downloadPdf(const QString &referenceCode)
{
    DownloadJob *job = m_client->download(referenceCode, FileType::Pdf);
    m_current = job;
    connect(job, &ApiJob::finished, this, [this, job, referenceCode] {
        if (job->succeeded()) {
            Q_EMIT pdfReady(referenceCode, job->file().content);
            return;
        }
        Result result;
        result.action = Action::DownloadPdf;
        result.referenceCode = referenceCode;
        result.message = plainMessage(job->error());
        Q_EMIT actionFinished(result);
    });
}

void SepayInvoiceActions::cancel()
{
    if (m_outboxWork && m_outboxWork->cancel())
        return;
    if (auto *operation = qobject_cast<InvoiceOperation *>(m_current.data()))
        operation->cancel();
    else if (auto *job = qobject_cast<ApiJob *>(m_current.data()))
        job->cancel();
}

} // namespace einvoice
