#include "environmentchoice.h"

namespace einvoice {

QString environmentKey(EnvironmentChoice choice)
{
    switch (choice) {
    case EnvironmentChoice::Demo:
        return QStringLiteral("demo");
    case EnvironmentChoice::Sandbox:
        return QStringLiteral("sandbox");
    case EnvironmentChoice::Production:
        return QStringLiteral("production");
    case EnvironmentChoice::Custom:
        return QStringLiteral("custom");
    }
    return QStringLiteral("demo");
}

std::optional<EnvironmentChoice> environmentFromKey(const QString &key)
{
    for (auto choice : {EnvironmentChoice::Demo, EnvironmentChoice::Sandbox, EnvironmentChoice::Production,
             EnvironmentChoice::Custom}) {
        if (environmentKey(choice) == key)
            return choice;
    }
    return std::nullopt;
}

QString hostedBaseUrl(EnvironmentChoice choice)
{
    switch (choice) {
    case EnvironmentChoice::Sandbox:
        return QStringLiteral("https://einvoice-api-sandbox.sepay.vn");
    case EnvironmentChoice::Production:
        return QStringLiteral("https://einvoice-api.sepay.vn");
    case EnvironmentChoice::Demo:
    case EnvironmentChoice::Custom:
        break;
    }
    return {};
}

} // namespace einvoice
