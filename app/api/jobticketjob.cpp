#include "jobticketjob.h"

#include <QJsonDocument>

namespace einvoice {

JobTicketJob::JobTicketJob(ApiConnection *connection, QString path, QByteArray body, QObject *parent)
    : ApiJob(connection, parent), m_path(std::move(path)), m_body(std::move(body))
{
}

JobTicketJob *JobTicketJob::create(ApiConnection *connection, const QJsonObject &payload, QObject *parent)
{
    return post(connection, QStringLiteral("/v1/invoices/create"), payload, parent);
}

JobTicketJob *JobTicketJob::post(
    ApiConnection *connection, const QString &path, const QJsonObject &payload, QObject *parent)
{
    return new JobTicketJob(connection, path, QJsonDocument(payload).toJson(QJsonDocument::Compact), parent);
}

JobTicketJob *JobTicketJob::issue(ApiConnection *connection, const QString &referenceCode, QObject *parent)
{
    const QJsonObject body {{QStringLiteral("reference_code"), referenceCode}};
    return new JobTicketJob(connection, QStringLiteral("/v1/invoices/issue"),
        QJsonDocument(body).toJson(QJsonDocument::Compact), parent);
}

ApiError JobTicketJob::parse(const QJsonObject &root)
{
    ApiError error;
    const QJsonObject data = root.value(QLatin1String("data")).toObject();
    if (auto ticket = take(json::parseJobTicket(data), error))
        m_ticket = *ticket;
    return error;
}

} // namespace einvoice
