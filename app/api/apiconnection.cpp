#include "apiconnection.h"

#include "core/clock.h"
#include "requestqueue.h"
#include "tokenmanager.h"

#include <QNetworkAccessManager>

namespace einvoice {

QString ClientOptions::defaultUserAgent()
{
    return QStringLiteral("sepay-einvoice/%1 (Qt %2)")
        .arg(QStringLiteral(EINVOICE_VERSION), QString::fromLatin1(qVersion()));
}

ApiConnection::ApiConnection(const Environment &environment, const ClientOptions &options, const Clock *clock,
    QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent),
      m_environment(environment),
      m_options(options),
      m_clock(clock ? clock : &SystemClock::instance()),
      m_network(nam ? nam : new QNetworkAccessManager(this)),
      m_tokens(new TokenManager(this)),
      m_queue(new RequestQueue(options.maxConcurrent, options.maxQueued, this))
{
}

ApiConnection::~ApiConnection() = default;

QUrl ApiConnection::url(const QString &path, const QUrlQuery &query) const
{
    QUrl result = m_environment.baseUrl();
    QString basePath = result.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    result.setPath(basePath + path, QUrl::StrictMode);
    if (!query.isEmpty())
        result.setQuery(query);
    return result;
}

QString ApiConnection::userAgent() const
{
    return m_options.userAgent.isEmpty() ? ClientOptions::defaultUserAgent() : m_options.userAgent;
}

QNetworkRequest ApiConnection::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_options.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    return request;
}

} // namespace einvoice
