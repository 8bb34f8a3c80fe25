#include "correctionreadings.h"

#include <QUrl>

namespace einvoice {

namespace {

bool takeChoice(const QJsonValue &value, const QString &own, QString *target)
{
    const QString text = value.toString();
    if (text != own && text != QLatin1String("create"))
        return false;
    *target = text;
    return true;
}

} // namespace

bool CorrectionReadings::apply(const QString &key, const QJsonValue &value, bool *bad)
{
    if (key == QLatin1String("replace_check_path")) {
        *bad = !takeChoice(value, QStringLiteral("replace"), &replaceCheck);
    } else if (key == QLatin1String("adjust_check_path")) {
        *bad = !takeChoice(value, QStringLiteral("adjust"), &adjustCheck);
    } else if (key == QLatin1String("decrease_sign")) {
        const QString text = value.toString();
        *bad = text != QLatin1String("negative") && text != QLatin1String("positive");
        if (!*bad)
            decreaseSign
                = text == QLatin1String("negative") ? DecreaseSign::Negative : DecreaseSign::Positive;
    } else if (key == QLatin1String("correction_tracking_base")) {
        const QUrl url(value.toString());
        *bad = !value.isString() || (!value.toString().isEmpty() && (!url.isValid() || url.host().isEmpty()));
        if (!*bad)
            trackingBase = value.toString();
    } else {
        return false;
    }
    return true;
}

void CorrectionReadings::addTo(QJsonObject &settings) const
{
    settings.insert(QStringLiteral("replace_check_path"), replaceCheck);
    settings.insert(QStringLiteral("adjust_check_path"), adjustCheck);
    settings.insert(QStringLiteral("decrease_sign"),
        decreaseSign == DecreaseSign::Negative ? QStringLiteral("negative") : QStringLiteral("positive"));
    settings.insert(QStringLiteral("correction_tracking_base"), trackingBase);
}

QString CorrectionReadings::checkSegmentOf(const QString &jobKind) const
{
    if (jobKind == QLatin1String("replace"))
        return replaceCheck;
    if (jobKind == QLatin1String("adjust"))
        return adjustCheck;
    return jobKind;
}

} // namespace einvoice
