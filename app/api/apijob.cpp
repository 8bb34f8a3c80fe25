#include "apijob.h"

#include "apiconnection.h"
#include "core/clock.h"
#include "requestqueue.h"
#include "tokenmanager.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

Q_LOGGING_CATEGORY(lcApi, "einvoice.api", QtWarningMsg)

namespace einvoice {

ApiJob::ApiJob(ApiConnection *connection, QObject *parent) : QObject(parent), m_connection(connection)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::authorizeAndSend);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

ApiError ApiJob::toApiError(const ParseError &error)
{
    return ApiError::parse(error.field, error.reason);
}

QString ApiJob::encoded(const QString &pathSegment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(pathSegment));
}

void ApiJob::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    if (!usesQueue()) {
        begin();
        return;
    }
    // A free slot: send now (start() itself runs from the event loop or after the caller has
    // connected); otherwise wait in the queue.
    if (m_connection->queue()->tryAcquire(this)) {
        begin();
        return;
    }
    if (!m_connection->queue()->acquire(this, [this] { begin(); }))
        QTimer::singleShot(0, this, [this] { finish(ApiError::busy()); });
}

void ApiJob::cancel()
{
    if (m_finished)
        return;
    finish(ApiError::cancelled());
}

void ApiJob::begin()
{
    if (!m_finished)
        authorizeAndSend();
}

void ApiJob::authorizeAndSend()
{
    if (!requiresToken()) {
        send(QString());
        return;
    }
    m_connection->tokens()->requestToken(this, [this](const QString &token, const ApiError &error) {
        if (m_finished)
            return;
        if (!error.isOk())
            finish(error);
        else
            send(token);
    });
}

void ApiJob::send(const QString &token)
{
    const QUrl url = m_connection->url(path(), query());
    QNetworkRequest request = m_connection->request(url);
    m_sentToken = token;
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    prepareRequest(request);
    ++m_attempts;
    const bool post = method() == Method::Post;
    qCDebug(lcApi) << (post ? "POST" : "GET") << url.path() << "attempt" << m_attempts;
    if (post) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        m_reply = m_connection->network()->post(request, body());
    } else {
        m_reply = m_connection->network()->get(request);
    }
    m_tlsProblems.clear();
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_tlsProblems.append(error.errorString());
    });
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_finished)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    qCDebug(lcApi) << "answer" << status << reply->error() << "for" << reply->url().path();
    // A 401 arrives as AuthenticationRequiredError; key off the status, not the error enum.
    if (status == 401 && requiresToken() && !m_replayedAfter401) {
        m_replayedAfter401 = true;
        m_connection->tokens()->invalidate(m_sentToken);
        authorizeAndSend();
        return;
    }
    ApiError error;
    if (status == 0) {
        error = transportError(*reply);
    } else {
        error = readAnswer(status, body);
        error.retryAfterMs
            = RetryPolicy::parseRetryAfterMs(reply->rawHeader("Retry-After"), m_connection->clock().nowUtc());
    }
    retryOrFinish(error);
}

// No HTTP answer. A failed TLS handshake is final: another try meets the same certificate.
ApiError ApiJob::transportError(const QNetworkReply &reply) const
{
    const auto code = reply.error();
    if (code == QNetworkReply::SslHandshakeFailedError) {
        QStringList problems = m_tlsProblems;
        problems.removeDuplicates();
        return ApiError::tls(problems.isEmpty() ? reply.errorString() : problems.join(QStringLiteral("; ")));
    }
    if (code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError)
        return ApiError::timeout(reply.errorString());
    return ApiError::network(reply.errorString());
}

ApiError ApiJob::readAnswer(int status, const QByteArray &body)
{
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    const QJsonObject root = document.object();
    m_bodyUnreadable = jsonError.error != QJsonParseError::NoError || !document.isObject();
    if (status < 200 || status >= 300) {
        const QJsonObject error = root.value(QLatin1String("error")).toObject();
        QString message = error.value(QLatin1String("message")).toString();
        if (message.isEmpty())
            message = tr("The server answered with status %1.").arg(status);
        return ApiError::http(status, error.value(QLatin1String("code")).toString(), message);
    }
    if (m_bodyUnreadable)
        return ApiError::parse(
            QStringLiteral("$"), tr("the answer is not a JSON object: %1").arg(jsonError.errorString()));
    if (root.value(QLatin1String("success")).toBool(true) == false) {
        const QJsonObject error = root.value(QLatin1String("error")).toObject();
        return ApiError::http(status, error.value(QLatin1String("code")).toString(),
            error.value(QLatin1String("message")).toString());
    }
    m_data = root.value(QLatin1String("data"));
    return parse(root);
}

void ApiJob::retryOrFinish(const ApiError &error)
{
    const RetryPolicy &policy = m_connection->options().retry;
    const bool retryable = isIdempotent()
        && (error.isTransient() || (error.kind == ApiError::Kind::Parse && m_bodyUnreadable));
    const int delay = retryable ? policy.waitMs(error, m_retries + 1) : -1;
    if (error.isOk() || delay < 0 || m_retries + 1 >= policy.maxAttempts) {
        finish(error);
        return;
    }
    ++m_retries;
    qCInfo(lcApi) << "retrying" << path() << "in" << delay << "ms after:" << error.kindName()
                  << error.httpStatus;
    m_connection->announceWait(delay, error);
    m_retryTimer.start(delay);
}

void ApiJob::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_retryTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (usesQueue())
        m_connection->queue()->release(this);
    if (!error.isOk())
        qCInfo(lcApi) << path() << "failed:" << error.kindName() << error.httpStatus << error.code;
    Q_EMIT finished();
    deleteLater();
}

} // namespace einvoice
