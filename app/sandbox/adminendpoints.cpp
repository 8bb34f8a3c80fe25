#include "adminendpoints.h"

#include "accountendpoints.h"
#include "accountstore.h"
#include "sandboxseeder.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace einvoice {

namespace {

bool readBody(const SandboxRequest &request, QJsonObject *object)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *object = document.object();
    return true;
}

bool isCount(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() >= 0 && value.toDouble() == double(qint64(value.toDouble()));
}

} // namespace

HttpReply AdminEndpoints::faults(const SandboxRequest &request)
{
    if (request.method == "POST") {
        QJsonObject body;
        if (!readBody(request, &body))
            return HttpReply::badRequest(QStringLiteral("body"));
        SandboxFaults next = m_context.faults.faults();
        const QString bad = next.applyJson(body);
        if (!bad.isEmpty())
            return HttpReply::badRequest(bad);
        m_context.faults.setFaults(next);
    }
    return HttpReply::json(m_context.faults.faults().toJson());
}

HttpReply AdminEndpoints::expireTokens(const SandboxRequest &)
{
    m_context.db.expireTokens(m_context.nowMs());
    return HttpReply::json(QJsonObject {{QStringLiteral("expired"), true}});
}

HttpReply AdminEndpoints::requests(const SandboxRequest &)
{
    return HttpReply::json(m_context.log.toJson());
}

HttpReply AdminEndpoints::clearRequests(const SandboxRequest &)
{
    m_context.log.clear();
    return HttpReply::json(m_context.log.toJson());
}

HttpReply AdminEndpoints::reset(const SandboxRequest &)
{
    m_context.db.clear();
    m_context.config = m_initial;
    m_context.faults.setFaults(m_initial.faults);
    m_context.log.clear();
    SandboxSeeder(m_context).seedIfEmpty();
    return HttpReply::json(QJsonObject {{QStringLiteral("reset"), true}});
}

HttpReply AdminEndpoints::quota(const SandboxRequest &request)
{
    if (request.method == "POST") {
        QJsonObject body;
        const QJsonValue value
            = readBody(request, &body) ? body.value(QStringLiteral("quota_remaining")) : QJsonValue();
        if (!isCount(value))
            return HttpReply::badRequest(QStringLiteral("quota_remaining"));
        m_context.db.setQuota(qint64(value.toDouble()));
    }
    return HttpReply::json(QJsonObject {{QStringLiteral("quota_remaining"), m_context.db.quota()}});
}

QJsonObject AdminEndpoints::settingsJson() const
{
    const SandboxConfig &config = m_context.config;
    QJsonObject settings {
        {QStringLiteral("job_pending_polls"), config.jobPendingPolls},
        {QStringLiteral("job_pending_ms"), config.jobPendingMs},
        {QStringLiteral("token_lifetime_seconds"), config.tokenLifetimeSeconds},
        {QStringLiteral("allow_draft_download"), config.allowDraftDownload},
    };
    config.corrections.addTo(settings);
    return settings;
}

HttpReply AdminEndpoints::settings(const SandboxRequest &request)
{
    if (request.method == "POST") {
        QJsonObject body;
        if (!readBody(request, &body))
            return HttpReply::badRequest(QStringLiteral("body"));
        SandboxConfig next = m_context.config;
        for (auto it = body.begin(); it != body.end(); ++it) {
            const QString key = it.key();
            const bool count = isCount(it.value());
            if (key == QLatin1String("job_pending_polls") && count)
                next.jobPendingPolls = it.value().toInt();
            else if (key == QLatin1String("job_pending_ms") && count)
                next.jobPendingMs = it.value().toInt();
            else if (key == QLatin1String("token_lifetime_seconds") && count)
                next.tokenLifetimeSeconds = it.value().toInt();
            else if (key == QLatin1String("allow_draft_download") && it.value().isBool())
                next.allowDraftDownload = it.value().toBool();
            else if (bool bad = false; !next.corrections.apply(key, it.value(), &bad) || bad)
                return HttpReply::badRequest(key);
        }
        m_context.config = next;
    }
    return HttpReply::json(settingsJson());
}

HttpReply AdminEndpoints::accounts(const SandboxRequest &)
{
    QJsonArray items;
    for (const StoredAccount &stored : AccountStore(m_context.db).all(true)) {
        QJsonObject object = AccountEndpoints::accountJson(stored, true);
        object.insert(QStringLiteral("registration_approved"), stored.registrationApproved);
        items.append(object);
    }
    return HttpReply::json(QJsonObject {{QStringLiteral("items"), items}});
}

HttpReply AdminEndpoints::patchAccount(const SandboxRequest &request)
{
    AccountStore store(m_context.db);
    std::optional<StoredAccount> stored = store.find(request.arguments.value(0));
    if (!stored)
        return HttpReply::notFound();
    QJsonObject body;
    if (!readBody(request, &body))
        return HttpReply::badRequest(QStringLiteral("body"));
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (key == QLatin1String("active") && value.isBool())
            stored->account.active = value.toBool();
        else if (key == QLatin1String("registration_approved") && value.isBool())
            stored->registrationApproved = value.toBool();
        else if (key == QLatin1String("tax_authority_approved_date") && (value.isNull() || date.isValid()))
            stored->account.taxAuthorityApprovedDate
                = value.isNull() ? std::nullopt : std::optional<QDate>(date);
        else
            return HttpReply::badRequest(key);
    }
    store.update(*stored);
    QJsonObject object = AccountEndpoints::accountJson(*stored, true);
    object.insert(QStringLiteral("registration_approved"), stored->registrationApproved);
    return HttpReply::json(object);
}

} // namespace einvoice
