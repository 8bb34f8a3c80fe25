#include "jsonfieldreader.h"

#include <cmath>
#include <limits>

namespace einvoice::json {

namespace {

// The largest whole value a Decimal holds (units are 1/10000).
constexpr qint64 MaxWholeDecimal = std::numeric_limits<qint64>::max() / Decimal::One;

std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    // Qt keeps JSON integers as qint64; toInteger() answers only for integral values.
    constexpr qint64 NotIntegral = std::numeric_limits<qint64>::min();
    const qint64 whole = value.toInteger(NotIntegral);
    if (whole == NotIntegral)
        return std::nullopt;
    return whole;
}

std::optional<qint64> digitsToInteger(QStringView text)
{
    text = text.trimmed();
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || text.isEmpty() || text.front() == u'+')
        return std::nullopt;
    return value;
}

} // namespace

std::optional<Decimal> decimalFromJson(const QJsonValue &value, int maxDecimals, bool allowString)
{
    if (value.isString())
        return allowString ? Decimal::fromJsonNumberText(value.toString().trimmed(), maxDecimals)
                           : std::nullopt;
    if (!value.isDouble())
        return std::nullopt;
    if (const std::optional<qint64> whole = wholeNumber(value)) {
        if (*whole > MaxWholeDecimal || *whole < -MaxWholeDecimal)
            return std::nullopt;
        return Decimal::fromInteger(*whole);
    }
    // A fractional JSON number has already passed through a double. Printing it with six decimals
    // recovers the written value for anything up to 15 significant digits; the two digits beyond
    // Decimal's four must then be zero, otherwise the value had more decimals than allowed.
    const double number = value.toDouble();
    if (!std::isfinite(number))
        return std::nullopt;
    return Decimal::fromString(QString::number(number, 'f', 6), maxDecimals);
}

QJsonValue decimalToJson(Decimal value)
{
    if (value.isInteger())
        return QJsonValue(value.units() / Decimal::One);
    // The double is only the transport of an exact value with at most four decimals; it is
    // printed back as the shortest text that reads as the same double ("2.75").
    return QJsonValue(value.toString().toDouble());
}

JsonFieldReader::JsonFieldReader(const QJsonObject &object, const QString &path, Mode mode)
    : JsonFieldReader(object, path, mode, std::make_shared<std::optional<ParseError>>())
{
}

JsonFieldReader::JsonFieldReader(const QJsonObject &object, const QString &path, Mode mode,
    std::shared_ptr<std::optional<ParseError>> error)
    : m_object(object), m_path(path), m_mode(mode), m_error(std::move(error))
{
}

QString JsonFieldReader::pathOf(const QString &name) const
{
    if (m_path.isEmpty())
        return name;
    return m_path + u'.' + name;
}

bool JsonFieldReader::has(const QString &name) const
{
    const QJsonValue value = m_object.value(name);
    return !value.isUndefined() && !value.isNull();
}

void JsonFieldReader::fail(const QString &name, const QString &reason)
{
    if (!m_error->has_value())
        *m_error = ParseError {pathOf(name), reason};
}

bool JsonFieldReader::missing(const QString &name, Need need)
{
    if (has(name))
        return false;
    if (need == Need::Required)
        fail(name, QStringLiteral("missing required field"));
    return true;
}

QString JsonFieldReader::string(const QString &name, Need need)
{
    if (missing(name, need))
        return QString();
    const QJsonValue value = m_object.value(name);
    if (value.isString())
        return value.toString();
    if (m_mode == Mode::Response) {
        if (const std::optional<qint64> whole = wholeNumber(value))
            return QString::number(*whole);
    }
    fail(name, QStringLiteral("expected a string"));
    return QString();
}

std::optional<Decimal> JsonFieldReader::decimal(const QString &name, Need need, int maxDecimals)
{
    if (missing(name, need))
        return std::nullopt;
    const QJsonValue value = m_object.value(name);
    const std::optional<Decimal> result = decimalFromJson(value, maxDecimals, m_mode == Mode::Response);
    if (!result) {
        fail(name, QStringLiteral("expected a number with at most %1 decimals").arg(maxDecimals));
    }
    return result;
}

std::optional<qint64> JsonFieldReader::integer(const QString &name, Need need)
{
    if (missing(name, need))
        return std::nullopt;
    const QJsonValue value = m_object.value(name);
    std::optional<qint64> result;
    if (value.isDouble())
        result = wholeNumber(value);
    else if (value.isString() && m_mode == Mode::Response)
        result = digitsToInteger(value.toString());
    if (!result)
        fail(name, QStringLiteral("expected an integer"));
    return result;
}

std::optional<bool> JsonFieldReader::boolean(const QString &name, Need need)
{
    if (missing(name, need))
        return std::nullopt;
    const QJsonValue value = m_object.value(name);
    if (value.isBool())
        return value.toBool();
    if (m_mode == Mode::Response) {
        if (value == QJsonValue(1) || value == QJsonValue(QStringLiteral("true")))
            return true;
        if (value == QJsonValue(0) || value == QJsonValue(QStringLiteral("false")))
            return false;
    }
    fail(name, QStringLiteral("expected true or false"));
    return std::nullopt;
}

std::optional<JsonFieldReader> JsonFieldReader::object(const QString &name, Need need)
{
    if (missing(name, need))
        return std::nullopt;
    const QJsonValue value = m_object.value(name);
    if (!value.isObject()) {
        fail(name, QStringLiteral("expected an object"));
        return std::nullopt;
    }
    return JsonFieldReader(value.toObject(), pathOf(name), m_mode, m_error);
}

std::optional<QJsonArray> JsonFieldReader::array(const QString &name, Need need)
{
    if (missing(name, need))
        return std::nullopt;
    const QJsonValue value = m_object.value(name);
    if (!value.isArray()) {
        fail(name, QStringLiteral("expected an array"));
        return std::nullopt;
    }
    return value.toArray();
}

std::optional<JsonFieldReader> JsonFieldReader::element(
    const QString &name, const QJsonArray &array, qsizetype index)
{
    const QString elementName = name + u'[' + QString::number(index) + u']';
    const QJsonValue value = array.at(index);
    if (!value.isObject()) {
        fail(elementName, QStringLiteral("expected an object"));
        return std::nullopt;
    }
    return JsonFieldReader(value.toObject(), pathOf(elementName), m_mode, m_error);
}

} // namespace einvoice::json
