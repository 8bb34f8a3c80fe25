#include "demoenvironment.h"

#include "core/privatefiles.h"
#include "sandbox/sandboxserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace einvoice {

DemoEnvironment::DemoEnvironment(const QString &dataFile, QObject *parent)
    : QObject(parent), m_dataFile(dataFile)
{
}

DemoEnvironment::~DemoEnvironment() = default;

QString DemoEnvironment::defaultDataFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/demo/sandbox.sqlite");
}

Credentials DemoEnvironment::credentials()
{
    const SandboxConfig config;
    return Credentials {config.clientId, config.clientSecret};
}

QUrl DemoEnvironment::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}

bool DemoEnvironment::start()
{
    if (m_server)
        return true;
    if (!PrivateFiles::makeDirectory(QFileInfo(m_dataFile).absolutePath())) {
        m_error
            = tr("Cannot create the folder for the demo data: %1").arg(QFileInfo(m_dataFile).absolutePath());
        return false;
    }
    SandboxConfig config;
    config.dataFile = m_dataFile;
    config.seedInvoices = SeedInvoices;
    config.initialQuota = InitialQuota;
    auto server = std::make_unique<SandboxServer>(config);
    if (!server->listen(QHostAddress::LocalHost, 0)) {
        m_error = tr("Cannot start the demo server: %1").arg(server->errorString());
        return false;
    }
    m_server = std::move(server);
    return true;
}

void DemoEnvironment::stop()
{
    m_server.reset();
}

bool DemoEnvironment::reset()
{
    const bool wasRunning = isRunning();
    stop();
    for (const QString &suffix :
        {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString path = m_dataFile + suffix;
        if (QFile::exists(path) && !QFile::remove(path)) {
            m_error = tr("Cannot delete the demo data: %1").arg(path);
            return false;
        }
    }
    return wasRunning ? start() : true;
}

} // namespace einvoice
