#include "invoicecommandendpoints.h"

#include "accountstore.h"
#include "createrequestchecker.h"
#include "invoicejsonwriter.h"
#include "invoicerows.h"
#include "invoicestore.h"
#include "jobprocessor.h"

#include <QJsonDocument>
#include <QUuid>

namespace einvoice {

namespace {

QString newCode()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

HttpReply InvoiceCommandEndpoints::quotaExceeded()
{
    return HttpReply::error(
        403, QStringLiteral("QUOTA_EXCEEDED"), QStringLiteral("Đã hết hạn ngạch hóa đơn điện tử."));
}

std::optional<HttpReply> InvoiceCommandEndpoints::checkAccount(const Invoice &invoice, StoredAccount *account)
{
    const std::optional<StoredAccount> found = AccountStore(m_context.db).find(invoice.providerAccountId);
    if (!found)
        return HttpReply::badRequest(QStringLiteral("provider_account_id"), QStringLiteral("không tồn tại"));
    if (!found->account.active)
        return HttpReply::badRequest(
            QStringLiteral("provider_account_id"), QStringLiteral("tài khoản không hoạt động"));
    bool templateKnown = false;
    for (const InvoiceTemplate &t : found->account.templates) {
        templateKnown = templateKnown || t.templateCode == invoice.templateCode;
        if (t.templateCode == invoice.templateCode && t.invoiceSeries == invoice.invoiceSeries) {
            *account = *found;
            return std::nullopt;
        }
    }
    if (!templateKnown)
        return HttpReply::badRequest(
            QStringLiteral("template_code"), QStringLiteral("không thuộc tài khoản"));
    return HttpReply::badRequest(QStringLiteral("invoice_series"), QStringLiteral("không thuộc tài khoản"));
}

std::optional<HttpReply> InvoiceCommandEndpoints::checkTaxApproval(
    const StoredAccount &account, const QString &issuedDate)
{
    if (!account.registrationApproved) {
        return HttpReply::error(422, QStringLiteral("REGISTRATION_NOT_TAX_APPROVED"),
            QStringLiteral("Đăng ký sử dụng hóa đơn điện tử chưa được cơ quan thuế chấp thuận."));
    }
    const auto &approved = account.account.taxAuthorityApprovedDate;
    if (approved && QDate::fromString(issuedDate.left(10), Qt::ISODate) < *approved) {
        return HttpReply::error(422, QStringLiteral("INVOICE_DATE_BEFORE_TAX_APPROVAL"),
            QStringLiteral(
                "Ngày hóa đơn trước ngày cơ quan thuế chấp thuận đăng ký sử dụng hóa đơn điện tử."));
    }
    return std::nullopt;
}

StoredJob InvoiceCommandEndpoints::newJob(const QString &kind, const QString &referenceCode, bool alsoIssue)
{
    StoredJob job {newCode(), kind, referenceCode, 0, m_context.nowMs(), QStringLiteral("Pending"),
        QStringLiteral("Yêu cầu đang được xử lý"), alsoIssue};
    InvoiceStore(m_context.db).insertJob(job);
    return job;
}

HttpReply InvoiceCommandEndpoints::accepted(QUrl base, const QString &segment, const QString &trackingCode)
{
    QUrl &url = base;
    url.setPath(QStringLiteral("/v1/invoices/") + segment + QStringLiteral("/check/") + trackingCode);
    return HttpReply::success(QJsonObject {
        {QStringLiteral("tracking_code"), trackingCode},
        {QStringLiteral("tracking_url"), url.toString(QUrl::FullyEncoded)},
        {QStringLiteral("message"), QStringLiteral("Đã tạo yêu cầu xuất bán hóa đơn điện tử")},
    });
}

HttpReply InvoiceCommandEndpoints::create(const SandboxRequest &request)
{
    if (!m_context.isAuthorized(request))
        return HttpReply::unauthorized();
    CreateRequestChecker::Result checked = CreateRequestChecker::check(request.body, m_context.clock);
    if (checked.error)
        return *checked.error;
    StoredAccount account;
    if (std::optional<HttpReply> error = checkAccount(checked.invoice, &account))
        return *error;
    if (checked.invoice.referenceCode.isEmpty()) {
        checked.invoice.referenceCode = newCode();
        checked.payload.insert(QStringLiteral("reference_code"), checked.invoice.referenceCode);
    }
    InvoiceStore store(m_context.db);
    if (store.exists(checked.invoice.referenceCode)) {
        return HttpReply::error(409, QStringLiteral("EINVOICE_DOCUMENT_EXISTED"),
            QStringLiteral("Hệ thống đã ghi nhận hoá đơn cho mã tham chiếu này."));
    }
    if (!checked.isDraft) {
        if (m_context.db.quota() <= 0)
            return quotaExceeded();
        if (std::optional<HttpReply> error
            = checkTaxApproval(account, checked.payload.value(QStringLiteral("issued_date")).toString()))
            return *error;
    }
    StoredInvoice row = InvoiceRows::fromInvoice(checked.invoice, checked.payload);
    row.status = QStringLiteral("creating");
    row.createTracking = newCode();
    if (!store.insert(row))
        return HttpReply::error(
            500, QStringLiteral("INTERNAL_ERROR"), QStringLiteral("Lỗi hệ thống, vui lòng thử lại sau."));
    StoredJob job {row.createTracking, QStringLiteral("create"), row.referenceCode, 0, m_context.nowMs(),
        QStringLiteral("Pending"), QStringLiteral("Yêu cầu đang được xử lý"), !checked.isDraft};
    store.insertJob(job);
    return accepted(m_context.baseUrl, QStringLiteral("create"), job.trackingCode);
}

HttpReply InvoiceCommandEndpoints::issue(const SandboxRequest &request)
{
    if (!m_context.isAuthorized(request))
        return HttpReply::unauthorized();
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonValue reference = body.value(QStringLiteral("reference_code"));
    if (!reference.isString() || reference.toString().trimmed().isEmpty())
        return HttpReply::badRequest(QStringLiteral("reference_code"));
    InvoiceStore store(m_context.db);
    const std::optional<StoredInvoice> row = store.find(reference.toString());
    if (!row || row->status != QLatin1String("draft"))
        return HttpReply::notFound(QStringLiteral("Không tìm thấy hóa đơn nháp với mã tham chiếu này."));
    const std::optional<StoredAccount> account = AccountStore(m_context.db).find(row->accountId);
    if (!account)
        return HttpReply::notFound(QStringLiteral("Không tìm thấy tài khoản nhà cung cấp của hóa đơn."));
    if (std::optional<HttpReply> error = checkTaxApproval(*account, row->issuedDate))
        return *error;
    if (m_context.db.quota() <= 0)
        return quotaExceeded();
    const StoredJob job = newJob(QStringLiteral("issue"), row->referenceCode, false);
    store.setIssueTracking(row->referenceCode, job.trackingCode);
    return accepted(m_context.baseUrl, QStringLiteral("issue"), job.trackingCode);
}

HttpReply InvoiceCommandEndpoints::createCheck(const SandboxRequest &request)
{
    return check(request, QStringLiteral("create"));
}

HttpReply InvoiceCommandEndpoints::issueCheck(const SandboxRequest &request)
{
    return check(request, QStringLiteral("issue"));
}

HttpReply InvoiceCommandEndpoints::check(const SandboxRequest &request, const QString &segment)
{
    if (!m_context.isAuthorized(request))
        return HttpReply::unauthorized();
    std::optional<StoredJob> job = InvoiceStore(m_context.db).findJob(request.arguments.value(0));
    if (!job || m_context.config.corrections.checkSegmentOf(job->kind) != segment)
        return HttpReply::notFound(QStringLiteral("Không tìm thấy yêu cầu với mã theo dõi này."));
    const StoredJob now = JobProcessor(m_context).poll(*job);
    QJsonObject data {
        {QStringLiteral("reference_code"), now.referenceCode},
        {QStringLiteral("status"), now.state},
        {QStringLiteral("message"), now.message},
    };
    if (now.state == QLatin1String("Success")) {
        if (const std::optional<StoredInvoice> row = InvoiceStore(m_context.db).find(now.referenceCode))
            data.insert(QStringLiteral("invoice"), InvoiceJsonWriter::summary(*row, m_context.baseUrl));
    }
    return HttpReply::success(data);
}

HttpReply InvoiceCommandEndpoints::deleteDraft(const SandboxRequest &request)
{
    if (!m_context.isAuthorized(request))
        return HttpReply::unauthorized();
    InvoiceStore store(m_context.db);
    const QString reference = request.arguments.value(0);
    const std::optional<StoredInvoice> row = store.find(reference);
    if (!row || row->status == QLatin1String("creating"))
        return HttpReply::notFound(QStringLiteral("Không tìm thấy hóa đơn với mã tham chiếu này."));
    if (row->status != QLatin1String("draft"))
        return HttpReply::badRequest(
            QStringLiteral("reference_code"), QStringLiteral("chỉ xóa được hóa đơn nháp"));
    store.remove(reference);
    return HttpReply::success(QJsonObject {
        {QStringLiteral("reference_code"), reference},
        {QStringLiteral("message"), QStringLiteral("Hóa đơn nháp đã được xóa thành công")},
    });
}

} // namespace einvoice
