#pragma once

#include "core/invoice.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

class QNetworkReply;

namespace einvoice::batchbench {

// The baseline: the same requests as the batch (one token, then per invoice create and its
// checks until the job ends) with a plain QNetworkAccessManager, `concurrency` invoices at once,
// no outbox, no retries. finished() comes after the last invoice.
class PlainBatchSender : public QObject
{
    Q_OBJECT

public:
    PlainBatchSender(const QUrl &baseUrl, const QByteArray &basicAuth, QObject *parent = nullptr);

    void start(const QList<Invoice> &invoices, int concurrency); // serialized as they are sent
    int requests() const { return m_requests; }
    int succeeded() const { return m_succeeded; }
    int failed() const { return m_failed; }

Q_SIGNALS:
    void finished();

private:
    void next();
    void check(const QString &trackingCode);
    void endInvoice(bool ok);
    QNetworkRequest request(const QString &path) const;
    static QJsonObject data(QNetworkReply *reply);

    QNetworkAccessManager m_nam;
    QUrl m_baseUrl;
    QByteArray m_basicAuth;
    QByteArray m_token;
    QList<Invoice> m_invoices;
    int m_nextIndex = 0;
    int m_active = 0;
    int m_requests = 0;
    int m_succeeded = 0;
    int m_failed = 0;
};

} // namespace einvoice::batchbench
