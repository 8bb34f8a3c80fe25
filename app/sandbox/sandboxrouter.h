#pragma once

#include "httpreply.h"
#include "sandboxrequest.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace einvoice {

// Maps method + path to a handler. Routes every method itself, so that a wrong method on a known
// path answers 405 (with Allow) and an unknown path a JSON 404 (QHttpServer 6.4 gives 404 for
// both). Patterns are matched in the order they were added: add literal paths before
// placeholders ("/v1/invoices/create" before "/v1/invoices/{}").
class SandboxRouter
{
public:
    using Handler = std::function<HttpReply(const SandboxRequest &)>;

    // pattern: "/v1/invoices/{}/download"; "{}" matches one non-empty segment.
    void add(const QString &pattern, const QList<QByteArray> &methods, Handler handler);

    // Fills request.arguments and runs the handler, or answers 404 / 405.
    HttpReply dispatch(SandboxRequest &request) const;

private:
    struct Route
    {
        QStringList segments;
        QList<QByteArray> methods;
        Handler handler;
    };
    static bool matches(const Route &route, const QStringList &segments, QStringList *arguments);

    QList<Route> m_routes;
};

} // namespace einvoice
