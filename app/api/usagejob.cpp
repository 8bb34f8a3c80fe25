#include "usagejob.h"

namespace einvoice {

ApiError UsageJob::parse(const QJsonObject &root)
{
    ApiError error;
    const QJsonObject data = root.value(QLatin1String("data")).toObject();
    if (auto quota = take(json::parseQuotaRemaining(data), error))
        m_quotaRemaining = *quota;
    return error;
}

} // namespace einvoice
