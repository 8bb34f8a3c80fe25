#pragma once

#include "httpreply.h"
#include "sandboxconfig.h"
#include "sandboxrequest.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace einvoice {

// A local server that behaves like the SePay eInvoice sandbox (sepay-api.md), for the Demo
// environment, the tests and integrators. Besides the contract it serves an admin path the real
// API never uses, /_sandbox/...: fault switches, the request log, token expiry, reset.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxConfig config, QObject *parent = nullptr);
    ~SandboxServer() override;

    // One request answered in-process, as if it had come over a connection: routing, faults and
    // the request log apply, latency does not. nullopt when the faults drop the connection.
    // For harnesses that drive the server without sockets (fuzz/fuzz_sandbox_requests).
    std::optional<HttpReply> answer(SandboxRequest request);

    // Listens on address:port (0 = ephemeral). Returns false with errorString() on failure.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // "http://127.0.0.1:<port>"
    QString errorString() const;
    // Open connections (within SandboxConfig::limits).
    int connectionCount() const;
    // What GET /_sandbox/requests answers, for tests in the same process.
    QJsonObject requestLog() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace einvoice
