#include "correctionendpoints.h"

#include "correctionorigincheck.h"
#include "invoicecommandendpoints.h"
#include "invoicerows.h"
#include "invoicestore.h"

#include <QUuid>

namespace einvoice {

namespace {

QString newCode()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString jobKindOf(CorrectionKind kind)
{
    return isAdjustment(kind) ? QStringLiteral("adjust") : QStringLiteral("replace");
}

} // namespace

HttpReply CorrectionEndpoints::replace(const SandboxRequest &request)
{
    return submit(request, false);
}

HttpReply CorrectionEndpoints::adjust(const SandboxRequest &request)
{
    return submit(request, true);
}

HttpReply CorrectionEndpoints::replaceCheck(const SandboxRequest &request)
{
    return m_commands.check(request, QStringLiteral("replace"));
}

HttpReply CorrectionEndpoints::adjustCheck(const SandboxRequest &request)
{
    return m_commands.check(request, QStringLiteral("adjust"));
}

HttpReply CorrectionEndpoints::submit(const SandboxRequest &request, bool adjusting)
{
    if (!m_context.isAuthorized(request))
        return HttpReply::unauthorized();
    CorrectionRequestChecker::Result checked
        = CorrectionRequestChecker::check(request.body, m_context.clock, adjusting);
    if (checked.error)
        return *checked.error;
    StoredAccount account;
    if (std::optional<HttpReply> error = checkCorrection(checked, &account))
        return *error;
    if (std::optional<HttpReply> error = checkIssuing(checked, account))
        return *error;
    return start(checked);
}

// The account, the new reference code (409 when taken), the origin rules, the lines, the date.
std::optional<HttpReply> CorrectionEndpoints::checkCorrection(
    CorrectionRequestChecker::Result &checked, StoredAccount *account)
{
    Invoice &invoice = checked.create.invoice;
    if (std::optional<HttpReply> error = m_commands.checkAccount(invoice, account))
        return error;
    if (invoice.referenceCode.isEmpty()) {
        invoice.referenceCode = newCode();
        checked.create.payload.insert(QStringLiteral("reference_code"), invoice.referenceCode);
    }
    InvoiceStore store(m_context.db);
    if (store.exists(invoice.referenceCode)) {
        return HttpReply::error(409, QStringLiteral("EINVOICE_DOCUMENT_EXISTED"),
            QStringLiteral("Hệ thống đã ghi nhận hoá đơn cho mã tham chiếu này."));
    }
    std::optional<CorrectionRefusal> refusal
        = CorrectionOriginCheck(m_context.db)
              .check(checked.originCode, invoice.providerAccountId, checked.kind);
    if (!refusal)
        refusal = CorrectionRequestChecker::checkLines(
            invoice, checked.kind, m_context.config.corrections.decreaseSign);
    const std::optional<StoredInvoice> origin = store.find(checked.originCode);
    if (!refusal && origin
        && invoice.issuedAt.date() < QDate::fromString(origin->issuedDate.left(10), Qt::ISODate))
        refusal = CorrectionRefusal::DateBeforeOrigin;
    if (refusal)
        return correctionRefusalReply(*refusal);
    return std::nullopt;
}

// As create with is_draft false: quota, registration and the approval date.
std::optional<HttpReply> CorrectionEndpoints::checkIssuing(
    const CorrectionRequestChecker::Result &checked, const StoredAccount &account)
{
    if (m_context.db.quota() <= 0)
        return InvoiceCommandEndpoints::quotaExceeded();
    return InvoiceCommandEndpoints::checkTaxApproval(
        account, checked.create.payload.value(QStringLiteral("issued_date")).toString());
}

HttpReply CorrectionEndpoints::start(const CorrectionRequestChecker::Result &checked)
{
    StoredInvoice row = InvoiceRows::fromInvoice(checked.create.invoice, checked.create.payload);
    row.status = QStringLiteral("creating");
    row.createTracking = newCode();
    row.documentType = documentTypeOf(checked.kind);
    row.originalReferenceCode = checked.originCode;
    row.adjustmentType = adjustmentTypeWire(checked.kind);
    InvoiceStore store(m_context.db);
    if (!store.insert(row))
        return HttpReply::error(
            500, QStringLiteral("INTERNAL_ERROR"), QStringLiteral("Lỗi hệ thống, vui lòng thử lại sau."));
    const QString kind = jobKindOf(checked.kind);
    store.insertJob(StoredJob {row.createTracking, kind, row.referenceCode, 0, m_context.nowMs(),
        QStringLiteral("Pending"), QStringLiteral("Yêu cầu đang được xử lý"), true});
    const CorrectionReadings &readings = m_context.config.corrections;
    const QUrl base = readings.trackingBase.isEmpty() ? m_context.baseUrl : QUrl(readings.trackingBase);
    return InvoiceCommandEndpoints::accepted(base, readings.checkSegmentOf(kind), row.createTracking);
}

} // namespace einvoice
