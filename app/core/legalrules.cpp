#include "legalrules.h"

#include "corelog.h"
#include "coreresource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace einvoice {

namespace {

QDate dateFrom(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

const LegalRules &LegalRules::current()
{
    static const LegalRules rules = fromJson(readCoreResource(QStringLiteral("legal-rules.json")));
    return rules;
}

LegalRules LegalRules::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    LegalRules rules;
    if (!document.isObject()) {
        qCCritical(lcCore) << "legal rules are not a JSON object:" << error.errorString();
        return rules;
    }
    const QJsonObject root = document.object();
    rules.m_templateDigits = root.value(QLatin1String("template_digits")).toString();
    rules.m_seriesKindLetters = root.value(QLatin1String("series_kind_letters")).toString();
    rules.m_seriesTypeLetters = root.value(QLatin1String("series_type_letters")).toString();
    rules.m_cashThreshold = root.value(QLatin1String("cash_payment_warning_threshold"))
                                .toInteger(std::numeric_limits<qint64>::max());
    const QJsonArray periods = root.value(QLatin1String("vat_reduction_periods")).toArray();
    for (const QJsonValue &value : periods) {
        const QJsonObject object = value.toObject();
        Period period {dateFrom(object.value(QLatin1String("from"))),
            dateFrom(object.value(QLatin1String("to"))),
            object.value(QLatin1String("legal_basis")).toString()};
        if (!period.from.isValid() || !period.to.isValid() || period.to < period.from) {
            qCWarning(lcCore) << "ignoring a malformed VAT reduction period" << object;
            continue;
        }
        rules.m_reductionPeriods.append(period);
    }
    return rules;
}

QString LegalRules::seriesKindLetters() const
{
    return m_seriesKindLetters;
}

QString LegalRules::seriesTypeLetters() const
{
    return m_seriesTypeLetters;
}

QString LegalRules::templateDigits() const
{
    return m_templateDigits;
}

QList<LegalRules::Period> LegalRules::vatReductionPeriods() const
{
    return m_reductionPeriods;
}

bool LegalRules::isInVatReductionPeriod(QDate date) const
{
    for (const Period &period : m_reductionPeriods) {
        if (date >= period.from && date <= period.to)
            return true;
    }
    return false;
}

qint64 LegalRules::cashPaymentWarningThreshold() const
{
    return m_cashThreshold;
}

} // namespace einvoice
