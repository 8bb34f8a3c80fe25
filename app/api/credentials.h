#pragma once

#include <QString>

namespace einvoice {

// The client ID and secret of one environment. Never logged, never written to settings or files;
// only the token manager turns them into a Basic header.
struct Credentials
{
    QString clientId;
    QString clientSecret;

    bool isComplete() const { return !clientId.isEmpty() && !clientSecret.isEmpty(); }
    bool operator==(const Credentials &) const = default;
};

} // namespace einvoice
