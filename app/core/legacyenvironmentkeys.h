#pragma once

#include "environmentid.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace einvoice {

// The ways versions before EnvironmentId spelled an environment, so that what they wrote can be
// moved under EnvironmentId::key() (issue 15). Demo, Sandbox and Production were always spelled
// as today; a custom server had four spellings:
//  - "custom" (the settings' environmentKey(), without the URL),
//  - "custom:<url as typed>" (the editor, the invoice list and the usage page),
//  - "custom@<authority>" (the batch runner's outbox entries),
//  - "custom-<host>-<port>" (the secret store's scope).
namespace legacyenvironmentkeys {

// The environment a key written by any version means. knownCustomUrls are the custom base URLs
// this program knows (the settings' custom URL, --base-url); a spelling without scheme or path is
// matched against them first and otherwise taken as https (http for a loopback host). nullopt
// when it cannot tell ("custom" with no single known URL, or garbage).
std::optional<EnvironmentId> resolve(const QString &key, const QList<QUrl> &knownCustomUrls);

// True when key is spelled as EnvironmentId::key() spells it today.
bool isCurrent(const QString &key);

// The secret-store scopes versions before EnvironmentId may have used for id, most likely first;
// empty when it was id.key() itself (everything but Custom). The old scope took the port as typed
// or else 443, so an http URL on port 80 has two candidates.
QStringList secretScopes(const EnvironmentId &id);

} // namespace legacyenvironmentkeys
} // namespace einvoice
