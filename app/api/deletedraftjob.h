#pragma once

#include "apijob.h"

namespace einvoice {

// POST /v1/invoices/delete/{reference_code} (sepay-api.md 5.8). Drafts only; irreversible.
class DeleteDraftJob : public ApiJob
{
    Q_OBJECT

public:
    DeleteDraftJob(ApiConnection *connection, const QString &referenceCode, QObject *parent = nullptr);

    QString referenceCode() const { return m_referenceCode; }
    QString message() const { return m_message; }

protected:
    Method method() const override { return Method::Post; }
    QString path() const override
    {
        return QStringLiteral("/v1/invoices/delete/") + encoded(m_referenceCode);
    }
    ApiError parse(const QJsonObject &root) override;

private:
    QString m_referenceCode;
    QString m_message;
};

} // namespace einvoice
