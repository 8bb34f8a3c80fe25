#include "trackingurl.h"

namespace einvoice {

namespace {

int defaultPort(const QUrl &url)
{
    return url.scheme() == QLatin1String("https") ? 443 : 80;
}

QString withoutTrailingSlashes(QString path)
{
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

} // namespace

TrackingUrl TrackingUrl::check(const QUrl &baseUrl, const QString &trackingUrl)
{
    TrackingUrl result;
    const QUrl url(trackingUrl, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        result.m_problem = tr("the tracking URL \"%1\" is not a valid absolute URL").arg(trackingUrl);
        return result;
    }
    const bool sameServer = url.scheme() == baseUrl.scheme()
        && url.host().compare(baseUrl.host(), Qt::CaseInsensitive) == 0
        && url.port(defaultPort(url)) == baseUrl.port(defaultPort(baseUrl)) && url.userInfo().isEmpty();
    if (!sameServer) {
        result.m_problem = tr("the tracking URL points at %1, not at the server %2; it is not followed")
                               .arg(url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                                        .toString(QUrl::FullyEncoded),
                                   baseUrl.adjusted(QUrl::RemovePath).toString(QUrl::FullyEncoded));
        return result;
    }
    const QString basePath = withoutTrailingSlashes(baseUrl.path(QUrl::FullyEncoded));
    const QString path = url.path(QUrl::FullyEncoded);
    const QString relative = path.mid(basePath.size());
    const QStringList segments = relative.split(QLatin1Char('/'));
    const bool dotted = segments.contains(QStringLiteral("..")) || segments.contains(QStringLiteral("."));
    if (!path.startsWith(basePath) || !relative.startsWith(QLatin1String("/v1/")) || dotted) {
        result.m_problem = tr("the tracking URL path %1 is not an API path of this server").arg(path);
        return result;
    }
    result.m_path = relative;
    result.m_query = QUrlQuery(url);
    return result;
}

} // namespace einvoice
