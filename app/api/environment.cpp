#include "environment.h"

#include <QHostAddress>

namespace einvoice {

Environment::Environment(Kind kind, QUrl baseUrl) : m_kind(kind), m_baseUrl(std::move(baseUrl))
{
    m_baseUrl.setUserInfo(QString());
}

Environment Environment::demo(const QUrl &baseUrl)
{
    return Environment(Kind::Demo, baseUrl);
}

Environment Environment::sandbox()
{
    return Environment(Kind::Sandbox, QUrl(QStringLiteral("https://einvoice-api-sandbox.sepay.vn")));
}

Environment Environment::production()
{
    return Environment(Kind::Production, QUrl(QStringLiteral("https://einvoice-api.sepay.vn")));
}

Environment Environment::custom(const QUrl &baseUrl)
{
    return Environment(Kind::Custom, baseUrl);
}

Environment Environment::withBaseUrl(const QUrl &baseUrl) const
{
    return Environment(m_kind, baseUrl);
}

QString Environment::scope() const
{
    if (m_kind != Kind::Custom)
        return name(m_kind);
    return QStringLiteral("custom-%1-%2").arg(m_baseUrl.host().toLower()).arg(m_baseUrl.port(443));
}

QString Environment::displayName() const
{
    switch (m_kind) {
    case Kind::Demo:
        return tr("Demo");
    case Kind::Sandbox:
        return tr("Sandbox");
    case Kind::Production:
        return tr("Production");
    case Kind::Custom:
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

QString Environment::name(Kind kind)
{
    switch (kind) {
    case Kind::Demo:
        return QStringLiteral("demo");
    case Kind::Sandbox:
        return QStringLiteral("sandbox");
    case Kind::Production:
        return QStringLiteral("production");
    case Kind::Custom:
        return QStringLiteral("custom");
    }
    return QString();
}

std::optional<Environment::Kind> Environment::kindFromName(QStringView name)
{
    for (Kind kind : {Kind::Demo, Kind::Sandbox, Kind::Production, Kind::Custom}) {
        if (name.compare(Environment::name(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

} // namespace einvoice
