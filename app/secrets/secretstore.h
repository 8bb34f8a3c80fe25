#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace einvoice {

// The outcome of one secret-store operation. The value is only set by a successful read.
struct SecretResult
{
    enum class Status {
        Ok,
        NotFound, // read or remove of a key that holds nothing
        Unavailable, // no keychain answered (no Secret Service, locked, timed out)
        Failed // the keychain answered with an error
    };

    Status status = Status::Ok;
    QString value;
    QString errorText; // for logs and messages; never contains the secret

    bool isOk() const { return status == Status::Ok; }
};

// Where client credentials live. Keys are scoped by environment ("production/client_secret").
// Every operation is asynchronous: the callback runs exactly once, later, from the event loop,
// unless the context object was destroyed first.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(QObject *parent = nullptr) : QObject(parent) { }

    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &value, QObject *context, Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;

    // False when secrets only live as long as this process (no keychain).
    virtual bool isPersistent() const = 0;

    // "<scope>/<name>", e.g. scopedKey("sandbox", "client_secret").
    static QString scopedKey(const QString &scope, const QString &name);

Q_SIGNALS:
    // The keychain stopped answering; secrets are kept in memory for this session only.
    void persistenceLost();

protected:
    // Runs done(result) from the event loop if context is still alive.
    static void deliver(QObject *context, Callback done, SecretResult result);
};

} // namespace einvoice
