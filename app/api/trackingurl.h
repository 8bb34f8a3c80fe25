#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace einvoice {

// A job's tracking_url, checked before it is followed: the client sends its token only to the
// server it was configured for. A tracking URL is followed when it has the base URL's scheme,
// host and port and lies under its path; anything else is refused (the request was accepted, but
// its job is then looked up by reference code instead).
class TrackingUrl
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::TrackingUrl)

public:
    // On success: the path relative to the base URL's path ("/v1/..."), percent-encoded as
    // ApiConnection::url() expects it, and the query. On refusal: the path is empty and
    // problem() says why (translated).
    static TrackingUrl check(const QUrl &baseUrl, const QString &trackingUrl);

    bool isFollowable() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    QUrlQuery query() const { return m_query; }
    QString problem() const { return m_problem; }

private:
    QString m_path;
    QUrlQuery m_query;
    QString m_problem;
};

} // namespace einvoice
