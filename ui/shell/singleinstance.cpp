#include "singleinstance.h"

#include "shelllog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QWidget>

namespace einvoice {

namespace {
constexpr int connectTimeoutMs = 1000;
}

SingleInstance::SingleInstance(const QString &key, QObject *parent) : QObject(parent), m_key(key) { }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultKey()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    const QByteArray hash = QCryptographicHash::hash(user.toUtf8(), QCryptographicHash::Sha256).toHex();
    QString app = QCoreApplication::applicationName();
    if (app.isEmpty())
        app = QStringLiteral("sepay-einvoice");
    app.replace(QLatin1Char(' '), QLatin1Char('-'));
    return app + QLatin1Char('-') + QString::fromLatin1(hash.left(16));
}

bool SingleInstance::start()
{
    if (m_primary)
        return true;
    if (notifyRunningInstance())
        return false;
    // Nobody answered: a socket file left by a crash is stale.
    QLocalServer::removeServer(m_key);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    if (!m_server->listen(m_key))
        qCWarning(lcShell) << "cannot listen for a second start:" << m_server->errorString();
    m_primary = true;
    return true;
}

bool SingleInstance::notifyRunningInstance()
{
    QLocalSocket socket;
    socket.connectToServer(m_key);
    if (!socket.waitForConnected(connectTimeoutMs))
        return false;
    socket.write(raiseMessage());
    socket.waitForBytesWritten(connectTimeoutMs);
    socket.disconnectFromServer();
    qCInfo(lcShell) << "another instance is running; asked it to raise its window";
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readMessage(socket); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        readMessage(socket);
    }
}

void SingleInstance::readMessage(QLocalSocket *socket)
{
    while (socket->canReadLine()) {
        if (socket->readLine() == raiseMessage())
            Q_EMIT activationRequested();
    }
}

void SingleInstance::raiseWindow(QWidget *window)
{
    if (!window)
        return;
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace einvoice
