#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace einvoice {

class InvoiceListModel;
class NotificationSink;

// Tells the user when the tax authority's answer about an issued invoice changes (its detail's
// provider_status, sepay-api.md 4.6): once per change, naming the invoice (number and series,
// else its reference code) and the new status in words. The first reading of an invoice is news
// only when it is a problem (a granted invoice read for the first time is not); moving to draft
// or to "not yet sent" is never news. Changes that arrive together (one refresh) are shown
// together: one by one up to three, else one message that counts them.
class ProviderStatusNotifier : public QObject
{
    Q_OBJECT

public:
    // sink must outlive the notifier; model (optional) names the invoices.
    explicit ProviderStatusNotifier(NotificationSink *sink, QObject *parent = nullptr);

    void setInvoiceModel(const InvoiceListModel *model);

public Q_SLOTS:
    void onProviderStatusChanged(
        const QString &referenceCode, const QString &oldStatus, const QString &newStatus);

private:
    struct Change
    {
        QString referenceCode;
        QString status;
    };

    static bool isNews(const QString &oldStatus, const QString &newStatus);
    static bool isProblem(const QString &status);
    void flush();
    QString invoiceName(const QString &referenceCode) const;
    QString changeText(const Change &change) const;

    NotificationSink *m_sink;
    QPointer<const InvoiceListModel> m_model;
    QHash<QString, QString> m_notified; // reference code -> the status last told
    QList<Change> m_pending;
};

} // namespace einvoice
