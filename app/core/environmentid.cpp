#include "environmentid.h"

namespace einvoice {

namespace {

const QLatin1String customPrefix("custom:");

int defaultPort(const QString &scheme)
{
    return scheme == QLatin1String("http") ? 80 : 443;
}

} // namespace

EnvironmentId::EnvironmentId(EnvironmentKind kind, const QUrl &customUrl) : m_kind(kind)
{
    if (kind == EnvironmentKind::Custom)
        m_customUrl = normalizedUrl(customUrl);
}

std::optional<EnvironmentId> EnvironmentId::fromKey(QStringView key)
{
    if (key.startsWith(customPrefix)) {
        const EnvironmentId id = custom(QUrl(key.mid(customPrefix.size()).toString()));
        if (id.isValid() && id.key() == key)
            return id;
        return std::nullopt;
    }
    const auto kind = kindFromName(key);
    if (!kind || *kind == EnvironmentKind::Custom || kindName(*kind) != key)
        return std::nullopt;
    return EnvironmentId(*kind);
}

QString EnvironmentId::key() const
{
    if (m_kind != EnvironmentKind::Custom)
        return kindName(m_kind);
    return customPrefix + m_customUrl.toString(QUrl::FullyEncoded);
}

bool EnvironmentId::isValid() const
{
    return m_kind != EnvironmentKind::Custom
        || (m_customUrl.isValid() && !m_customUrl.scheme().isEmpty() && !m_customUrl.host().isEmpty());
}

QString EnvironmentId::kindName(EnvironmentKind kind)
{
    switch (kind) {
    case EnvironmentKind::Demo:
        return QStringLiteral("demo");
    case EnvironmentKind::Sandbox:
        return QStringLiteral("sandbox");
    case EnvironmentKind::Production:
        return QStringLiteral("production");
    case EnvironmentKind::Custom:
        return QStringLiteral("custom");
    }
    return QStringLiteral("demo");
}

std::optional<EnvironmentKind> EnvironmentId::kindFromName(QStringView name)
{
    for (auto kind : {EnvironmentKind::Demo, EnvironmentKind::Sandbox, EnvironmentKind::Production,
             EnvironmentKind::Custom}) {
        if (name.compare(kindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QUrl EnvironmentId::normalizedUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QUrl();
    QUrl normal;
    const QString scheme = url.scheme().toLower();
    normal.setScheme(scheme);
    normal.setHost(url.host().toLower());
    normal.setPort(url.port(defaultPort(scheme)));
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    normal.setPath(path);
    return normal;
}

QUrl EnvironmentId::hostedBaseUrl(EnvironmentKind kind)
{
    switch (kind) {
    case EnvironmentKind::Sandbox:
        return QUrl(QStringLiteral("https://einvoice-api-sandbox.sepay.vn"));
    case EnvironmentKind::Production:
        return QUrl(QStringLiteral("https://einvoice-api.sepay.vn"));
    case EnvironmentKind::Demo:
    case EnvironmentKind::Custom:
        break;
    }
    return QUrl();
}

} // namespace einvoice
