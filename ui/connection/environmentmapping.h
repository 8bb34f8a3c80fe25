#pragma once

#include "api/environment.h"
#include "core/environmentid.h"

#include <QUrl>

namespace einvoice {

// The API environment behind a settings choice. Demo needs the running demo server's URL, Custom
// the address the user typed.
Environment apiEnvironment(EnvironmentKind choice, const QUrl &customUrl, const QUrl &demoUrl = {});

} // namespace einvoice
