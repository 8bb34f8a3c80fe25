#include "provideraccountsjob.h"

#include <QJsonArray>

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
    const QJsonObject data = root.value(QLatin1String("data")).toObject();
    ApiError error;
    if (auto paging = take(json::parsePaging(data.value(QLatin1String("paging")).toObject()), error))
        m_paging = *paging;
    else
        return error;
    const QJsonValue items = data.value(QLatin1String("items"));
    if (!items.isArray())
        return ApiError::parse(QStringLiteral("data.items"), tr("missing or not an array"));
    const QJsonArray array = items.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("data.items[%1]").arg(i);
        if (auto account = take(json::parseProviderAccount(array.at(i).toObject(), at), error))
            m_accounts.append(*account);
        else
            return error;
    }
    return ApiError();
}

} // namespace einvoice
