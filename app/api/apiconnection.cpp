#include "apiconnection.h"

#include "apierror.h"
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
    // Environment and options are fixed for the connection's life: build what every request
    // shares once, not per request.
    m_basePath = m_environment.baseUrl().path(QUrl::FullyEncoded);
    while (m_basePath.endsWith(QLatin1Char('/')))
        m_basePath.chop(1);
    m_prototype.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    m_prototype.setRawHeader("Accept", "application/json");
    m_prototype.setTransferTimeout(m_options.transferTimeoutMs);
    m_prototype.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
}

ApiConnection::~ApiConnection() = default;

QUrl ApiConnection::url(const QString &path, const QUrlQuery &query) const
{
    QUrl result = m_environment.baseUrl();
    result.setPath(m_basePath + path, QUrl::StrictMode);
    if (!query.isEmpty())
        result.setQuery(query);
    return result;
}

QString ApiConnection::userAgent() const
{
    return m_options.userAgent.isEmpty() ? ClientOptions::defaultUserAgent() : m_options.userAgent;
}

void ApiConnection::announceWait(int delayMs, const ApiError &error)
{
    Q_EMIT waiting(delayMs, error.kind == ApiError::Kind::Http && error.httpStatus == 429);
}

QNetworkRequest ApiConnection::request(const QUrl &url) const
{
    QNetworkRequest request = m_prototype;
    request.setUrl(url);
    return request;
}

} // namespace einvoice
