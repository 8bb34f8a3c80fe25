#include "jobstatusjob.h"

namespace einvoice {

JobStatusJob::JobStatusJob(
    ApiConnection *connection, JobKind kind, const QString &trackingCode, QObject *parent)
    : ApiJob(connection, parent), m_kind(kind), m_trackingCode(trackingCode)
{
}

QString JobStatusJob::path() const
{
    const QString kind = m_kind == JobKind::Create ? QStringLiteral("create") : QStringLiteral("issue");
    return QStringLiteral("/v1/invoices/%1/check/").arg(kind) + encoded(m_trackingCode);
}

ApiError JobStatusJob::parse(const QJsonObject &root)
{
    ApiError error;
    const QJsonObject data = root.value(QLatin1String("data")).toObject();
    if (auto state = take(json::parseJobState(data), error))
        m_state = *state;
    return error;
}

} // namespace einvoice
