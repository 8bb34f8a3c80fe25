#include "sandboxtestclient.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

QString SandboxTestClient::Result::errorCode() const
{
    return json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

QString SandboxTestClient::Result::errorMessage() const
{
    return json.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
}

QByteArray SandboxTestClient::Result::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return QByteArray();
}

SandboxTestClient::SandboxTestClient(QUrl baseUrl) : m_base(std::move(baseUrl)) { }

QByteArray SandboxTestClient::basic(const QString &id, const QString &secret) const
{
    return "Basic " + (id + QLatin1Char(':') + secret).toUtf8().toBase64();
}

SandboxTestClient::Result SandboxTestClient::call(
    const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &authorization)
{
    QUrl url = m_base;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QBuffer *buffer = new QBuffer;
    buffer->setData(body);
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Result result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(result.body, &parseError);
    result.isJson = parseError.error == QJsonParseError::NoError && document.isObject();
    result.json = document.object();
    reply->deleteLater();
    return result;
}

QString SandboxTestClient::token()
{
    if (m_token.isEmpty()) {
        const Result result = call("POST", QStringLiteral("/v1/token"), QByteArray(),
            basic(QStringLiteral("sandbox-client-id"), QStringLiteral("sandbox-client-secret")));
        m_token = result.data().value(QLatin1String("access_token")).toString();
    }
    return m_token;
}

SandboxTestClient::Result SandboxTestClient::get(const QString &path)
{
    return call("GET", path, QByteArray(), "Bearer " + token().toLatin1());
}

SandboxTestClient::Result SandboxTestClient::post(const QString &path, const QJsonObject &body)
{
    return postRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SandboxTestClient::Result SandboxTestClient::postRaw(const QString &path, const QByteArray &body)
{
    return call("POST", path, body, "Bearer " + token().toLatin1());
}

SandboxTestClient::Result SandboxTestClient::admin(
    const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return call(
        method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SandboxTestClient::Result SandboxTestClient::pollUntilDone(const QString &checkPath)
{
    Result result;
    for (int i = 0; i < 20; ++i) {
        result = get(checkPath);
        if (result.data().value(QLatin1String("status")).toString() != QLatin1String("Pending"))
            break;
    }
    return result;
}
