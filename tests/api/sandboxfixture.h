#pragma once

// Shared by the API tests: a real SandboxServer on a loopback port, its admin routes, and a
// SepayClient with test-sized timings. Header-only; every test binary includes it once.

#include "api/apijob.h"
#include "api/sepayclient.h"
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace einvoice::test {

inline ClientOptions fastOptions()
{
    ClientOptions options;
    options.transferTimeoutMs = 3000;
    options.retry.baseDelayMs = 20;
    options.retry.maxDelayMs = 200;
    options.polling.initialIntervalMs = 20;
    options.polling.maxIntervalMs = 80;
    options.polling.overallTimeoutMs = 5000;
    return options;
}

inline Invoice sampleInvoice(const QString &reference = QString())
{
    Invoice invoice;
    invoice.templateCode = QStringLiteral("1");
    invoice.invoiceSeries = QStringLiteral("C26TAA");
    invoice.issuedAt = QDateTime(QDate(2026, 1, 5), QTime(9, 30));
    invoice.providerAccountId = QStringLiteral("5b1c2e40-1a2b-11f1-9c3d-0242ac120002");
    invoice.referenceCode = reference;
    invoice.isDraft = true;
    invoice.paymentMethod = PaymentMethod::Transfer;
    invoice.buyer.type = BuyerType::Company;
    invoice.buyer.name = QStringLiteral("Công ty Mẫu");
    invoice.buyer.taxCode = QStringLiteral("0312456782");
    invoice.buyer.address = QStringLiteral("1 Đường Số 1, TP.HCM");
    InvoiceLine line;
    line.itemName = QStringLiteral("Widget");
    line.unit = QStringLiteral("cái");
    line.quantity = Decimal::fromInteger(2);
    line.unitPrice = Decimal::fromInteger(150000);
    line.taxRate = TaxRate::Ten;
    invoice.lines = {line};
    return invoice;
}

class SandboxFixture
{
public:
    explicit SandboxFixture(SandboxConfig config = SandboxConfig())
    {
        m_config = config;
        m_server = std::make_unique<SandboxServer>(config);
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
    }

    QUrl baseUrl() const { return m_server->baseUrl(); }
    Credentials credentials() const { return Credentials {m_config.clientId, m_config.clientSecret}; }

    std::unique_ptr<SepayClient> client(
        const ClientOptions &options = fastOptions(), const Clock *clock = nullptr)
    {
        auto client
            = std::make_unique<SepayClient>(Environment::custom(baseUrl()), options, nullptr, nullptr, clock);
        client->setCredentials(credentials());
        return client;
    }

    // POST (with body) or GET an admin route; returns the JSON answer.
    QJsonObject admin(const QString &path, const QJsonObject &body = QJsonObject(), bool post = true)
    {
        QUrl url = baseUrl();
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = post ? m_nam.post(request, QJsonDocument(body).toJson()) : m_nam.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
            qWarning() << "admin" << path << "timed out";
        const QByteArray bytes = reply->readAll();
        const QJsonObject answer = QJsonDocument::fromJson(bytes).object();
        if (reply->error() != QNetworkReply::NoError || answer.isEmpty())
            qWarning() << "admin" << path << reply->error() << reply->isFinished()
                       << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute)
                       << reply->rawHeaderPairs() << bytes.left(200);
        reply->deleteLater();
        return answer;
    }

    void faults(const QJsonObject &switches) { admin(QStringLiteral("/_sandbox/faults"), switches); }
    void settings(const QJsonObject &values) { admin(QStringLiteral("/_sandbox/settings"), values); }

    // The /v1 requests the server saw, optionally only those with this method and path prefix.
    QJsonArray requests(const QString &method = QString(), const QString &pathPrefix = QString())
    {
        const QJsonArray all = admin(QStringLiteral("/_sandbox/requests"), {}, false)
                                   .value(QLatin1String("requests"))
                                   .toArray();
        QJsonArray matching;
        for (const QJsonValue &entry : all) {
            const QJsonObject object = entry.toObject();
            if (!method.isEmpty() && object.value(QLatin1String("method")).toString() != method)
                continue;
            if (!object.value(QLatin1String("path")).toString().startsWith(pathPrefix))
                continue;
            matching.append(object);
        }
        return matching;
    }

    // The reference_code of every POST body the server saw under this path prefix, in order.
    QStringList postedReferenceCodes(const QString &pathPrefix)
    {
        QStringList codes;
        for (const QJsonValue &post : requests(QStringLiteral("POST"), pathPrefix))
            codes << post.toObject()
                         .value(QLatin1String("body"))
                         .toObject()
                         .value(QLatin1String("reference_code"))
                         .toString();
        return codes;
    }

private:
    SandboxConfig m_config;
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_nam;
};

// Runs read() when the task emits finished() (the task deletes itself afterwards) and waits
// for it. Returns false on timeout.
template<typename T, typename F> bool finish(T *task, F read, int timeoutMs = 15000)
{
    auto done = std::make_shared<bool>(false);
    QObject::connect(task, &T::finished, task, [done, read] {
        read();
        *done = true;
    });
    return QTest::qWaitFor([done] { return *done; }, timeoutMs);
}

} // namespace einvoice::test
