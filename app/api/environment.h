#pragma once

#include "core/environmentid.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace einvoice {

// Which SePay server a client talks to, and where: the environment's identity (its credentials,
// token and local data follow id().key()) and the base URL requests go to. Demo's base URL is the
// embedded server's loopback port (app/demo); Sandbox and Production may be pointed at another
// server (a loopback test server, --base-url) and keep their identity.
class Environment
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::Environment)

public:
    Environment() = default;
    static Environment demo(const QUrl &baseUrl);
    static Environment sandbox();
    static Environment production();
    static Environment custom(const QUrl &baseUrl);
    // The environment an identity names: Demo at demoUrl (the running Demo server's address),
    // Sandbox and Production at their hosted address, Custom at its URL.
    static Environment forId(const EnvironmentId &id, const QUrl &demoUrl = QUrl());

    const EnvironmentId &id() const { return m_id; }
    EnvironmentKind kind() const { return m_id.kind(); }
    QUrl baseUrl() const { return m_baseUrl; }
    // The same identity (credentials, confirmation rules) on another server, e.g. a loopback test
    // URL; a custom environment is its URL, so it becomes the custom environment of that URL.
    Environment withBaseUrl(const QUrl &baseUrl) const;

    QString displayName() const; // translated
    // Writes (create, issue, delete) ask for confirmation first.
    bool isProduction() const { return m_id.isProduction(); }

    // Empty when the URL may be used: https, or plain http to a loopback host only, and no user
    // name or password in it (they would be stored, logged and sent with the address).
    static QString checkBaseUrl(const QUrl &url);
    static bool hasCredentials(const QUrl &url);
    static bool isLoopback(const QUrl &url);

private:
    // A user name or password in the URL is dropped: checkBaseUrl() refuses such URLs where they
    // are typed; this keeps any that slip through out of outbox keys, logs and requests.
    Environment(EnvironmentId id, QUrl baseUrl);

    EnvironmentId m_id;
    QUrl m_baseUrl;
};

} // namespace einvoice
