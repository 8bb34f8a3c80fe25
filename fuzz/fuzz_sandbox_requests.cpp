// Requests to the local server, answered in-process without sockets (SandboxServer::answer):
// path decoding, routing (404, 405), authorization, every /v1 endpoint and the /_sandbox admin
// path, over an in-memory database with seeded accounts and invoices.
//
// Input: a request as text. The first line is "<METHOD> <target>", header lines "Name: value"
// follow up to an empty line, the rest is the body. Without an Authorization header the harness
// adds a valid bearer token, so that the fuzzer reaches past the token check.
// Properties: every request is answered (or dropped by a fault the fuzzer switched on) with a
// status from 200 to 599 and, for JSON answers, a body that is a JSON object.
#include "fuzzsupport.h"
#include "sandbox/sandboxserver.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace einvoice;

namespace {

// The server lives for the whole run; its database is reset every ResetEvery inputs so that
// what the fuzzer created does not pile up.
constexpr int ResetEvery = 2000;

SandboxServer &server()
{
    static SandboxServer *instance = [] {
        SandboxConfig config;
        config.seedInvoices = 6;
        config.jobPendingPolls = 0;
        return new SandboxServer(config);
    }();
    return *instance;
}

SandboxRequest requestOf(const QByteArray &input)
{
    const qsizetype headerEnd = input.indexOf("\n\n");
    const QByteArray head = headerEnd < 0 ? input : input.left(headerEnd);
    QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.takeFirst().trimmed().split(' ');
    SandboxRequest request = SandboxRequest::fromUrl(
        requestLine.value(0), QUrl::fromEncoded(requestLine.value(1, "/"), QUrl::TolerantMode));
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    request.body = headerEnd < 0 ? QByteArray() : input.mid(headerEnd + 2);
    return request;
}

QByteArray freshToken()
{
    SandboxRequest request = SandboxRequest::fromUrl("POST", QUrl(QStringLiteral("/v1/token")));
    request.headers.append(
        {"Authorization", "Basic " + QByteArray("sandbox-client-id:sandbox-client-secret").toBase64()});
    const std::optional<HttpReply> reply = server().answer(request);
    const QJsonObject data = QJsonDocument::fromJson(reply ? reply->body : QByteArray())
                                 .object()
                                 .value(QLatin1String("data"))
                                 .toObject();
    return data.value(QLatin1String("access_token")).toString().toLatin1();
}

void resetServer()
{
    server().answer(SandboxRequest::fromUrl("POST", QUrl(QStringLiteral("/_sandbox/reset"))));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int runs = 0;
    static QByteArray token;
    if (runs++ % ResetEvery == 0) {
        resetServer();
        token.clear();
    }
    if (token.isEmpty())
        token = freshToken();
    SandboxRequest request = requestOf(fuzz::bytes(data, size));
    if (request.header("authorization").isNull())
        request.headers.append({"Authorization", "Bearer " + token});
    const bool admin = request.segments.value(0) == QLatin1String("_sandbox");
    const std::optional<HttpReply> reply = server().answer(request);
    if (admin && request.method != "GET")
        token.clear(); // the admin path may have expired tokens or reset the database
    if (!reply)
        return 0;
    FUZZ_EXPECT(reply->status >= 200 && reply->status <= 599, QString::number(reply->status));
    if (reply->contentType == "application/json" && !reply->body.isEmpty()) {
        const bool cutOff = reply->status / 100 == 2; // the malformed-body fault halves 2xx bodies
        FUZZ_EXPECT(
            cutOff || QJsonDocument::fromJson(reply->body).isObject(), QString::fromUtf8(reply->body));
    }
    reply->toWire(true);
    return 0;
}
