#pragma once

#include "core/remoteinvoice.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace einvoice {

class InvoiceCacheRepository;
class InvoiceListModel;
class SepayClient;

// Loads GET /v1/invoices/{reference_code} for the detail pane, stores what the detail adds
// (series, document type, provider status, tax-authority code) in the cache and refreshes the
// model's row, so a replaced or adjusted invoice gets its badge. Only the latest request reports.
class InvoiceDetailLoader : public QObject
{
    Q_OBJECT

public:
    // cache and model must outlive the loader; model may be null.
    InvoiceDetailLoader(InvoiceCacheRepository *cache, InvoiceListModel *model, QObject *parent = nullptr);

    void setClient(SepayClient *client, const QString &environment);
    void load(const QString &referenceCode);
    QString currentReference() const { return m_reference; }
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void loaded(const einvoice::InvoiceDetail &detail);
    void failed(const QString &referenceCode, const QString &error);

private:
    void apply(const InvoiceDetail &detail);

    InvoiceCacheRepository *m_cache;
    InvoiceListModel *m_model;
    QPointer<SepayClient> m_client;
    QString m_environment;
    QString m_reference;
    int m_generation = 0;
    bool m_loading = false;
};

} // namespace einvoice
