#pragma once

#include "apierror.h"
#include "core/invoicejson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrlQuery>

class QNetworkReply;

namespace einvoice {

class ApiConnection;

// One HTTP exchange with the API, from start to end. The base owns the reply: it waits for a
// request slot, attaches the token, sends, applies the transfer timeout, replays once with a
// fresh token after a 401, retries idempotent requests on transient failures with backoff, and
// funnels every outcome through finish(), which emits finished() exactly once and deletes the job
// later. Concrete jobs describe the request and add parse().
//
// Connect to finished() before the event loop runs the job (SepayClient starts jobs queued).
class ApiJob : public QObject
{
    Q_OBJECT

public:
    explicit ApiJob(ApiConnection *connection, QObject *parent = nullptr);
    ~ApiJob() override;

    void start(); // only the first call counts; sends at once when a request slot is free
    void cancel(); // finishes with Cancelled unless already finished

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_error.isOk(); }
    const ApiError &error() const { return m_error; }
    int attempts() const { return m_attempts; } // HTTP requests sent, replays and retries included
    QJsonValue rawData() const { return m_data; } // "data" of a successful answer, as received

Q_SIGNALS:
    void finished();

protected:
    enum class Method { Get, Post };

    virtual Method method() const { return Method::Get; }
    virtual QString path() const = 0; // "/v1/..." with encoded segments
    virtual QUrlQuery query() const { return QUrlQuery(); }
    virtual QByteArray body() const { return QByteArray(); }
    virtual bool requiresToken() const { return true; }
    // Repeated automatically on network errors, 5xx and 429. POSTs that change state are not.
    virtual bool isIdempotent() const { return method() == Method::Get; }
    virtual bool usesQueue() const { return true; }
    virtual void prepareRequest(QNetworkRequest &request) const { Q_UNUSED(request) }
    // Reads a 2xx answer whose body is a JSON object with success != false.
    virtual ApiError parse(const QJsonObject &root) = 0;

    ApiConnection *connection() const { return m_connection; }
    static ApiError toApiError(const ParseError &error);
    static QString encoded(const QString &pathSegment);
    // The value of a Parsed<T>, or records its error in `error`.
    template<typename T> static std::optional<T> take(Parsed<T> parsed, ApiError &error)
    {
        if (auto *value = std::get_if<T>(&parsed))
            return std::move(*value);
        error = toApiError(std::get<ParseError>(parsed));
        return std::nullopt;
    }
    // A list answer {data: {paging, items: [...]}}: the paging object and every item, read by
    // parseItem(object, path); the first bad field ends it with a parse error naming it.
    template<typename T, typename ParseItem>
    static ApiError parsePage(const QJsonObject &root, ParseItem parseItem, Paging &paging, QList<T> &items)
    {
        const QJsonObject data = root.value(QLatin1String("data")).toObject();
        ApiError error;
        if (auto parsed = take(json::parsePaging(data.value(QLatin1String("paging")).toObject()), error))
            paging = *parsed;
        else
            return error;
        const QJsonValue value = data.value(QLatin1String("items"));
        if (!value.isArray())
            return ApiError::parse(QStringLiteral("data.items"), tr("missing or not an array"));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto item
                = take(parseItem(array.at(i).toObject(), QStringLiteral("data.items[%1]").arg(i)), error))
                items.append(*item);
            else
                return error;
        }
        return ApiError();
    }

private:
    void begin();
    void authorizeAndSend();
    void send(const QString &token);
    void onReplyFinished();
    ApiError readAnswer(int status, const QByteArray &body);
    ApiError transportError(const QNetworkReply &reply) const;
    void retryOrFinish(const ApiError &error);
    void finish(const ApiError &error);

    ApiConnection *m_connection;
    // Guarded: the reply belongs to the network manager, which may go first when the client is
    // torn down with jobs still running.
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QString m_sentToken;
    QStringList m_tlsProblems; // what QNetworkReply::sslErrors reported for the current attempt
    ApiError m_error;
    QJsonValue m_data;
    bool m_started = false;
    bool m_finished = false;
    bool m_replayedAfter401 = false;
    bool m_bodyUnreadable = false;
    int m_attempts = 0;
    int m_retries = 0;
};

} // namespace einvoice
