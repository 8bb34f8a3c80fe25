#include "invoicedetailjob.h"

namespace einvoice {

InvoiceDetailJob::InvoiceDetailJob(ApiConnection *connection, const QString &referenceCode, QObject *parent)
    : ApiJob(connection, parent), m_referenceCode(referenceCode)
{
}

ApiError InvoiceDetailJob::parse(const QJsonObject &root)
{
    ApiError error;
    const QJsonObject data = root.value(QLatin1String("data")).toObject();
    if (auto detail = take(json::parseDetail(data, QStringLiteral("data")), error))
        m_invoice = *detail;
    return error;
}

} // namespace einvoice
