#pragma once

#include "apijob.h"
#include "credentials.h"

namespace einvoice {

// POST /v1/token with Basic auth (sepay-api.md 5.1). Used by TokenManager; bypasses the request
// queue so that queued jobs waiting for a token cannot starve it.
class TokenJob : public ApiJob
{
    Q_OBJECT

public:
    TokenJob(ApiConnection *connection, const Credentials &credentials, QObject *parent = nullptr);

    QString accessToken() const { return m_accessToken; }
    qint64 expiresInSeconds() const { return m_expiresIn; }

protected:
    Method method() const override { return Method::Post; }
    QString path() const override { return QStringLiteral("/v1/token"); }
    bool requiresToken() const override { return false; }
    bool isIdempotent() const override { return true; } // a spare token harms nobody
    bool usesQueue() const override { return false; }
    void prepareRequest(QNetworkRequest &request) const override;
    ApiError parse(const QJsonObject &root) override;

private:
    Credentials m_credentials;
    QString m_accessToken;
    qint64 m_expiresIn = 0;
};

} // namespace einvoice
