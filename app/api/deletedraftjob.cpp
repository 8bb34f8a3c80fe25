#include "deletedraftjob.h"

namespace einvoice {

DeleteDraftJob::DeleteDraftJob(ApiConnection *connection, const QString &referenceCode, QObject *parent)
    : ApiJob(connection, parent), m_referenceCode(referenceCode)
{
}

ApiError DeleteDraftJob::parse(const QJsonObject &root)
{
    const QJsonObject data = root.value(QLatin1String("data")).toObject();
    m_message = data.value(QLatin1String("message")).toString();
    return ApiError();
}

} // namespace einvoice
