#include "fieldlimits.h"

#include "corelog.h"
#include "coreresource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace einvoice {

namespace {

constexpr int CurrencyDigits = -1;

} // namespace

const FieldLimits &FieldLimits::current()
{
    static const FieldLimits limits = fromJson(readCoreResource(QStringLiteral("field-limits.json")));
    return limits;
}

FieldLimits FieldLimits::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    FieldLimits limits;
    if (root.isEmpty()) {
        qCCritical(lcCore) << "field limits are not a JSON object:" << error.errorString();
        return limits;
    }
    for (const QJsonValue &value : root.value(QLatin1String("text_fields")).toArray()) {
        const QJsonObject entry = value.toObject();
        const bool multiple = entry.value(QLatin1String("lines")).toString() == QLatin1String("multiple");
        limits.m_text.append(
            {entry.value(QLatin1String("field")).toString(), entry.value(QLatin1String("max_length")).toInt(),
                multiple ? InvoiceText::Lines::Multiple : InvoiceText::Lines::Single});
        limits.m_textIndex.insert(limits.m_text.constLast().field.toLatin1(), limits.m_text.size() - 1);
    }
    for (const QJsonValue &value : root.value(QLatin1String("decimals")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QJsonValue max = entry.value(QLatin1String("max"));
        limits.m_decimals.append({entry.value(QLatin1String("field")).toString(),
            max.toString() == QLatin1String("currency") ? CurrencyDigits : max.toInt()});
    }
    limits.m_maxLines = root.value(QLatin1String("max_lines")).toInt();
    limits.m_maxRequestBytes = root.value(QLatin1String("max_request_bytes")).toInteger();
    return limits;
}

QList<FieldLimits::TextField> FieldLimits::textFields() const
{
    return m_text;
}

std::optional<FieldLimits::TextField> FieldLimits::textField(QLatin1String field) const
{
    // The validator asks for every text of every invoice: no copy of the key.
    const auto found = m_textIndex.constFind(QByteArray::fromRawData(field.data(), field.size()));
    if (found == m_textIndex.constEnd())
        return std::nullopt;
    return m_text.at(*found);
}

std::optional<FieldLimits::TextField> FieldLimits::textField(const QString &field) const
{
    const QByteArray key = field.toLatin1();
    return textField(QLatin1String(key));
}

std::optional<int> FieldLimits::maxDecimals(const QString &field, Currency currency) const
{
    for (const auto &[name, decimals] : m_decimals) {
        if (name == field)
            return decimals == CurrencyDigits ? minorDigits(currency) : decimals;
    }
    return std::nullopt;
}

int FieldLimits::maxLines() const
{
    return m_maxLines;
}

qint64 FieldLimits::maxRequestBytes() const
{
    return m_maxRequestBytes;
}

} // namespace einvoice
