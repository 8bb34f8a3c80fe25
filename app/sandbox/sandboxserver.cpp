#include "sandboxserver.h"

#include "accountendpoints.h"
#include "adminendpoints.h"
#include "connectionguard.h"
#include "correctionendpoints.h"
#include "guardedtcpserver.h"
#include "httpfrontend.h"
#include "invoiceadminendpoints.h"
#include "invoicecommandendpoints.h"
#include "invoicequeryendpoints.h"
#include "providerstatusschedule.h"
#include "sandboxcontext.h"
#include "sandboxlog.h"
#include "sandboxrouter.h"
#include "sandboxseeder.h"

#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace einvoice {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

SandboxRequest copyRequest(const QHttpServerRequest &request)
{
    SandboxRequest copy = SandboxRequest::fromUrl(methodName(request.method()), request.url());
    copy.query = request.query();
    copy.headers = request.headers();
    copy.body = request.body();
    return copy;
}

} // namespace

class SandboxServer::Private
{
public:
    Private(SandboxServer *owner, SandboxConfig config);

    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    HttpReply answer(SandboxRequest &request, bool *drop);
    void send(QTcpSocket *socket, const HttpReply &reply, bool keepAlive, int delayMs);
    void addRoutes();
    void addAdminRoutes();
    void addCorrectionRoutes();

    SandboxServer *q;
    SandboxContext context;
    AccountEndpoints accounts;
    InvoiceCommandEndpoints commands;
    InvoiceQueryEndpoints queries;
    CorrectionEndpoints corrections;
    AdminEndpoints admin;
    InvoiceAdminEndpoints invoiceAdmin;
    SandboxRouter router;
    HttpFrontend *frontend = nullptr;
    GuardedTcpServer *tcp = nullptr;
    QString error;
};

SandboxServer::Private::Private(SandboxServer *owner, SandboxConfig config)
    : q(owner),
      context(config, SystemClock::instance()),
      accounts(context),
      commands(context),
      queries(context),
      corrections(context, commands),
      admin(context, config),
      invoiceAdmin(context)
{
    if (context.db.open(&error))
        SandboxSeeder(context).seedIfEmpty();
    addRoutes();
    addAdminRoutes();
}

void SandboxServer::Private::addRoutes()
{
    using R = const SandboxRequest &;
    router.add(QStringLiteral("/v1/token"), {"POST"}, [this](R r) { return accounts.token(r); });
    router.add(QStringLiteral("/v1/provider-accounts"), {"GET"}, [this](R r) { return accounts.list(r); });
    router.add(
        QStringLiteral("/v1/provider-accounts/{}"), {"GET"}, [this](R r) { return accounts.detail(r); });
    router.add(QStringLiteral("/v1/usage"), {"GET"}, [this](R r) { return accounts.usage(r); });
    router.add(QStringLiteral("/v1/invoices/create"), {"POST"}, [this](R r) { return commands.create(r); });
    router.add(QStringLiteral("/v1/invoices/create/check/{}"), {"GET"},
        [this](R r) { return commands.createCheck(r); });
    router.add(QStringLiteral("/v1/invoices/issue"), {"POST"}, [this](R r) { return commands.issue(r); });
    router.add(QStringLiteral("/v1/invoices/issue/check/{}"), {"GET"},
        [this](R r) { return commands.issueCheck(r); });
    router.add(QStringLiteral("/v1/invoices/delete/{}"), {"POST", "DELETE"},
        [this](R r) { return commands.deleteDraft(r); });
    addCorrectionRoutes();
    router.add(QStringLiteral("/v1/invoices"), {"GET"}, [this](R r) { return queries.list(r); });
    router.add(
        QStringLiteral("/v1/invoices/{}/download"), {"GET"}, [this](R r) { return queries.download(r); });
    // DELETE on the invoice itself: the changelog's "DELETE endpoint" for drafts.
    router.add(QStringLiteral("/v1/invoices/{}"), {"GET", "DELETE"},
        [this](R r) { return r.method == "DELETE" ? commands.deleteDraft(r) : queries.detail(r); });
}

// Before "/v1/invoices/{}": "replace" and "adjust" are path words, not reference codes.
void SandboxServer::Private::addCorrectionRoutes()
{
    using R = const SandboxRequest &;
    router.add(
        QStringLiteral("/v1/invoices/replace"), {"POST"}, [this](R r) { return corrections.replace(r); });
    router.add(QStringLiteral("/v1/invoices/replace/check/{}"), {"GET"},
        [this](R r) { return corrections.replaceCheck(r); });
    router.add(
        QStringLiteral("/v1/invoices/adjust"), {"POST"}, [this](R r) { return corrections.adjust(r); });
    router.add(QStringLiteral("/v1/invoices/adjust/check/{}"), {"GET"},
        [this](R r) { return corrections.adjustCheck(r); });
}

