#include "environment.h"

#include <QHostAddress>

namespace einvoice {

Environment::Environment(EnvironmentId id, QUrl baseUrl) : m_id(std::move(id)), m_baseUrl(std::move(baseUrl))
{
    m_baseUrl.setUserInfo(QString());
}

Environment Environment::demo(const QUrl &baseUrl)
{
    return Environment(EnvironmentId(EnvironmentKind::Demo), baseUrl);
}

Environment Environment::sandbox()
{
    return Environment(
        EnvironmentId(EnvironmentKind::Sandbox), EnvironmentId::hostedBaseUrl(EnvironmentKind::Sandbox));
}

Environment Environment::production()
{
    return Environment(EnvironmentId(EnvironmentKind::Production),
        EnvironmentId::hostedBaseUrl(EnvironmentKind::Production));
}

Environment Environment::custom(const QUrl &baseUrl)
{
    return Environment(EnvironmentId::custom(baseUrl), baseUrl);
}

Environment Environment::forId(const EnvironmentId &id, const QUrl &demoUrl)
{
    switch (id.kind()) {
    case EnvironmentKind::Demo:
        return demo(demoUrl);
    case EnvironmentKind::Sandbox:
        return sandbox();
    case EnvironmentKind::Production:
        return production();
    case EnvironmentKind::Custom:
        break;
    }
    return custom(id.customUrl());
}

Environment Environment::withBaseUrl(const QUrl &baseUrl) const
{
    if (kind() == EnvironmentKind::Custom)
        return custom(baseUrl);
    return Environment(m_id, baseUrl);
}

QString Environment::displayName() const
{
    switch (kind()) {
    case EnvironmentKind::Demo:
        return tr("Demo");
    case EnvironmentKind::Sandbox:
        return tr("Sandbox");
    case EnvironmentKind::Production:
        return tr("Production");
    case EnvironmentKind::Custom:
        return tr("Custom (%1)").arg(m_baseUrl.toDisplayString());
    }
    return QString();
}

bool Environment::isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool Environment::hasCredentials(const QUrl &url)
{
    return !url.userName().isEmpty() || !url.password().isEmpty();
}

QString Environment::checkBaseUrl(const QUrl &url)
{
    if (hasCredentials(url)) // before anything that would repeat the address
        return tr("The server address must not contain a client ID, secret or password (the part before "
                  "\"@\"). Enter the address alone; credentials go in their own fields or the keychain.");
    if (!url.isValid() || url.host().isEmpty())
        return tr("\"%1\" is not a valid server address.").arg(url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return QString();
    if (scheme == QLatin1String("http") && isLoopback(url))
        return QString();
    if (scheme == QLatin1String("http"))
        return tr("Plain http is only allowed for a server on this computer; use https.");
    return tr("Unsupported scheme \"%1\"; use https.").arg(url.scheme());
}

} // namespace einvoice
