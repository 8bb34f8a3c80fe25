#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace einvoice {

// Which SePay server a client talks to. Each environment has its own credentials and token;
// scope() names it in the secret store.
class Environment
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::Environment)

public:
    enum class Kind {
        Demo, // the embedded sandbox server on a loopback port (see DemoEnvironment)
        Sandbox, // https://einvoice-api-sandbox.sepay.vn
        Production, // https://einvoice-api.sepay.vn
        Custom // any other base URL
    };

    Environment() = default;
    static Environment demo(const QUrl &baseUrl);
    static Environment sandbox();
    static Environment production();
    static Environment custom(const QUrl &baseUrl);

    Kind kind() const { return m_kind; }
    QUrl baseUrl() const { return m_baseUrl; }
    // The same kind (credentials, confirmation rules) on another server, e.g. a loopback test URL.
    Environment withBaseUrl(const QUrl &baseUrl) const;

    // Key prefix in the secret store: "demo", "sandbox", "production", "custom-<host>-<port>".
    QString scope() const;
    QString displayName() const; // translated
    // Writes (create, issue, delete) ask for confirmation first.
    bool isProduction() const { return m_kind == Kind::Production; }

    // Empty when the URL may be used: https, or plain http to a loopback host only, and no user
    // name or password in it (they would be stored, logged and sent with the address).
    static QString checkBaseUrl(const QUrl &url);
    static bool hasCredentials(const QUrl &url);
    static bool isLoopback(const QUrl &url);

    static QString name(Kind kind); // "demo", "sandbox", "production", "custom"
    static std::optional<Kind> kindFromName(QStringView name);

private:
    // A user name or password in the URL is dropped: checkBaseUrl() refuses such URLs where they
    // are typed; this keeps any that slip through out of scopes, outbox keys and requests.
    Environment(Kind kind, QUrl baseUrl);

    Kind m_kind = Kind::Demo;
    QUrl m_baseUrl;
};

} // namespace einvoice
