#include "correctionoperation.h"

#include "apiconnection.h"
#include "core/correctionvalidator.h"
#include "core/originrules.h"
#include "createinvoiceoperation.h"
#include "trackingurl.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace einvoice {

CorrectionOperation::Prepared CorrectionOperation::prepare(CorrectionRequest request)
{
    Prepared prepared;
    prepared.generated = CreateInvoiceOperation::fixReferenceCode(request.invoice);
    request.invoice.isDraft = CorrectionContract::allowsDraft && request.invoice.isDraft;
    prepared.request = std::move(request);
    return prepared;
}

CorrectionOperation::CorrectionOperation(
    ApiConnection *connection, CorrectionRequest request, bool wait, QObject *parent)
    : CorrectionOperation(connection, prepare(std::move(request)), wait, parent)
{
}

CorrectionOperation::CorrectionOperation(
    ApiConnection *connection, Prepared prepared, bool wait, QObject *parent)
    : InvoiceOperation(connection, JobKind::Create, prepared.request.invoice.referenceCode, wait, parent),
      m_request(std::move(prepared.request)),
      m_generated(prepared.generated)
{
}

QJsonObject CorrectionOperation::payload() const
{
    return connection()->options().corrections.payload(
        m_request.invoice, m_request.kind, m_request.origin.summary.referenceCode);
}

ValidationIssues CorrectionOperation::check() const
{
    const OriginRules::Verdict verdict = OriginRules::check(
        m_request.origin, m_request.kind, connection()->options().corrections.acceptedProviderStatus);
    if (!verdict.allowed())
        return verdict.issues;
    InvoiceValidator::Context context;
    context.clock = &connection()->clock();
    return CorrectionValidator::validate(m_request.invoice, m_request.kind, m_request.origin, context);
}

void CorrectionOperation::begin()
{
    const ValidationIssues issues = m_payload ? ValidationIssues() : check();
    if (hasErrors(issues)) {
        QTimer::singleShot(0, this, [this, issues] { finish(ApiError::validation(issues)); });
        return;
    }
    post();
}

JobTicketJob *CorrectionOperation::makePost()
{
    const CorrectionContract &contract = connection()->options().corrections;
    return JobTicketJob::post(
        connection(), contract.endpointPath(m_request.kind), m_payload ? *m_payload : payload(), this);
}

void CorrectionOperation::onRefused(const ApiError &error)
{
    if (error.isDocumentExisted()) {
        m_conflict = true;
        lookUp();
        return;
    }
    // 401 after the replay and 403 are final. Any other refusal after an earlier attempt may mean
    // that attempt landed (the origin is now replaced, in progress...): check once.
    const bool maybeDoneBefore = postCount() > 1 && error.httpStatus >= 400 && error.httpStatus < 500
        && error.httpStatus != 401 && error.httpStatus != 403;
    if (maybeDoneBefore && !m_checkingRefusal) {
        m_checkingRefusal = true;
        lookUp();
        return;
    }
    finish(error);
}

// The reference code is taken: adopted only when it holds this very correction (its origin, its
// kind, its content); an earlier correction under the same code with other lines is a conflict.
void CorrectionOperation::onFound(const InvoiceDetail &invoice)
{
    if (!CorrectionContract::isCorrectionOf(invoice, m_request.kind, originReferenceCode())) {
        finish(ApiError::http(409, QStringLiteral("EINVOICE_DOCUMENT_EXISTED"),
            tr("The reference code %1 belongs to another invoice, not to this correction of %2.")
                .arg(referenceCode(), originReferenceCode())));
        return;
    }
    const QStringList differences = CorrectionContract::differences(m_request.invoice, invoice);
    if (differences.isEmpty()) {
        adopt(invoice.summary);
        return;
    }
    qCInfo(lcApi) << "reference code" << referenceCode() << "holds another correction:" << differences;
    finish(ApiError::http(409, QStringLiteral("REFERENCE_CODE_CONFLICT"),
        tr("Reference code %1 already belongs to a different correction of %2 (differs in: %3). "
           "Nothing was sent again; use another reference code.")
            .arg(referenceCode(), originReferenceCode(), differences.join(QStringLiteral(", ")))));
}

void CorrectionOperation::onNotFound()
{
    if (m_conflict) {
        lookUpConflictAgain(); // 409 proves it exists
        return;
    }
    if (m_checkingRefusal) {
        finish(m_lastError);
        return;
    }
    // Proven absent: sending again cannot make a second correction.
    resendLater(m_lastError);
}

QString CorrectionOperation::checkPathOf(const JobTicket &ticket, QUrlQuery *query, ApiError *error) const
{
    if (ticket.trackingUrl.isEmpty())
        return connection()->options().corrections.fallbackCheckPath(m_request.kind, ticket.trackingCode);
    const TrackingUrl tracking
        = TrackingUrl::check(connection()->environment().baseUrl(), ticket.trackingUrl);
    if (!tracking.isFollowable()) {
        *error = ApiError::parse(QStringLiteral("data.tracking_url"), tracking.problem());
        return QString();
    }
    *query = tracking.query();
    return tracking.path();
}

} // namespace einvoice
