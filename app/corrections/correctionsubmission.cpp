#include "correctionsubmission.h"

#include "api/apiconnection.h"
#include "api/correctionoperation.h"
#include "api/invoicedetailjob.h"
#include "api/sepayclient.h"
#include "core/correctionvalidator.h"
#include "core/originrules.h"
#include "correctiondraft.h"
#include "correctionledger.h"
#include "correctionoriginlock.h"
#include "originadjustments.h"
#include "store/database.h"
#include "store/outboxstatemachine.h"

#include <QLoggingCategory>
#include <QTimer>

namespace einvoice {

Q_LOGGING_CATEGORY(lcCorrections, "einvoice.corrections")

namespace {

const QString OriginField = QStringLiteral("original_invoice_reference_code");

} // namespace

CorrectionSubmission::CorrectionSubmission(SepayClient *client, Database *database, OutboxRepository *outbox,
    const QString &environment, CorrectionOrder order, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_database(database),
      m_outbox(outbox),
      m_environment(environment),
      m_order(std::move(order))
{
    m_outcome.referenceCode = m_order.invoice.referenceCode;
}

CorrectionSubmission::~CorrectionSubmission() = default;

void CorrectionSubmission::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_order.origin) {
        readOrigin();
        return;
    }
    m_outcome.origin = m_order.origin;
    // Never finish inside start(): the caller may connect afterwards in the same turn.
    QTimer::singleShot(0, this, &CorrectionSubmission::check);
}

void CorrectionSubmission::cancel()
{
    if (auto *operation = qobject_cast<InvoiceOperation *>(m_current.data()))
        operation->cancel(); // its finished() records the request as unknown
    else if (auto *job = qobject_cast<ApiJob *>(m_current.data()))
        job->cancel();
    else
        end(CorrectionOutcome::Status::Error);
}

void CorrectionSubmission::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void CorrectionSubmission::readOrigin()
{
    setStage(Stage::ReadingOrigin);
    auto *job = m_client->invoice(m_order.originReferenceCode);
    m_current = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (m_finished)
            return;
        if (job->succeeded()) {
            m_outcome.origin = job->invoice();
            check();
        } else if (job->error().isNotFound()) {
            refuse({{ValidationIssue::Severity::Error, OriginField,
                QT_TRANSLATE_NOOP("einvoice::Validation", "No invoice has the reference code %1."),
                {m_order.originReferenceCode}}});
        } else {
            m_outcome.error = job->error();
            end(CorrectionOutcome::Status::Error);
        }
    });
}

void CorrectionSubmission::check()
{
    if (m_finished)
        return;
    setStage(Stage::Checking);
    if (!lockOrigin())
        return;
    // What was sent before is followed up whatever the origin says now: a replacement that
    // landed has made its origin "replaced", which the rules would refuse.
    QList<OutboxEntry> unfinished;
    if (!checkLedger(&unfinished))
        return;
    if (!unfinished.isEmpty())
        return resume(unfinished.first());
    const InvoiceDetail &origin = *m_outcome.origin;
    const OriginRules::Verdict verdict
        = OriginRules::check(origin, m_order.kind, m_client->options().corrections.acceptedProviderStatus);
    m_outcome.warnings << verdict.warnings;
    if (!verdict.allowed())
        return refuse(verdict.issues);
    const StoreResult<Decimal> earlier
        = OriginAdjustments::netOf(*m_database, *m_outbox, m_environment, m_order.originReferenceCode);
    if (!earlier.ok()) {
        m_outcome.storeProblem = earlier.error().userMessage();
        return end(CorrectionOutcome::Status::Error);
    }
    InvoiceValidator::Context context;
    context.clock = &m_client->connection()->clock();
    const ValidationIssues issues
        = CorrectionValidator::validate(m_order.invoice, m_order.kind, origin, context, earlier.value());
    for (const ValidationIssue &issue : issues) {
        if (!issue.isError())
            m_outcome.warnings << issue.text();
    }
    if (hasErrors(issues))
        return refuse(issues);
    if (m_order.kind == CorrectionKind::Replace && CorrectionDraft::repeatsOrigin(m_order.invoice, origin))
        m_outcome.warnings << tr("The replacement is identical to the original invoice %1: nothing was "
                                 "changed (buyer, lines and amounts are the same).")
                                  .arg(m_order.originReferenceCode);
    record();
}

// Another submission for the origin (another window, the command line) may be between its checks
// and its request: this one waits for nothing and sends nothing; the user tries again once that
// one has ended, and then the checks see its result. False when the submission has ended.
bool CorrectionSubmission::lockOrigin()
{
    m_lock = std::make_unique<CorrectionOriginLock>(
        m_database->filePath(), m_environment, m_order.originReferenceCode);
    if (m_lock->tryLock())
        return true;
    const qint64 holder = m_lock->holderPid();
    m_lock.reset();
    refuse({{ValidationIssue::Severity::Error, OriginField,
        QT_TRANSLATE_NOOP("einvoice::Validation",
            "Another correction of invoice %1 is being sent right now (by this app or the command "
            "line, process %2). Nothing was sent: wait until it has ended, look at the invoice "
            "again, then send this correction if it is still needed."),
        {m_order.originReferenceCode, QString::number(holder)}}});
    return false;
}

// What this computer's outbox knows about corrections of the origin: a replacement it sent and
// saw succeed refuses another (the server's detail may not show it), and an unfinished request
// is followed up first. False when the submission has ended.
bool CorrectionSubmission::checkLedger(QList<OutboxEntry> *unfinished)
{
    const auto entries
        = CorrectionLedger(*m_database, *m_outbox, m_environment).entriesFor(m_order.originReferenceCode);
    if (!entries.ok()) {
        m_outcome.storeProblem = entries.error().userMessage();
        end(CorrectionOutcome::Status::Error);
        return false;
    }
    for (const OutboxEntry &entry : entries.value()) {
        if (entry.kind == OutboxKind::Replace && entry.state == OutboxState::Succeeded) {
            refuse({{ValidationIssue::Severity::Error, OriginField,
                QT_TRANSLATE_NOOP("einvoice::Validation",
                    "Invoice %1 was already replaced by %2 from this computer, and an invoice can be "
                    "replaced only once. Correct %2 instead."),
                {m_order.originReferenceCode, entry.referenceCode}}});
            return false;
        }
        if (OutboxStateMachine::isUnfinished(entry.state))
            unfinished->append(entry);
    }
    return true;
}

void CorrectionSubmission::refuse(const ValidationIssues &issues)
{
    m_outcome.error = ApiError::validation(issues);
    end(CorrectionOutcome::Status::Refused);
}

void CorrectionSubmission::end(CorrectionOutcome::Status status)
{
    if (m_finished)
        return;
    m_finished = true;
    m_lock.reset();
    m_outcome.status = status;
    qCInfo(lcCorrections) << "correction of" << m_order.originReferenceCode << "by" << m_outcome.referenceCode
                          << "ended" << int(status);
    setStage(Stage::Done);
    Q_EMIT finished();
    deleteLater();
}

} // namespace einvoice
