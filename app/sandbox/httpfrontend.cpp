#include "httpfrontend.h"

#include <QHttpServerResponder>
#include <QTcpSocket>

namespace einvoice {

HttpFrontend::HttpFrontend(Callback callback, QObject *parent)
    : QAbstractHttpServer(parent), m_callback(std::move(callback))
{
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_callback(request, socket);
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest() takes every request.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace einvoice
