#pragma once

#include "decimal.h"
#include "invoicejson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <memory>
#include <optional>

namespace einvoice::json {

// Reads the fields of one JSON object and remembers the first problem with its full JSON path
// ("data.items[1].quantity"). Child readers for nested objects share that first error, so a
// parse function reads everything and checks failed() once at the end.
class JsonFieldReader
{
public:
    enum class Mode {
        Request, // create payloads: numbers must be JSON numbers
        Response, // server answers: numbers may also arrive as strings ("2.00", "120")
    };
    enum class Need { Optional, Required };

    JsonFieldReader(const QJsonObject &object, const QString &path, Mode mode);

    QString pathOf(const QString &name) const;
    Mode mode() const { return m_mode; }
    bool has(const QString &name) const; // present and not null
    bool failed() const { return m_error->has_value(); }
    ParseError error() const { return m_error->value_or(ParseError()); }
    void fail(const QString &name, const QString &reason);

    // A string; in Response mode a whole JSON number is accepted and printed ("17").
    QString string(const QString &name, Need need = Need::Optional);
    // A number read exactly (never through binary rounding), with at most maxDecimals decimals.
    std::optional<Decimal> decimal(
        const QString &name, Need need = Need::Optional, int maxDecimals = Decimal::Scale);
    // A whole number; in Response mode also a string of digits.
    std::optional<qint64> integer(const QString &name, Need need = Need::Optional);
    std::optional<bool> boolean(const QString &name, Need need = Need::Optional);
    // A nested object as a child reader sharing this reader's error; nullopt when absent.
    std::optional<JsonFieldReader> object(const QString &name, Need need = Need::Optional);
    std::optional<QJsonArray> array(const QString &name, Need need = Need::Optional);
    // The reader of element `index` of an array read from `name`.
    std::optional<JsonFieldReader> element(const QString &name, const QJsonArray &array, qsizetype index);

private:
    JsonFieldReader(const QJsonObject &object, const QString &path, Mode mode,
        std::shared_ptr<std::optional<ParseError>> error);
    bool missing(const QString &name, Need need);

    QJsonObject m_object;
    QString m_path;
    Mode m_mode;
    std::shared_ptr<std::optional<ParseError>> m_error;
};

// Exact conversions shared by the reader and the writers.
std::optional<Decimal> decimalFromJson(const QJsonValue &value, int maxDecimals, bool allowString);
QJsonValue decimalToJson(Decimal value);

} // namespace einvoice::json
