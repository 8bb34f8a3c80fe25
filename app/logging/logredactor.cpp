#include "logredactor.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace einvoice {

namespace {

QMutex &secretsMutex()
{
    static QMutex mutex;
    return mutex;
}

QStringList &secrets()
{
    static QStringList list;
    return list;
}

const QRegularExpression &authorizationPattern()
{
    // "Authorization: Basic abc", "authorization=..." and JSON "Authorization": "Bearer x".
    static const QRegularExpression re(QStringLiteral(R"((authorization"?\s*[:=]\s*"?)[^"\r\n]+)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &schemePattern()
{
    // HTTP spells the schemes with a capital; lower-case "basic" is ordinary prose.
    static const QRegularExpression re(
        QStringLiteral(R"re(\b(Basic|Bearer|BEARER|BASIC)(\s+)[A-Za-z0-9._~+/=-]{4,})re"));
    return re;
}

const QRegularExpression &parameterPattern()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"re(\b((?:client_secret|access_token|refresh_token|password)"?\s*[:=]\s*"?)[^&\s"]+)re"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

QString LogRedactor::redact(const QString &text)
{
    QString out = text;
    const QString hidden = placeholder();
    out.replace(authorizationPattern(), QStringLiteral("\\1") + hidden);
    out.replace(schemePattern(), QStringLiteral("\\1\\2") + hidden);
    out.replace(parameterPattern(), QStringLiteral("\\1") + hidden);
    QMutexLocker lock(&secretsMutex());
    for (const QString &secret : std::as_const(secrets()))
        out.replace(secret, hidden);
    return out;
}

void LogRedactor::addSecret(const QString &secret)
{
    if (secret.size() < minimumSecretLength)
        return;
    QMutexLocker lock(&secretsMutex());
    QStringList &list = secrets();
    if (list.contains(secret))
        return;
    list.append(secret);
    // Longest first, so a secret that contains another is hidden whole.
    std::sort(
        list.begin(), list.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void LogRedactor::removeSecret(const QString &secret)
{
    QMutexLocker lock(&secretsMutex());
    secrets().removeAll(secret);
}

void LogRedactor::clearSecrets()
{
    QMutexLocker lock(&secretsMutex());
    secrets().clear();
}

} // namespace einvoice
