#include "invoicelistjob.h"

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
    return parsePage(
        root, [](const QJsonObject &item, const QString &path) { return json::parseSummary(item, path); },
        m_paging, m_invoices);
}

} // namespace einvoice
