#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace einvoice {

// Which server: Demo is the embedded local sandbox with seeded data; Sandbox and Production are
// SePay's hosted servers; Custom is a base URL the user types (or --base-url).
enum class EnvironmentKind { Demo, Sandbox, Production, Custom };

// The identity of an environment: which server's data and secrets. key() is the one spelling the
// settings, the local database (drafts, cache, catalogue, readings, outbox), the secret store and
// the logs use. A custom environment is identified by its normalised base URL, so the same server
// typed two ways ("HTTPS://Host/" and "https://host:443") is one environment.
class EnvironmentId
{
public:
    EnvironmentId() = default; // Demo
    // customUrl is only read for Custom.
    explicit EnvironmentId(EnvironmentKind kind, const QUrl &customUrl = QUrl());
    static EnvironmentId custom(const QUrl &baseUrl)
    {
        return EnvironmentId(EnvironmentKind::Custom, baseUrl);
    }
    // The identity a key() names; nullopt for anything else.
    static std::optional<EnvironmentId> fromKey(QStringView key);

    EnvironmentKind kind() const { return m_kind; }
    QUrl customUrl() const { return m_customUrl; } // normalised; empty unless Custom
    // "demo", "sandbox", "production", "custom:https://host:443/path".
    QString key() const;
    // False for a Custom environment without a usable URL (no scheme or host).
    bool isValid() const;
    bool isProduction() const { return m_kind == EnvironmentKind::Production; }

    bool operator==(const EnvironmentId &other) const = default;

    // "demo", "sandbox", "production", "custom": the settings' and the CLI's --env spelling.
    static QString kindName(EnvironmentKind kind);
    static std::optional<EnvironmentKind> kindFromName(QStringView name);
    // Lower-case scheme and host, an explicit port, the path without a trailing slash; no user
    // info, query or fragment.
    static QUrl normalizedUrl(const QUrl &url);
    // The documented base URL of Sandbox and Production (sepay-api.md section 1); empty otherwise.
    static QUrl hostedBaseUrl(EnvironmentKind kind);

private:
    EnvironmentKind m_kind = EnvironmentKind::Demo;
    QUrl m_customUrl;
};

} // namespace einvoice
