#include "legalrules.h"

#include "corelog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

// Q_INIT_RESOURCE must run in the global namespace; core is a static library, so its resources
// are only registered when something calls this.
static void initCoreResources()
{
    Q_INIT_RESOURCE(core);
}

namespace einvoice {

namespace {

LegalRules loadCurrent()
{
    initCoreResources();
    QFile file(QStringLiteral(":/core/legal-rules.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcCore) << "cannot open the legal rules resource" << file.fileName();
        return LegalRules();
    }
    return LegalRules::fromJson(file.readAll());
}

QDate dateFrom(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

const LegalRules &LegalRules::current()
{
    static const LegalRules rules = loadCurrent();
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
