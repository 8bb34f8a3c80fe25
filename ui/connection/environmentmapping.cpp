#include "environmentmapping.h"

namespace einvoice {

Environment apiEnvironment(EnvironmentKind choice, const QUrl &customUrl, const QUrl &demoUrl)
{
    switch (choice) {
    case EnvironmentKind::Demo:
        return Environment::demo(demoUrl);
    case EnvironmentKind::Sandbox:
        return Environment::sandbox();
    case EnvironmentKind::Production:
        return Environment::production();
    case EnvironmentKind::Custom:
        return Environment::custom(customUrl);
    }
    return Environment::demo(demoUrl);
}

} // namespace einvoice
