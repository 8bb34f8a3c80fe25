#include "plainbatchsender.h"

#include "core/invoicejson.h"

#include <QJsonDocument>
#include <QNetworkReply>

namespace einvoice::batchbench {

PlainBatchSender::PlainBatchSender(const QUrl &baseUrl, const QByteArray &basicAuth, QObject *parent)
    : QObject(parent), m_baseUrl(baseUrl), m_basicAuth(basicAuth)
{
}

QNetworkRequest PlainBatchSender::request(const QString &path) const
{
    QUrl url = m_baseUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Authorization"),
        m_token.isEmpty() ? QByteArrayLiteral("Basic ") + m_basicAuth
                          : QByteArrayLiteral("Bearer ") + m_token);
    return request;
}

QJsonObject PlainBatchSender::data(QNetworkReply *reply)
{
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("data")).toObject();
}

void PlainBatchSender::start(const QList<Invoice> &invoices, int concurrency)
{
    m_invoices = invoices;
    ++m_requests;
    QNetworkReply *reply = m_nam.post(request(QStringLiteral("/v1/token")), QByteArray());
    connect(reply, &QNetworkReply::finished, this, [this, reply, concurrency] {
        m_token = data(reply).value(QLatin1String("access_token")).toString().toUtf8();
        for (int i = 0; i < concurrency; ++i)
            next();
        if (m_active == 0)
            Q_EMIT finished();
    });
}

void PlainBatchSender::next()
{
    if (m_nextIndex >= m_invoices.size())
        return;
    const QJsonObject payload = json::toCreatePayload(m_invoices.at(m_nextIndex++));
    ++m_active;
    ++m_requests;
    QNetworkReply *reply
        = m_nam.post(request(QStringLiteral("/v1/invoices/create")), QJsonDocument(payload).toJson());
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        const QString tracking = data(reply).value(QLatin1String("tracking_code")).toString();
        if (tracking.isEmpty())
            endInvoice(false);
        else
            check(tracking);
    });
}

void PlainBatchSender::check(const QString &trackingCode)
{
    ++m_requests;
    QNetworkReply *reply = m_nam.get(request(QStringLiteral("/v1/invoices/create/check/") + trackingCode));
    connect(reply, &QNetworkReply::finished, this, [this, reply, trackingCode] {
        const QString status = data(reply).value(QLatin1String("status")).toString();
        if (status == QLatin1String("Pending"))
            check(trackingCode);
        else
            endInvoice(status == QLatin1String("Success"));
    });
}

void PlainBatchSender::endInvoice(bool ok)
{
    ++(ok ? m_succeeded : m_failed);
    --m_active;
    next();
    if (m_active == 0)
        Q_EMIT finished();
}

} // namespace einvoice::batchbench
