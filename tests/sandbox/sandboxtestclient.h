#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

// A minimal synchronous-looking HTTP client for the sandbox tests: each call waits for its reply
// with QSignalSpy::wait (no nested event loop of its own, no sleeps).
class SandboxTestClient
{
public:
    struct Result
    {
        int status = 0; // 0: no HTTP answer
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QJsonObject json;
        bool isJson = false;
        QList<QNetworkReply::RawHeaderPair> headers;

        QJsonObject data() const { return json.value(QLatin1String("data")).toObject(); }
        QString errorCode() const;
        QString errorMessage() const;
        QByteArray header(const QByteArray &name) const;
    };

    explicit SandboxTestClient(QUrl baseUrl);

    Result call(const QByteArray &method, const QString &path, const QByteArray &body = QByteArray(),
        const QByteArray &authorization = QByteArray());
    // Same, with "Bearer <token>" (a token is fetched on first use).
    Result get(const QString &path);
    Result post(const QString &path, const QJsonObject &body);
    Result postRaw(const QString &path, const QByteArray &body);
    Result admin(const QByteArray &method, const QString &path, const QJsonObject &body = QJsonObject());

    QString token();
    void forgetToken() { m_token.clear(); }
    QByteArray basic(const QString &id, const QString &secret) const;

    // Polls a check URL until the job leaves Pending (at most 20 polls).
    Result pollUntilDone(const QString &checkPath);

private:
    QUrl m_base;
    QNetworkAccessManager m_manager;
    QString m_token;
};
