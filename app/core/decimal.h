#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>
#include <optional>

namespace einvoice {

// Exact fixed-point number with four decimal places, stored as an integer count of 1/10000.
// Used for quantities, unit prices and percentages; never a double.
class Decimal
{
public:
    static constexpr int Scale = 4;
    static constexpr qint64 One = 10000;

    constexpr Decimal() = default;
    static constexpr Decimal fromUnits(qint64 units) { return Decimal(units); }
    static constexpr Decimal fromInteger(qint64 value) { return Decimal(value * One); }

    // Parses "1500000", "-2.75", "0.25" (dot as decimal separator, no grouping).
    // Returns nullopt for anything else or for more than maxDecimals decimals.
    static std::optional<Decimal> fromString(QStringView text, int maxDecimals = Scale);

    // Parses a JSON number or a numeric string exactly (through its textual form).
    static std::optional<Decimal> fromJsonNumberText(QStringView text, int maxDecimals = Scale);

    constexpr qint64 units() const { return m_units; }
    int decimalPlaces() const; // the number of significant decimals (0..4)
    bool isInteger() const { return m_units % One == 0; }
    bool isZero() const { return m_units == 0; }
    bool isNegative() const { return m_units < 0; }

    // Rounds half away from zero to the given number of decimals (0..4).
    Decimal rounded(int decimals) const;
    // The integer part after rounding half away from zero.
    qint64 toRoundedInteger() const;

    // Shortest exact text: "2", "2.5", "-0.25". With minDecimals, pads: toString(2) -> "2.00".
    QString toString(int minDecimals = 0) const;

    friend constexpr Decimal operator+(Decimal a, Decimal b) { return Decimal(a.m_units + b.m_units); }
    friend constexpr Decimal operator-(Decimal a, Decimal b) { return Decimal(a.m_units - b.m_units); }
    friend constexpr Decimal operator-(Decimal a) { return Decimal(-a.m_units); }
    Decimal &operator+=(Decimal other)
    {
        m_units += other.m_units;
        return *this;
    }
    Decimal &operator-=(Decimal other)
    {
        m_units -= other.m_units;
        return *this;
    }

    // The operators above assume operands well inside the range (amounts the validator allows);
    // arithmetic on values from outside goes through these, which return nullopt past the range.
    static std::optional<Decimal> sum(Decimal a, Decimal b);
    // Exact product rounded once, half away from zero, to `decimals` (0..4).
    static std::optional<Decimal> multiply(Decimal a, Decimal b, int decimals = Scale);
    // a * percent / 100, rounded once, half away from zero, to `decimals` (0..4).
    static std::optional<Decimal> percentOf(Decimal amount, Decimal percent, int decimals = Scale);

    friend constexpr auto operator<=>(Decimal a, Decimal b) = default;

private:
    constexpr explicit Decimal(qint64 units) : m_units(units) { }
    qint64 m_units = 0;
};

} // namespace einvoice
