#include "invoicedetailloader.h"

#include "api/invoicedetailjob.h"
#include "api/sepayclient.h"
#include "invoicelistmodel.h"
#include "invoiceslog.h"
#include "store/invoicecacherepository.h"

namespace einvoice {

InvoiceDetailLoader::InvoiceDetailLoader(
    InvoiceCacheRepository *cache, InvoiceListModel *model, QObject *parent)
    : QObject(parent), m_cache(cache), m_model(model)
{
}

void InvoiceDetailLoader::setClient(SepayClient *client, const QString &environment)
{
    ++m_generation;
    m_loading = false;
    m_client = client;
    m_environment = environment;
}

void InvoiceDetailLoader::load(const QString &referenceCode)
{
    ++m_generation;
    m_reference = referenceCode;
    if (!m_client) {
        m_loading = false;
        Q_EMIT failed(referenceCode, tr("Not connected: the detail cannot be loaded."));
        return;
    }
    m_loading = true;
    InvoiceDetailJob *job = m_client->invoice(referenceCode);
    const int generation = m_generation;
    connect(job, &ApiJob::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!job->succeeded()) {
            Q_EMIT failed(job->referenceCode(), job->error().text());
            return;
        }
        apply(job->invoice());
        Q_EMIT loaded(job->invoice());
    });
}

void InvoiceDetailLoader::apply(const InvoiceDetail &detail)
{
    if (const StoreStatus status = m_cache->applyDetail(m_environment, detail); !status) {
        qCWarning(lcInvoices) << "could not cache the detail:" << status.error().toString();
        return;
    }
    if (m_model)
        m_model->invoiceChanged(detail.summary.referenceCode);
}

} // namespace einvoice
