#pragma once

#include "clientoptions.h"
#include "credentials.h"
#include "environment.h"

#include <QNetworkRequest>
#include <QObject>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace einvoice {

class Clock;
class RequestQueue;
struct ApiError;
class TokenManager;

// The one place where requests get their base URL, User-Agent, Accept header and transfer
// timeout, and the shared state every job of one environment uses: network access, token
// manager, request queue, clock. Owned by SepayClient; jobs only borrow it.
class ApiConnection : public QObject
{
    Q_OBJECT

public:
    // nam and clock may be null (own manager, system clock); they must outlive the connection.
    ApiConnection(const Environment &environment, const ClientOptions &options, const Clock *clock,
        QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ApiConnection() override;

    const Environment &environment() const { return m_environment; }
    const ClientOptions &options() const { return m_options; }
    const Clock &clock() const { return *m_clock; }
    QNetworkAccessManager *network() const { return m_network; }
    TokenManager *tokens() const { return m_tokens; }
    RequestQueue *queue() const { return m_queue; }

    // path starts with "/v1/"; segments inside it must already be percent-encoded.
    QUrl url(const QString &path, const QUrlQuery &query = QUrlQuery()) const;
    QNetworkRequest request(const QUrl &url) const;
    QString userAgent() const;

    // A request waits delayMs before it is tried again after error (a 429, a 5xx, no answer):
    // emitted so that the wait is shown (the command line's progress line, the status bar).
    void announceWait(int delayMs, const ApiError &error);

Q_SIGNALS:
    void waiting(int delayMs, bool serverBusy);

private:
    Environment m_environment;
    ClientOptions m_options;
    const Clock *m_clock;
    QNetworkAccessManager *m_network;
    TokenManager *m_tokens;
    RequestQueue *m_queue;
    QString m_basePath; // of the base URL, encoded, without trailing slashes
    QNetworkRequest m_prototype; // the headers and attributes every request starts from
};

} // namespace einvoice
