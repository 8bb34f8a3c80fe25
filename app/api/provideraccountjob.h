#pragma once

#include "apijob.h"
#include "core/remoteinvoice.h"

namespace einvoice {

// GET /v1/provider-accounts/{id}: one account with its templates and series (sepay-api.md 5.3).
class ProviderAccountJob : public ApiJob
{
    Q_OBJECT

public:
    ProviderAccountJob(ApiConnection *connection, const QString &id, QObject *parent = nullptr);

    const ProviderAccount &account() const { return m_account; }

protected:
    QString path() const override { return QStringLiteral("/v1/provider-accounts/") + encoded(m_id); }
    ApiError parse(const QJsonObject &root) override;

private:
    QString m_id;
    ProviderAccount m_account;
};

} // namespace einvoice
