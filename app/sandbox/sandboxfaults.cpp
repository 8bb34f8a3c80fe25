#include "sandboxfaults.h"

#include <QJsonValue>

namespace einvoice {

namespace {

bool readRate(const QJsonValue &value, double *target)
{
    if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 1)
        return false;
    *target = value.toDouble();
    return true;
}

bool readText(const QJsonValue &value, QString *target)
{
    if (!value.isString() && !value.isNull())
        return false;
    *target = value.toString();
    return true;
}

bool readCount(const QJsonValue &value, int *target)
{
    if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() != double(value.toInt()))
        return false;
    *target = value.toInt();
    return true;
}

} // namespace

QJsonObject SandboxFaults::toJson() const
{
    return QJsonObject {
        {QStringLiteral("latency_ms"), latencyMs},
        {QStringLiteral("error_rate"), errorRate},
        {QStringLiteral("drop_rate"), dropRate},
        {QStringLiteral("malformed_rate"), malformedRate},
        {QStringLiteral("rate_limit_rate"), rateLimitRate},
        {QStringLiteral("retry_after_seconds"), retryAfterSeconds},
        {QStringLiteral("fail_jobs"), failJobs},
        {QStringLiteral("error_next"), errorNext},
        {QStringLiteral("drop_next"), dropNext},
        {QStringLiteral("malformed_next"), malformedNext},
        {QStringLiteral("rate_limit_next"), rateLimitNext},
        {QStringLiteral("download_file_name"), downloadFileName},
        {QStringLiteral("download_content"), downloadContent},
    };
}

QString SandboxFaults::applyJson(const QJsonObject &object)
{
    SandboxFaults next = *this;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        bool ok = false;
        if (key == QLatin1String("latency_ms"))
            ok = readCount(value, &next.latencyMs);
        else if (key == QLatin1String("error_rate"))
            ok = readRate(value, &next.errorRate);
        else if (key == QLatin1String("drop_rate"))
            ok = readRate(value, &next.dropRate);
        else if (key == QLatin1String("malformed_rate"))
            ok = readRate(value, &next.malformedRate);
        else if (key == QLatin1String("rate_limit_rate"))
            ok = readRate(value, &next.rateLimitRate);
        else if (key == QLatin1String("retry_after_seconds"))
            ok = readCount(value, &next.retryAfterSeconds);
        else if (key == QLatin1String("fail_jobs"))
            ok = value.isBool() && ((next.failJobs = value.toBool()), true);
        else if (key == QLatin1String("error_next"))
            ok = readCount(value, &next.errorNext);
        else if (key == QLatin1String("drop_next"))
            ok = readCount(value, &next.dropNext);
        else if (key == QLatin1String("malformed_next"))
            ok = readCount(value, &next.malformedNext);
        else if (key == QLatin1String("rate_limit_next"))
            ok = readCount(value, &next.rateLimitNext);
        else if (key == QLatin1String("download_file_name"))
            ok = readText(value, &next.downloadFileName);
        else if (key == QLatin1String("download_content"))
            ok = readText(value, &next.downloadContent);
        if (!ok)
            return key;
    }
    *this = next;
    return QString();
}

} // namespace einvoice
