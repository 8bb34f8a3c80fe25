#include "tokenjob.h"

namespace einvoice {

TokenJob::TokenJob(ApiConnection *connection, const Credentials &credentials, QObject *parent)
    : ApiJob(connection, parent), m_credentials(credentials)
{
}

void TokenJob::prepareRequest(QNetworkRequest &request) const
{
    const QByteArray pair = m_credentials.clientId.toUtf8() + ':' + m_credentials.clientSecret.toUtf8();
    request.setRawHeader("Authorization", "Basic " + pair.toBase64());
}

ApiError TokenJob::parse(const QJsonObject &root)
{
    QJsonObject data = root.value(QLatin1String("data")).toObject();
    if (data.isEmpty() && root.contains(QLatin1String("access_token")))
        data = root; // tolerated: token at top level
    m_accessToken = data.value(QLatin1String("access_token")).toString();
    if (m_accessToken.isEmpty())
        return ApiError::parse(QStringLiteral("data.access_token"), tr("missing or not a string"));
    const QJsonValue expires = data.value(QLatin1String("expires_in"));
    m_expiresIn = expires.isString() ? expires.toString().toLongLong() : expires.toInteger(0);
    if (m_expiresIn <= 0)
        return ApiError::parse(QStringLiteral("data.expires_in"), tr("missing or not a positive integer"));
    return ApiError();
}

} // namespace einvoice
