#pragma once

#include <QString>

namespace einvoice {

// Removes secrets from text before it reaches a log: Authorization header values, Basic and Bearer
// credentials, client_secret / access_token / password parameters, and every string registered at
// runtime with addSecret() (for example the client secret the credentials code has just loaded).
class LogRedactor
{
public:
    static QString redact(const QString &text);

    // Registers a secret to be replaced wherever it appears. Strings shorter than
    // minimumSecretLength are ignored so that a tiny value cannot blank out the whole log.
    static void addSecret(const QString &secret);
    static void removeSecret(const QString &secret);
    static void clearSecrets();

    static constexpr int minimumSecretLength = 4;
    static QString placeholder() { return QStringLiteral("[redacted]"); }
};

} // namespace einvoice
