#pragma once

#include "apijob.h"

namespace einvoice {

// GET /v1/usage: issuances left in the current package (sepay-api.md 5.12).
class UsageJob : public ApiJob
{
    Q_OBJECT

public:
    explicit UsageJob(ApiConnection *connection, QObject *parent = nullptr) : ApiJob(connection, parent) { }

    qint64 quotaRemaining() const { return m_quotaRemaining; }

protected:
    QString path() const override { return QStringLiteral("/v1/usage"); }
    ApiError parse(const QJsonObject &root) override;

private:
    qint64 m_quotaRemaining = 0;
};

} // namespace einvoice
