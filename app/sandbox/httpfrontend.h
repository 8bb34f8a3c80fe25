#pragma once

#include <QAbstractHttpServer>

#include <functional>

namespace einvoice {

// The HTTP layer under SandboxServer: hands every parsed request with its socket to one callback,
// which answers by writing to the socket itself. That is what allows deferred answers (latency
// without blocking), cut-off bodies and connections closed without an answer on QtHttpServer 6.4.
class HttpFrontend : public QAbstractHttpServer
{
public:
    using Callback = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;

    explicit HttpFrontend(Callback callback, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Callback m_callback;
};

} // namespace einvoice
