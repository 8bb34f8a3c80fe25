#include "provideraccountjob.h"

namespace einvoice {

ProviderAccountJob::ProviderAccountJob(ApiConnection *connection, const QString &id, QObject *parent)
    : ApiJob(connection, parent), m_id(id)
{
}

ApiError ProviderAccountJob::parse(const QJsonObject &root)
{
    ApiError error;
    const QJsonObject data = root.value(QLatin1String("data")).toObject();
    if (auto account = take(json::parseProviderAccount(data, QStringLiteral("data")), error))
        m_account = *account;
    return error;
}

} // namespace einvoice
