#pragma once

#include "core/decimal.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <optional>

namespace einvoice {

// One cell's value with its type as the workbook stored it. A number stays a number in its exact
// stored text (money is read with toDecimal(), never through a double); text stays text
// ("0312345678" keeps its zero); a number with a date format is a date.
class SpreadsheetCell
{
public:
    enum class Type : quint8 {
        Empty,
        Text,
        Number,
        Boolean,
        Date, // a date format; date() (and time() when the serial has one)
        Time, // a time-only format; time()
        DateTime, // a format with date and time
        Error, // "#DIV/0!", "#N/A", ...: a formula that failed
        FormulaWithoutValue, // a formula saved without its result (some generators do that)
    };

    SpreadsheetCell() = default;
    static SpreadsheetCell text(const QString &text);
    // `stored` is the <v> text, already checked to be a number (ExcelNumber::canonical).
    static SpreadsheetCell number(const QString &stored, const QString &formatCode, bool percent);
    static SpreadsheetCell boolean(bool value);
    static SpreadsheetCell dateTime(
        Type type, const QDate &date, const QTime &time, const QString &formatCode);
    static SpreadsheetCell error(const QString &code);
    static SpreadsheetCell formulaWithoutValue(const QString &formula);

    Type type() const { return m_type; }
    // Empty, or text of spaces only: what does not make a row or column count.
    bool isBlank() const;

    // What a person would type to get this value back: the text as stored; a number in plain
    // decimals as Excel shows it ("0.1", "1500000"); "TRUE"/"FALSE"; an ISO date "2026-12-04",
    // time "14:30:00" or "2026-12-04T14:30:00"; the error code; a formula's text.
    QString text() const;
    // Exactly as in the file: the <v> text of a number ("0.30000000000000004"), else text().
    QString stored() const;
    // Number cells only; nullopt for other types, or for more decimals than maxDecimals.
    std::optional<Decimal> toDecimal(int maxDecimals = Decimal::Scale) const;
    QDate date() const; // Date and DateTime
    QTime time() const; // Time and DateTime (and Date when the serial had a time)
    // The date and time as Vietnam's civil time (workbooks keep wall-clock times).
    QDateTime dateTime() const;
    bool boolean() const { return m_type == Type::Boolean && m_bool; }
    bool isPercent() const { return m_percent; }
    const QString &numberFormat() const { return m_format; }
    // True for a cell that got its value from the first cell of a merged range.
    bool isMergedCopy() const { return m_mergedCopy; }
    SpreadsheetCell mergedCopy() const;

private:
    QString m_value; // text, stored number, error code or formula
    QString m_format;
    QDate m_date;
    QTime m_time;
    Type m_type = Type::Empty;
    bool m_bool = false;
    bool m_percent = false;
    bool m_mergedCopy = false;
};

} // namespace einvoice
