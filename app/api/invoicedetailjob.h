#pragma once

#include "apijob.h"
#include "core/remoteinvoice.h"

namespace einvoice {

// GET /v1/invoices/{reference_code} (sepay-api.md 5.10). Also the exactly-once check: a 404
// proves that no invoice carries the reference code.
class InvoiceDetailJob : public ApiJob
{
    Q_OBJECT

public:
    InvoiceDetailJob(ApiConnection *connection, const QString &referenceCode, QObject *parent = nullptr);

    const InvoiceDetail &invoice() const { return m_invoice; }
    QString referenceCode() const { return m_referenceCode; }

protected:
    QString path() const override { return QStringLiteral("/v1/invoices/") + encoded(m_referenceCode); }
    ApiError parse(const QJsonObject &root) override;

private:
    QString m_referenceCode;
    InvoiceDetail m_invoice;
};

} // namespace einvoice
