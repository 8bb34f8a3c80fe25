#pragma once

#include <QString>

#include <optional>

namespace einvoice {

// Which server the desktop app talks to. Demo is the embedded local sandbox with seeded data;
// Sandbox and Production are SePay's hosted servers; Custom is a base URL the user types.
enum class EnvironmentChoice { Demo, Sandbox, Production, Custom };

// Stable spelling for settings files and secret-store keys ("demo", "sandbox", ...).
QString environmentKey(EnvironmentChoice choice);
std::optional<EnvironmentChoice> environmentFromKey(const QString &key);

// Documented base URLs (sepay-api.md section 1); empty for Demo and Custom.
QString hostedBaseUrl(EnvironmentChoice choice);

} // namespace einvoice
