#include "downloadjob.h"

namespace einvoice {

DownloadJob::DownloadJob(
    ApiConnection *connection, const QString &referenceCode, FileType type, QObject *parent)
    : ApiJob(connection, parent), m_referenceCode(referenceCode), m_type(type)
{
}

QString DownloadJob::path() const
{
    return QStringLiteral("/v1/invoices/") + encoded(m_referenceCode) + QStringLiteral("/download");
}

QUrlQuery DownloadJob::query() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("type"), toWire(m_type));
    return query;
}

ApiError DownloadJob::parse(const QJsonObject &root)
{
    ApiError error;
    const QJsonObject data = root.value(QLatin1String("data")).toObject();
    if (auto file = take(json::parseDownload(data), error))
        m_file = *file;
    return error;
}

} // namespace einvoice
