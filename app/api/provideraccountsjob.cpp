#include "provideraccountsjob.h"

namespace einvoice {

ProviderAccountsJob::ProviderAccountsJob(ApiConnection *connection, int page, int perPage, QObject *parent)
    : ApiJob(connection, parent), m_page(page), m_perPage(perPage)
{
}

QUrlQuery ProviderAccountsJob::query() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QString::number(m_page));
    query.addQueryItem(QStringLiteral("per_page"), QString::number(m_perPage));
    return query;
}

ApiError ProviderAccountsJob::parse(const QJsonObject &root)
{
    return parsePage(
        root,
        [](const QJsonObject &item, const QString &path) { return json::parseProviderAccount(item, path); },
        m_paging, m_accounts);
}

} // namespace einvoice