void SandboxServer::Private::addAdminRoutes()
{
    using R = const SandboxRequest &;
    router.add(QStringLiteral("/_sandbox/faults"), {"GET", "POST"}, [this](R r) { return admin.faults(r); });
    router.add(
        QStringLiteral("/_sandbox/expire-tokens"), {"POST"}, [this](R r) { return admin.expireTokens(r); });
    router.add(
        QStringLiteral("/_sandbox/requests/clear"), {"POST"}, [this](R r) { return admin.clearRequests(r); });
    router.add(QStringLiteral("/_sandbox/requests"), {"GET", "DELETE"},
        [this](R r) { return r.method == "DELETE" ? admin.clearRequests(r) : admin.requests(r); });
    router.add(QStringLiteral("/_sandbox/reset"), {"POST"}, [this](R r) { return admin.reset(r); });
    router.add(QStringLiteral("/_sandbox/quota"), {"GET", "POST"}, [this](R r) { return admin.quota(r); });
    router.add(
        QStringLiteral("/_sandbox/settings"), {"GET", "POST"}, [this](R r) { return admin.settings(r); });
    router.add(QStringLiteral("/_sandbox/accounts"), {"GET"}, [this](R r) { return admin.accounts(r); });
    router.add(
        QStringLiteral("/_sandbox/accounts/{}"), {"POST"}, [this](R r) { return admin.patchAccount(r); });
    router.add(QStringLiteral("/_sandbox/portal/{}"), {"GET"}, [this](R r) { return queries.portalFile(r); });
    router.add(QStringLiteral("/_sandbox/invoices/{}"), {"GET", "POST"},
        [this](R r) { return invoiceAdmin.invoice(r); });
}

HttpReply SandboxServer::Private::answer(SandboxRequest &request, bool *drop)
{
    *drop = false;
    ProviderStatusSchedule(context).settleDue();
    if (request.segments.value(0) == QLatin1String("_sandbox"))
        return router.dispatch(request);
    context.log.append(request);
    switch (context.faults.nextAction(request.path)) {
    case FaultInjector::Action::Drop:
        *drop = true;
        return HttpReply();
    case FaultInjector::Action::RateLimit: {
        HttpReply reply = HttpReply::error(429, QStringLiteral("TOO_MANY_REQUESTS"),
            QStringLiteral("Quá nhiều yêu cầu, vui lòng thử lại sau."));
        reply.headers.append(
            {QByteArray("Retry-After"), QByteArray::number(context.faults.faults().retryAfterSeconds)});
        return reply;
    }
    case FaultInjector::Action::ServerError:
        return HttpReply::error(
            500, QStringLiteral("INTERNAL_ERROR"), QStringLiteral("Lỗi hệ thống, vui lòng thử lại sau."));
    case FaultInjector::Action::None:
        break;
    }
    HttpReply reply = router.dispatch(request);
    if (reply.status / 100 == 2 && context.faults.corruptNextBody(request.path))
        reply.body.truncate(reply.body.size() / 2);
    return reply;
}

void SandboxServer::Private::handle(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    ConnectionGuard *guard = ConnectionGuard::of(socket);
    if (guard) {
        guard->requestTaken();
        if (!guard->mayAnswer()) {
            qCInfo(lcSandbox) << "closing a connection whose client does not read its answers";
            socket->abort();
            return;
        }
    }
    SandboxRequest request = copyRequest(httpRequest);
    bool drop = false;
    const HttpReply reply = answer(request, &drop);
    if (drop) {
        qCDebug(lcSandbox) << "dropping the connection of" << request.method << request.path;
        socket->abort();
        return;
    }
    const bool keepAlive = request.header("connection").compare("close", Qt::CaseInsensitive) != 0;
    const bool admin = request.segments.value(0) == QLatin1String("_sandbox");
    send(socket, reply, keepAlive, admin ? 0 : context.faults.faults().latencyMs);
}

void SandboxServer::Private::send(QTcpSocket *socket, const HttpReply &reply, bool keepAlive, int delayMs)
{
    const QByteArray wire = reply.toWire(keepAlive);
    const auto write = [socket = QPointer<QTcpSocket>(socket), wire, keepAlive] {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        socket->write(wire);
        if (auto *guard = ConnectionGuard::of(socket))
            guard->answerDone();
        if (!keepAlive)
            socket->disconnectFromHost();
    };
    if (delayMs <= 0)
        write();
    else
        QTimer::singleShot(delayMs, q, write);
}

SandboxServer::SandboxServer(SandboxConfig config, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, std::move(config)))
{
    d->frontend = new HttpFrontend(
        [this](const QHttpServerRequest &request, QTcpSocket *socket) { d->handle(request, socket); }, this);
}

SandboxServer::~SandboxServer() = default;

std::optional<HttpReply> SandboxServer::answer(SandboxRequest request)
{
    bool drop = false;
    HttpReply reply = d->answer(request, &drop);
    if (drop)
        return std::nullopt;
    return reply;
}

bool SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    if (!d->error.isEmpty())
        return false;
    auto *tcp = new GuardedTcpServer(d->context.config.limits, d->frontend);
    if (!tcp->listenGuarded(address, port)) {
        d->error = tcp->errorString();
        delete tcp;
        return false;
    }
    d->frontend->bind(tcp);
    d->tcp = tcp;
    const bool anyAddress
        = address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address.isLoopback();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(anyAddress ? QStringLiteral("127.0.0.1") : address.toString());
    url.setPort(tcp->serverPort());
    d->context.baseUrl = url;
    return true;
}

quint16 SandboxServer::port() const
{
    return d->tcp ? d->tcp->serverPort() : 0;
}

QUrl SandboxServer::baseUrl() const
{
    return d->context.baseUrl;
}

int SandboxServer::connectionCount() const
{
    return d->tcp ? d->tcp->connectionCount() : 0;
}

QJsonObject SandboxServer::requestLog() const
{
    return d->context.log.toJson();
}

QString SandboxServer::errorString() const
{
    return d->error;
}

} // namespace einvoice
