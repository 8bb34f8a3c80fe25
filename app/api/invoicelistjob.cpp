#include "invoicelistjob.h"

#include <QJsonArray>

namespace einvoice {

InvoiceListJob::InvoiceListJob(ApiConnection *connection, const InvoiceListQuery &query, QObject *parent)
    : ApiJob(connection, parent), m_query(query)
{
}

QUrlQuery InvoiceListJob::query() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QString::number(m_query.page));
    query.addQueryItem(QStringLiteral("per_page"), QString::number(m_query.perPage));
    if (m_query.source != InvoiceSource::Unknown)
        query.addQueryItem(QStringLiteral("source"), toWire(m_query.source));
    return query;
}

ApiError InvoiceListJob::parse(const QJsonObject &root)
{
    const QJsonObject data = root.value(QLatin1String("data")).toObject();
    ApiError error;
    if (auto paging = take(json::parsePaging(data.value(QLatin1String("paging")).toObject()), error))
        m_paging = *paging;
    else
        return error;
    const QJsonValue items = data.value(QLatin1String("items"));
    if (!items.isArray())
        return ApiError::parse(QStringLiteral("data.items"), tr("missing or not an array"));
    const QJsonArray array = items.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("data.items[%1]").arg(i);
        if (auto summary = take(json::parseSummary(array.at(i).toObject(), at), error))
            m_invoices.append(*summary);
        else
            return error;
    }
    return ApiError();
}

} // namespace einvoice
