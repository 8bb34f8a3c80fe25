#pragma once

#include "core/clock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Create payloads shaped like the contract's example (sepay-api.md 5.4), for the seeded accounts.
namespace testpayloads {

inline const QString ActiveAccount = QStringLiteral("5b1c2e40-1a2b-11f1-9c3d-0242ac120002");
inline const QString InactiveAccount = QStringLiteral("7f3e9a10-1a2b-11f1-9c3d-0242ac120002");
inline const QString ApprovedAccount = QStringLiteral("9c5d8b20-1a2b-11f1-9c3d-0242ac120002");

inline QString yearDigits()
{
    return einvoice::SystemClock::instance().nowInVietnam().toString(QStringLiteral("yy"));
}

inline QString vatSeries()
{
    return QStringLiteral("C") + yearDigits() + QStringLiteral("TAA");
}

inline QString salesSeries()
{
    return QStringLiteral("C") + yearDigits() + QStringLiteral("TBB");
}

inline QString issuedDate(qint64 secondsAgo = 120)
{
    return einvoice::SystemClock::instance()
        .nowInVietnam()
        .addSecs(-secondsAgo)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// A VAT invoice: 2 x 150,000 at 10 % and 1 x 100,000 at 8 %.
inline QJsonObject vatInvoice(const QString &reference, bool draft = true)
{
    const QJsonArray items {
        QJsonObject {{QStringLiteral("line_number"), 1}, {QStringLiteral("line_type"), 1},
            {QStringLiteral("item_code"), QStringLiteral("A1")},
            {QStringLiteral("item_name"), QStringLiteral("Bàn làm việc")},
            {QStringLiteral("unit"), QStringLiteral("cái")}, {QStringLiteral("quantity"), 2},
            {QStringLiteral("unit_price"), 150000}, {QStringLiteral("tax_rate"), 10}},
        QJsonObject {{QStringLiteral("line_number"), 2}, {QStringLiteral("line_type"), 1},
            {QStringLiteral("item_name"), QStringLiteral("Dịch vụ lắp đặt")},
            {QStringLiteral("unit"), QStringLiteral("lần")}, {QStringLiteral("quantity"), 1},
            {QStringLiteral("unit_price"), 100000}, {QStringLiteral("tax_rate"), 8}},
    };
    const QJsonObject buyer {{QStringLiteral("type"), QStringLiteral("company")},
        {QStringLiteral("name"), QStringLiteral("Công ty Mẫu")},
        {QStringLiteral("tax_code"), QStringLiteral("0100109106")},
        {QStringLiteral("address"), QStringLiteral("1 Đường Số 1, Quận 1, TP.HCM")},
        {QStringLiteral("email"), QStringLiteral("ketoan@example.com")}};
    return QJsonObject {
        {QStringLiteral("template_code"), QStringLiteral("1")},
        {QStringLiteral("invoice_series"), vatSeries()},
        {QStringLiteral("issued_date"), issuedDate()},
        {QStringLiteral("currency"), QStringLiteral("VND")},
        {QStringLiteral("provider_account_id"), ActiveAccount},
        {QStringLiteral("reference_code"), reference},
        {QStringLiteral("payment_method"), QStringLiteral("CK")},
        {QStringLiteral("is_draft"), draft},
        {QStringLiteral("buyer"), buyer},
        {QStringLiteral("items"), items},
        {QStringLiteral("notes"), QStringLiteral("Đơn hàng 123")},
    };
}

} // namespace testpayloads
