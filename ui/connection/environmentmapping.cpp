#include "environmentmapping.h"

namespace einvoice {

Environment apiEnvironment(EnvironmentChoice choice, const QUrl &customUrl, const QUrl &demoUrl)
{
    switch (choice) {
    case EnvironmentChoice::Demo:
        return Environment::demo(demoUrl);
    case EnvironmentChoice::Sandbox:
        return Environment::sandbox();
    case EnvironmentChoice::Production:
        return Environment::production();
    case EnvironmentChoice::Custom:
        return Environment::custom(customUrl);
    }
    return Environment::demo(demoUrl);
}

} // namespace einvoice
