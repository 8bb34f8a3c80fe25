#include "accountendpoints.h"

#include "accountstore.h"

#include <QJsonArray>
#include <QUuid>

namespace einvoice {

HttpReply AccountEndpoints::token(const SandboxRequest &request)
{
    const QByteArray header = request.header("authorization").trimmed();
    const auto badRequest = [] {
        return HttpReply::error(
            400, QStringLiteral("BAD_REQUEST"), QStringLiteral("Thiếu hoặc sai định dạng trường bắt buộc."));
    };
    if (!header.startsWith("Basic ") && !header.startsWith("basic "))
        return badRequest();
    const auto decoded
        = QByteArray::fromBase64Encoding(header.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype colon = decoded.decoded.indexOf(':');
    if (!decoded || colon < 0)
        return badRequest();
    const QString id = QString::fromUtf8(decoded.decoded.left(colon));
    const QString secret = QString::fromUtf8(decoded.decoded.mid(colon + 1));
    if (id != m_context.config.clientId || secret != m_context.config.clientSecret) {
        return HttpReply::error(401, QStringLiteral("UNAUTHORIZED"),
            QStringLiteral("Sai thông tin client_id hoặc client_secret."));
    }
    // An opaque token shaped like the documented HS256 JWT, so clients that log its prefix look real.
    const QString token = QStringLiteral("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.sandbox.")
        + QUuid::createUuid().toString(QUuid::Id128) + QUuid::createUuid().toString(QUuid::Id128);
    const int lifetime = m_context.config.tokenLifetimeSeconds;
    m_context.db.addToken(token, m_context.nowMs() + qint64(lifetime) * 1000);
    return HttpReply::success(QJsonObject {
        {QStringLiteral("access_token"), token},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_in"), lifetime},
    });
}

QJsonObject AccountEndpoints::accountJson(const StoredAccount &stored, bool withTemplates)
{
    const ProviderAccount &account = stored.account;
    QJsonObject object {
        {QStringLiteral("id"), account.id},
        {QStringLiteral("provider"), account.provider},
        {QStringLiteral("active"), account.active},
        {QStringLiteral("tax_authority_approved_date"),
            account.taxAuthorityApprovedDate
                ? QJsonValue(account.taxAuthorityApprovedDate->toString(Qt::ISODate))
                : QJsonValue(QJsonValue::Null)},
    };
    if (withTemplates) {
        QJsonArray templates;
        for (const InvoiceTemplate &t : account.templates) {
            templates.append(QJsonObject {{QStringLiteral("template_code"), t.templateCode},
                {QStringLiteral("invoice_series"), t.invoiceSeries},
                {QStringLiteral("invoice_label"), t.invoiceLabel}});
        }
        object.insert(QStringLiteral("templates"), templates);
    }
    return object;
}

void AccountEndpoints::readPaging(const SandboxRequest &request, int defaultPerPage, int *page, int *perPage)
{
    bool ok = false;
    const int askedPage = request.query.queryItemValue(QStringLiteral("page")).toInt(&ok);
    *page = ok ? qMax(1, askedPage) : 1;
    const int askedPerPage = request.query.queryItemValue(QStringLiteral("per_page")).toInt(&ok);
    *perPage = ok ? qBound(1, askedPerPage, 100) : defaultPerPage;
}

QJsonObject AccountEndpoints::pagingJson(int page, int perPage, int total)
{
    const int pageCount = (total + perPage - 1) / perPage;
    return QJsonObject {
        {QStringLiteral("per_page"), perPage},
        {QStringLiteral("total"), total},
        {QStringLiteral("has_more"), page < pageCount},
        {QStringLiteral("current_page"), page},
        {QStringLiteral("page_count"), pageCount},
    };
}

HttpReply AccountEndpoints::list(const SandboxRequest &request)
{
    if (!m_context.isAuthorized(request))
        return HttpReply::unauthorized();
    int page = 1;
    int perPage = 20;
    readPaging(request, 20, &page, &perPage);
    const QList<StoredAccount> accounts = AccountStore(m_context.db).all();
    QJsonArray items;
    for (qsizetype i = qsizetype(page - 1) * perPage; i < accounts.size() && items.size() < perPage; ++i)
        items.append(accountJson(accounts.at(i), false));
    return HttpReply::dataOnly(QJsonObject {
        {QStringLiteral("paging"), pagingJson(page, perPage, int(accounts.size()))},
        {QStringLiteral("items"), items},
    });
}

HttpReply AccountEndpoints::detail(const SandboxRequest &request)
{
    if (!m_context.isAuthorized(request))
        return HttpReply::unauthorized();
    const std::optional<StoredAccount> stored = AccountStore(m_context.db).find(request.arguments.value(0));
    if (!stored)
        return HttpReply::notFound(QStringLiteral("Không tìm thấy tài khoản nhà cung cấp."));
    return HttpReply::success(accountJson(*stored, true));
}

HttpReply AccountEndpoints::usage(const SandboxRequest &request)
{
    if (!m_context.isAuthorized(request))
        return HttpReply::unauthorized();
    return HttpReply::dataOnly(
        QJsonObject {{QStringLiteral("quota_remaining"), QString::number(m_context.db.quota())}});
}

} // namespace einvoice
