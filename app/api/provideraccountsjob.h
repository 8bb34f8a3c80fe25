#pragma once

#include "apijob.h"
#include "core/remoteinvoice.h"

namespace einvoice {

// GET /v1/provider-accounts (sepay-api.md 5.2).
class ProviderAccountsJob : public ApiJob
{
    Q_OBJECT

public:
    ProviderAccountsJob(ApiConnection *connection, int page, int perPage, QObject *parent = nullptr);

    const QList<ProviderAccount> &accounts() const { return m_accounts; }
    const Paging &paging() const { return m_paging; }

protected:
    QString path() const override { return QStringLiteral("/v1/provider-accounts"); }
    QUrlQuery query() const override;
    ApiError parse(const QJsonObject &root) override;

private:
    int m_page;
    int m_perPage;
    QList<ProviderAccount> m_accounts;
    Paging m_paging;
};

} // namespace einvoice
