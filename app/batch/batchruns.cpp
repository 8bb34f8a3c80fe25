#include "batchruns.h"

#include "api/sepayclient.h"
#include "batchresumer.h"

namespace einvoice {

BatchRuns::BatchRuns(const BatchStores &stores, QObject *parent) : QObject(parent), m_stores(stores) { }

BatchSession *BatchRuns::newSession(SepayClient *client)
{
    Q_ASSERT(!m_session || !m_session->isBusy());
    delete m_session;
    m_session = new BatchSession(client, m_stores, this);
    return m_session;
}

BatchResumer *BatchRuns::resume(SepayClient *client)
{
    if (!client || (m_resumer && m_resumer->parent() == client))
        return nullptr;
    auto *resumer = new BatchResumer(client, m_stores, client);
    if (!resumer->start()) {
        delete resumer;
        return nullptr;
    }
    m_resumer = resumer;
    Q_EMIT resumed(resumer);
    return resumer;
}

} // namespace einvoice
