#pragma once

#include "store/cachedinvoice.h"

#include <QList>

namespace einvoice::testdata {

inline CachedInvoiceRow row(const QString &reference, const QString &number, const QDate &date,
    const QString &buyer, const QString &taxCode, qint64 total, InvoiceStatus status = InvoiceStatus::Issued,
    InvoiceSource source = InvoiceSource::Api)
{
    CachedInvoiceRow r;
    r.referenceCode = reference;
    r.invoiceNumber = number;
    r.invoiceSeries = QStringLiteral("C26TAA");
    r.issuedDate = date;
    r.buyerName = buyer;
    r.buyerTaxCode = taxCode;
    r.totalBeforeTax = Decimal::fromInteger(total);
    r.taxAmount = Decimal::fromInteger(total / 10);
    r.totalAmount = Decimal::fromInteger(total + total / 10);
    r.status = status;
    r.source = source;
    return r;
}

// Six invoices around "today" = 2026-05-15.
inline QList<CachedInvoiceRow> sampleRows()
{
    return {
        row(QStringLiteral("ORDER-1"), QStringLiteral("9"), QDate(2026, 5, 4),
            QStringLiteral("Công ty TNHH Minh Phát"), QStringLiteral("0312345678"), 1000000),
        row(QStringLiteral("ORDER-2"), QStringLiteral("10"), QDate(2026, 5, 10),
            QStringLiteral("Nguyễn Văn An"), QString(), 200000, InvoiceStatus::Issued, InvoiceSource::Manual),
        row(QStringLiteral("ORDER-3"), QStringLiteral("0"), QDate(2026, 5, 12),
            QStringLiteral("Lê Hoàng Đức"), QString(), 50000, InvoiceStatus::Draft),
        row(QStringLiteral("ORDER-4"), QStringLiteral("8"), QDate(2026, 4, 20),
            QStringLiteral("Công ty TNHH Minh Phát"), QStringLiteral("0312345678"), 3000000),
        row(QStringLiteral("ORDER-5"), QStringLiteral("7"), QDate(2026, 4, 2),
            QStringLiteral("Trần Thị Bích Ngọc"), QString(), 400000, InvoiceStatus::Cancelled,
            InvoiceSource::Manual),
        row(QStringLiteral("ABC-6"), QStringLiteral("5"), QDate(2026, 3, 30),
            QStringLiteral("Hợp tác xã Phú Lộc"), QStringLiteral("3300543210"), 700000),
    };
}

} // namespace einvoice::testdata
