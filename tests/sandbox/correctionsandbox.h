#pragma once

// Shared by the sandbox correction tests: a SandboxServer on loopback, issued origins in the
// states the appendix's rules care about, and correction requests (sepay-api.md appendix B, C).

#include "sandbox/sandboxserver.h"
#include "sandboxtestclient.h"
#include "testpayloads.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

class CorrectionSandbox
{
public:
    CorrectionSandbox()
    {
        m_server = std::make_unique<einvoice::SandboxServer>(einvoice::SandboxConfig {});
        if (!m_server->listen())
            qWarning() << "sandbox did not start" << m_server->errorString();
        client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    }

    QUrl baseUrl() const { return m_server->baseUrl(); }

    static QString pathOf(const SandboxTestClient::Result &accepted)
    {
        return QUrl(accepted.data().value(QLatin1String("tracking_url")).toString()).path();
    }

    // Creates and issues an invoice (create with is_draft false), dated secondsAgo in the past.
    bool issue(const QString &reference, qint64 secondsAgo = 600)
    {
        QJsonObject payload = testpayloads::vatInvoice(reference, false);
        payload.insert(QStringLiteral("issued_date"), testpayloads::issuedDate(secondsAgo));
        const auto accepted = client->post(QStringLiteral("/v1/invoices/create"), payload);
        return status(client->pollUntilDone(pathOf(accepted))) == QLatin1String("Success");
    }

    // A replacement body: the whole corrected invoice plus its origin.
    static QJsonObject replacement(const QString &origin, const QString &reference)
    {
        QJsonObject payload = testpayloads::vatInvoice(reference, false);
        payload.insert(QStringLiteral("original_invoice_reference_code"), origin);
        payload.insert(QStringLiteral("issued_date"), testpayloads::issuedDate(60));
        return payload;
    }

    // An adjustment body with one line of quantity x price at 10 %, or a note line for info.
    static QJsonObject adjustment(
        const QString &origin, const QString &reference, const QString &type, int quantity, qint64 price)
    {
        QJsonObject payload = replacement(origin, reference);
        payload.insert(QStringLiteral("adjustment_type"), type);
        QJsonObject line {{QStringLiteral("line_number"), 1}, {QStringLiteral("line_type"), 1},
            {QStringLiteral("item_name"), QStringLiteral("Bàn làm việc (điều chỉnh)")},
            {QStringLiteral("unit"), QStringLiteral("cái")}, {QStringLiteral("quantity"), quantity},
            {QStringLiteral("unit_price"), price}, {QStringLiteral("tax_rate"), 10}};
        if (type == QLatin1String("info")) {
            line = QJsonObject {{QStringLiteral("line_number"), 1}, {QStringLiteral("line_type"), 4},
                {QStringLiteral("item_name"), QStringLiteral("Sửa địa chỉ người mua")}};
        }
        payload.insert(QStringLiteral("items"), QJsonArray {line});
        return payload;
    }

    // POST replace (type empty) or adjust; returns the answer.
    SandboxTestClient::Result send(const QJsonObject &payload)
    {
        const bool adjusting = payload.contains(QLatin1String("adjustment_type"));
        return client->post(
            adjusting ? QStringLiteral("/v1/invoices/adjust") : QStringLiteral("/v1/invoices/replace"),
            payload);
    }

    // Sends and follows the job to its end; returns the last check.
    SandboxTestClient::Result sendAndSettle(const QJsonObject &payload)
    {
        const auto accepted = send(payload);
        if (accepted.status != 200)
            return accepted;
        return client->pollUntilDone(pathOf(accepted));
    }

    static QString status(const SandboxTestClient::Result &check)
    {
        return check.data().value(QLatin1String("status")).toString();
    }

    QJsonObject state(const QString &reference)
    {
        return client->admin("GET", QStringLiteral("/_sandbox/invoices/") + reference).json;
    }

    QJsonObject detail(const QString &reference)
    {
        return client->get(QStringLiteral("/v1/invoices/") + reference).data();
    }

    SandboxTestClient::Result change(const QString &reference, const QJsonObject &body)
    {
        return client->admin("POST", QStringLiteral("/_sandbox/invoices/") + reference, body);
    }

    SandboxTestClient::Result settings(const QJsonObject &body)
    {
        return client->admin("POST", QStringLiteral("/_sandbox/settings"), body);
    }

    qint64 quota()
    {
        return client->admin("GET", QStringLiteral("/_sandbox/quota"))
            .json.value(QLatin1String("quota_remaining"))
            .toInteger();
    }

    std::unique_ptr<SandboxTestClient> client;

private:
    std::unique_ptr<einvoice::SandboxServer> m_server;
};
