#pragma once

#include <QDate>

#include <optional>

namespace einvoice {

// The date filter of the list: a preset, or a custom inclusive range.
struct DateRange
{
    enum class Preset { AnyTime, ThisMonth, LastMonth, Custom };

    std::optional<QDate> from; // inclusive; unset: no lower bound
    std::optional<QDate> to; // inclusive; unset: no upper bound

    bool contains(const QDate &date) const;
    bool isUnbounded() const { return !from && !to; }

    // The range of a preset relative to today (Vietnam's date); Custom gives from..to as passed.
    static DateRange of(Preset preset, const QDate &today, const QDate &customFrom = QDate(),
        const QDate &customTo = QDate());
};

} // namespace einvoice
