#include "tokenmanager.h"

#include "apiconnection.h"
#include "core/clock.h"
#include "tokenjob.h"

namespace einvoice {

TokenManager::TokenManager(ApiConnection *connection) : QObject(connection), m_connection(connection) { }

void TokenManager::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
    m_token.clear();
    m_expiresAt = QDateTime();
    ++m_generation;
    m_fetching = false;
    if (m_waiters.isEmpty())
        return;
    if (m_credentials.isComplete())
        fetch();
    else
        deliver(QString(), noCredentials());
}

ApiError TokenManager::noCredentials()
{
    return ApiError::http(
        401, QStringLiteral("NO_CREDENTIALS"), tr("No client ID and secret are set for this environment."));
}

QString TokenManager::cachedToken() const
{
    if (m_token.isEmpty())
        return QString();
    if (m_connection->clock().nowUtc() >= m_refreshAt)
        return QString();
    return m_token;
}

void TokenManager::requestToken(QObject *context, TokenCallback done)
{
    const QString token = cachedToken();
    if (!token.isEmpty()) {
        done(token, ApiError());
        return;
    }
    if (!m_credentials.isComplete()) {
        done(QString(), noCredentials());
        return;
    }
    m_waiters.append(Waiter {context, std::move(done)});
    if (!m_fetching)
        fetch();
}

void TokenManager::invalidate(const QString &token)
{
    if (!token.isEmpty() && token == m_token) {
        m_token.clear();
        m_expiresAt = QDateTime();
        m_refreshAt = QDateTime();
    }
}

void TokenManager::fetch()
{
    m_fetching = true;
    ++m_fetches;
    const quint64 generation = m_generation;
    auto *job = new TokenJob(m_connection, m_credentials, this);
    connect(job, &ApiJob::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        m_fetching = false;
        if (!job->succeeded()) {
            if (job->error().isAuthenticationFailure())
                Q_EMIT authenticationFailed(job->error());
            deliver(QString(), job->error());
            return;
        }
        m_token = job->accessToken();
        const QDateTime now = m_connection->clock().nowUtc();
        const qint64 lifetime = job->expiresInSeconds();
        const qint64 margin
            = std::min<qint64>(m_connection->options().tokenRefreshMarginSeconds, lifetime / 2);
        m_expiresAt = now.addSecs(lifetime);
        m_refreshAt = now.addSecs(lifetime - margin);
        Q_EMIT tokenRefreshed(m_expiresAt);
        deliver(m_token, ApiError());
    });
    job->start();
}

void TokenManager::deliver(const QString &token, const ApiError &error)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.done(token, error);
    }
}

} // namespace einvoice
