#pragma once

#include "apierror.h"
#include "credentials.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace einvoice {

class ApiConnection;

// Turns the client ID and secret into a Bearer token and keeps it: cached with its expiry,
// renewed a little before it runs out, one request in flight however many jobs ask. After a 401
// a job calls invalidate() with the token it used and asks again; only the first such call
// drops the token, so concurrent 401s cause one refresh.
class TokenManager : public QObject
{
    Q_OBJECT

public:
    using TokenCallback = std::function<void(const QString &token, const ApiError &error)>;

    explicit TokenManager(ApiConnection *connection);

    void setCredentials(const Credentials &credentials); // drops the cached token
    bool hasCredentials() const { return m_credentials.isComplete(); }

    // Calls done with a usable token (at once when cached) or with the error that prevented it.
    void requestToken(QObject *context, TokenCallback done);
    void invalidate(const QString &token);

    QString cachedToken() const; // empty unless valid beyond the refresh margin
    QDateTime expiresAtUtc() const { return m_expiresAt; }
    int fetchCount() const { return m_fetches; } // token requests sent so far

Q_SIGNALS:
    void tokenRefreshed(const QDateTime &expiresAtUtc);
    void authenticationFailed(const einvoice::ApiError &error);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        TokenCallback done;
    };

    static ApiError noCredentials();
    void fetch();
    void deliver(const QString &token, const ApiError &error);

    ApiConnection *m_connection;
    Credentials m_credentials;
    QString m_token;
    QDateTime m_expiresAt;
    QDateTime m_refreshAt;
    QList<Waiter> m_waiters;
    bool m_fetching = false;
    int m_fetches = 0;
    quint64 m_generation = 0; // bumps on setCredentials, so a stale answer is ignored
};

} // namespace einvoice
