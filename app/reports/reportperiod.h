#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace einvoice {

// The days a report covers, both inclusive, in Vietnam time by the invoice's issued date (the
// API's issued_date is already a Vietnamese calendar day, so no conversion is needed).
struct ReportPeriod
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::ReportPeriod)

public:
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    static ReportPeriod month(int year, int month);
    static ReportPeriod quarter(int year, int quarter); // quarter 1..4
    // The twelve whole months that end with the month of `lastDay`.
    static ReportPeriod twelveMonthsTo(QDate lastDay);
    // The month before the one `today` is in: what an accountant closes first.
    static ReportPeriod previousMonth(QDate today);
    // From "YYYY-MM-DD" texts; nullopt and a translated *error naming the field otherwise.
    static std::optional<ReportPeriod> parse(const QString &from, const QString &to, QString *error);

    QString text() const; // "01/11/2026 – 30/11/2026"
    bool operator==(const ReportPeriod &) const = default;
};

} // namespace einvoice
