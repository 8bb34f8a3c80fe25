#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace einvoice {

// A request as the sandbox's endpoints see it: copied out of QHttpServerRequest so that an
// answer can be produced (and deferred) independently of the connection.
struct SandboxRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path; // decoded, e.g. "/v1/invoices/ORDER-1"
    QStringList segments; // decoded path segments: {"v1", "invoices", "ORDER-1"}
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QStringList arguments; // the {placeholders} of the matched route, in order

    // The method, decoded path and query of a request target; "%2F" stays inside its segment.
    static SandboxRequest fromUrl(QByteArray method, const QUrl &url)
    {
        SandboxRequest request;
        request.method = std::move(method);
        const QByteArray encodedPath = url.path(QUrl::FullyEncoded).toLatin1();
        for (const QByteArray &segment : encodedPath.split('/')) {
            if (!segment.isEmpty())
                request.segments.append(QUrl::fromPercentEncoding(segment));
        }
        request.path = QLatin1Char('/') + request.segments.join(QLatin1Char('/'));
        request.query = QUrlQuery(url);
        return request;
    }

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return QByteArray();
    }
};

} // namespace einvoice
