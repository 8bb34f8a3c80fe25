#include "jobstatusjob.h"

namespace einvoice {

JobStatusJob::JobStatusJob(
    ApiConnection *connection, JobKind kind, const QString &trackingCode, QObject *parent)
    : ApiJob(connection, parent), m_kind(kind), m_trackingCode(trackingCode)
{
}

void JobStatusJob::setCheckPath(const QString &path, const QUrlQuery &query)
{
    m_checkPath = path;
    m_checkQuery = query;
}

QString JobStatusJob::path() const
{
    if (!m_checkPath.isEmpty())
        return m_checkPath;
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
