#include "adminendpoints.h"

#include "accountendpoints.h"
#include "accountstore.h"
#include "providerstatusschedule.h"
#include "sandboxseeder.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

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

// A whole number within [min, max]; anything else (fractions, huge values) is refused, never cut.
bool isWhole(const QJsonValue &value, qint64 min, qint64 max)
{
    const double number = value.toDouble();
    return value.isDouble() && number >= double(min) && number <= double(max) && number == std::floor(number);
}

HttpReply outOfRange(const QString &field, qint64 min, qint64 max)
{
    return HttpReply::badRequest(field, QStringLiteral("số nguyên từ %1 đến %2").arg(min).arg(max));
}

struct IntegerSetting
{
    QLatin1String name;
    int SandboxConfig::*member;
    int min;
    int max;
};

const IntegerSetting s_integerSettings[] = {
    {QLatin1String("job_pending_polls"), &SandboxConfig::jobPendingPolls, 0, 1000},
    {QLatin1String("job_pending_ms"), &SandboxConfig::jobPendingMs, 0, 3600 * 1000},
    {QLatin1String("token_lifetime_seconds"), &SandboxConfig::tokenLifetimeSeconds, 0, 10 * 365 * 86400},
    {QLatin1String("provider_status_delay_ms"), &SandboxConfig::providerStatusDelayMs, 0, 86400 * 1000},
};

constexpr qint64 MaxQuota = 1000000000;

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
        if (!isWhole(value, 0, MaxQuota))
            return outOfRange(QStringLiteral("quota_remaining"), 0, MaxQuota);
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
        {QStringLiteral("provider_status_delay_ms"), config.providerStatusDelayMs},
        {QStringLiteral("provider_status_outcome"),
            ProviderStatusSchedule::outcomeName(config.providerStatusOutcome)},
    };
    config.corrections.addTo(settings);
    return settings;
}

// Sets one field of config; 400 naming the field when the name or the value is not accepted.
HttpReply AdminEndpoints::applySetting(const QString &key, const QJsonValue &value, SandboxConfig &config)
{
    if (key == QLatin1String("allow_draft_download")) {
        if (!value.isBool())
            return HttpReply::badRequest(key, QStringLiteral("true hoặc false"));
        config.allowDraftDownload = value.toBool();
        return HttpReply();
    }
    if (key == QLatin1String("provider_status_outcome")) {
        const std::optional<QString> code = ProviderStatusSchedule::outcomeCode(value.toString());
        if (!code)
            return HttpReply::badRequest(
                key, QStringLiteral("granted, signing_error, no_answer hoặc not_eligible"));
        config.providerStatusOutcome = *code;
        return HttpReply();
    }
    for (const IntegerSetting &setting : s_integerSettings) {
        if (key != setting.name)
            continue;
        if (!isWhole(value, setting.min, setting.max))
            return outOfRange(key, setting.min, setting.max);
        config.*setting.member = int(value.toDouble());
        return HttpReply();
    }
    if (bool bad = false; config.corrections.apply(key, value, &bad))
        return bad ? HttpReply::badRequest(key) : HttpReply();
    return HttpReply::badRequest(key, QStringLiteral("không có thiết lập này"));
}

HttpReply AdminEndpoints::settings(const SandboxRequest &request)
{
    if (request.method == "POST") {
        QJsonObject body;
        if (!readBody(request, &body))
            return HttpReply::badRequest(QStringLiteral("body"));
        SandboxConfig next = m_context.config;
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (const HttpReply refused = applySetting(it.key(), it.value(), next); refused.status != 200)
                return refused;
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
