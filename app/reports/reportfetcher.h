#pragma once

#include "reportperiod.h"
#include "settings/sellerprofile.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace einvoice {

class Clock;
class InvoiceSyncEngine;
class LocalStore;
class SepayClient;

// Brings a period's figures up to date before a report ("fetch missing now", and `report sales`
// without --offline): refreshes the invoice list, the series' templates from the provider
// accounts, then fetches the details the period lacks and, for invoices whose money lines mix
// rates, their XML's per-rate totals. One request at a time: the background detail fill (issue 17)
// shares the client. fetchDetail() is the one place that fetches and stores a detail.
class ReportFetcher : public QObject
{
    Q_OBJECT

public:
    ReportFetcher(LocalStore &store, SepayClient *client, QString environment, const Clock &clock,
        QObject *parent = nullptr);
    ~ReportFetcher() override;

    // refreshList false: only the details and XML the stored list says are missing.
    void start(const ReportPeriod &period, bool refreshList = true);
    bool isRunning() const { return m_running; }
    // XML files that could not be read (the invoices stay counted as waiting): translated lines.
    QStringList warnings() const { return m_warnings; }
    // The seller block of the first invoice XML this fetch read (ReportSeller); empty when none.
    SellerProfile seller() const { return m_seller; }

Q_SIGNALS:
    void progress(int done, int total);
    // ok false: error is one translated line; networkFailure: a request failed (exit 1 for the CLI).
    void finished(bool ok, const QString &error);

private:
    void fetchTemplates();
    void fetchAccountTemplates(QStringList accountIds);
    void planDetails();
    void fetchDetail(const QString &referenceCode);
    void planXml();
    void fetchXml(const QString &referenceCode);
    void next();
    void fail(const QString &error);
    void finish();

    LocalStore &m_store;
    QPointer<SepayClient> m_client;
    QString m_environment;
    const Clock &m_clock;
    InvoiceSyncEngine *m_sync = nullptr;
    ReportPeriod m_period;
    QList<std::pair<QString, QString>> m_seriesTemplates;
    QStringList m_details;
    QStringList m_xml;
    bool m_xmlPlanned = false;
    int m_done = 0;
    int m_total = 0;
    bool m_running = false;
    QStringList m_warnings;
    SellerProfile m_seller;
};

} // namespace einvoice
