#include "legacyenvironmentkeys.h"

namespace einvoice::legacyenvironmentkeys {

namespace {

// Plain http was only ever allowed to these (Environment::checkBaseUrl).
bool isLoopbackHost(const QString &host)
{
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1");
}

// host and port (0: not given) as written in an authority or a secret scope.
struct HostPort
{
    QString host;
    int port = 0;
};

std::optional<EnvironmentId> matchKnown(const HostPort &wanted, const QList<QUrl> &known)
{
    for (const QUrl &url : known) {
        const EnvironmentId id = EnvironmentId::custom(url);
        if (!id.isValid())
            continue;
        const QUrl normal = id.customUrl();
        const int port = wanted.port > 0 ? wanted.port : normal.port();
        if (normal.host() == wanted.host.toLower() && normal.port() == port)
            return id;
    }
    return std::nullopt;
}

std::optional<EnvironmentId> fromHostPort(const HostPort &wanted, const QList<QUrl> &known)
{
    if (wanted.host.isEmpty())
        return std::nullopt;
    if (const auto found = matchKnown(wanted, known))
        return found;
    QUrl url;
    url.setScheme(isLoopbackHost(wanted.host) ? QStringLiteral("http") : QStringLiteral("https"));
    url.setHost(wanted.host);
    if (wanted.port > 0)
        url.setPort(wanted.port);
    const EnvironmentId id = EnvironmentId::custom(url);
    return id.isValid() ? std::optional<EnvironmentId>(id) : std::nullopt;
}

// "custom@user@host:8080" (QUrl::authority() kept user info), "custom@[::1]:8080".
std::optional<EnvironmentId> fromAuthority(const QString &authority, const QList<QUrl> &known)
{
    QUrl url;
    url.setAuthority(authority);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    return fromHostPort({url.host(), std::max(0, url.port())}, known);
}

// "custom-api.example.com-443": the host may hold dashes, the port is after the last one.
std::optional<EnvironmentId> fromScope(const QString &rest, const QList<QUrl> &known)
{
    const qsizetype dash = rest.lastIndexOf(u'-');
    bool ok = false;
    const int port = dash > 0 ? rest.mid(dash + 1).toInt(&ok) : 0;
    if (!ok || port <= 0 || port > 65535)
        return std::nullopt;
    return fromHostPort({rest.left(dash), port}, known);
}

} // namespace

std::optional<EnvironmentId> resolve(const QString &key, const QList<QUrl> &knownCustomUrls)
{
    if (const auto current = EnvironmentId::fromKey(key))
        return current;
    if (key == QLatin1String("custom")) {
        if (knownCustomUrls.size() != 1 || !EnvironmentId::custom(knownCustomUrls.first()).isValid())
            return std::nullopt;
        return EnvironmentId::custom(knownCustomUrls.first());
    }
    if (key.startsWith(QLatin1String("custom:"))) {
        const EnvironmentId id = EnvironmentId::custom(QUrl(key.mid(7)));
        return id.isValid() ? std::optional<EnvironmentId>(id) : std::nullopt;
    }
    if (key.startsWith(QLatin1String("custom@")))
        return fromAuthority(key.mid(7), knownCustomUrls);
    if (key.startsWith(QLatin1String("custom-")))
        return fromScope(key.mid(7), knownCustomUrls);
    return std::nullopt;
}

bool isCurrent(const QString &key)
{
    return EnvironmentId::fromKey(key).has_value();
}

QStringList secretScopes(const EnvironmentId &id)
{
    if (id.kind() != EnvironmentKind::Custom || !id.isValid())
        return {};
    const QUrl url = id.customUrl();
    const auto scope = [&url](int port) {
        return QStringLiteral("custom-%1-%2").arg(url.host()).arg(port);
    };
    QStringList scopes {scope(url.port())};
    if (url.port() != 443 && url.port() == 80)
        scopes.append(scope(443)); // typed without a port
    return scopes;
}

} // namespace einvoice::legacyenvironmentkeys
