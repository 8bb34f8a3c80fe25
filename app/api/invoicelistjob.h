#pragma once

#include "apijob.h"
#include "core/remoteinvoice.h"

namespace einvoice {

// Which page of GET /v1/invoices to fetch.
struct InvoiceListQuery
{
    int page = 1;
    int perPage = 10; // max 100
    InvoiceSource source = InvoiceSource::Unknown; // Unknown: no filter
};

// GET /v1/invoices (sepay-api.md 5.9).
class InvoiceListJob : public ApiJob
{
    Q_OBJECT

public:
    InvoiceListJob(ApiConnection *connection, const InvoiceListQuery &query, QObject *parent = nullptr);

    const QList<InvoiceSummary> &invoices() const { return m_invoices; }
    const Paging &paging() const { return m_paging; }
    const InvoiceListQuery &listQuery() const { return m_query; }

protected:
    QString path() const override { return QStringLiteral("/v1/invoices"); }
    QUrlQuery query() const override;
    ApiError parse(const QJsonObject &root) override;

private:
    InvoiceListQuery m_query;
    QList<InvoiceSummary> m_invoices;
    Paging m_paging;
};

} // namespace einvoice
