#pragma once

#include "api/credentials.h"
#include "api/environment.h"

#include <QObject>

#include <memory>

namespace einvoice {

class SandboxServer;

// The Demo environment: an in-process SandboxServer on an ephemeral loopback port whose SQLite
// file lives in the app's data folder (AppDataLocation/demo/sandbox.sqlite). Every process that
// starts one on the same file sees the same demo invoices, so the GUI and the CLI agree and demo
// work survives a restart. reset() deletes the file and starts afresh.
class DemoEnvironment : public QObject
{
    Q_OBJECT

public:
    // Enough recent activity for the dashboard's pace and forecast to mean something.
    static constexpr int SeedInvoices = 150;
    static constexpr qint64 InitialQuota = 150;

    explicit DemoEnvironment(const QString &dataFile = defaultDataFile(), QObject *parent = nullptr);
    ~DemoEnvironment() override;

    bool start(); // false with errorString() when the folder or port is unusable
    void stop();
    bool isRunning() const { return m_server != nullptr; }
    // Stops the server, deletes its data and, if it was running, starts again on a fresh file.
    bool reset();

    QString errorString() const { return m_error; }
    QString dataFile() const { return m_dataFile; }
    QUrl baseUrl() const; // empty until started
    Environment environment() const { return Environment::demo(baseUrl()); }
    static Credentials credentials(); // what the demo server accepts

    static QString defaultDataFile();

private:
    QString m_dataFile;
    QString m_error;
    std::unique_ptr<SandboxServer> m_server;
};

} // namespace einvoice
