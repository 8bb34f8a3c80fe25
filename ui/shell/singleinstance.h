#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;
class QWidget;

namespace einvoice {

// One running app per user: the first start listens on a local socket named after the app and
// the user; a later start sends "raise" to it and should then exit. The first one emits
// activationRequested() and its main window comes to the front (raiseWindow()).
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // key: default defaultKey(); tests pass a unique one.
    explicit SingleInstance(const QString &key = defaultKey(), QObject *parent = nullptr);
    ~SingleInstance() override;

    // The application name and a hash of the user name.
    static QString defaultKey();
    static QByteArray raiseMessage() { return QByteArrayLiteral("raise\n"); }

    // true: this is the first instance and now listens. false: another one is running and has
    // been asked to raise its window.
    bool start();
    bool isPrimary() const { return m_primary; }
    QString key() const { return m_key; }

    static void raiseWindow(QWidget *window);

Q_SIGNALS:
    void activationRequested();

private:
    bool notifyRunningInstance();
    void onNewConnection();
    void readMessage(QLocalSocket *socket);

    QString m_key;
    QLocalServer *m_server = nullptr;
    bool m_primary = false;
};

} // namespace einvoice
