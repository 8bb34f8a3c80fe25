#pragma once

// Shared builders for the store tests (header only).

#include "core/invoice.h"
#include "core/invoicejson.h"
#include "core/remoteinvoice.h"
#include "store/database.h"
#include "store/outboxentry.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace einvoice::storetest {

inline QString dbPath(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("store.sqlite"));
}

inline Decimal money(const char *text)
{
    return Decimal::fromString(QString::fromLatin1(text)).value();
}

inline InvoiceSummary summary(const QString &reference, const QString &number, QDate issued,
    InvoiceStatus status = InvoiceStatus::Issued,
    const QString &buyerName = QStringLiteral("Công ty TNHH Minh Anh"),
    const QString &taxCode = QStringLiteral("0101234567"))
{
    InvoiceSummary s;
    s.referenceCode = reference;
    s.invoiceNumber = number;
    s.issuedDate = issued;
    s.status = status;
    s.source = InvoiceSource::Api;
    s.buyer.type = BuyerType::Company;
    s.buyer.name = buyerName;
    s.buyer.taxCode = taxCode;
    s.buyer.address = QStringLiteral("12 Lê Lợi, Quận 1, TP. Hồ Chí Minh");
    s.totalBeforeTax = money("1000000");
    s.taxAmount = money("80000");
    s.totalAmount = money("1080000");
    s.pdfUrl = QStringLiteral("https://example.invalid/") + reference + QStringLiteral(".pdf");
    return s;
}

inline InvoiceLine goodsLine(int number, const QString &code, const QString &name, const char *price)
{
    InvoiceLine line;
    line.lineNumber = number;
    line.itemCode = code;
    line.itemName = name;
    line.unit = QStringLiteral("cái");
    line.quantity = money("2");
    line.unitPrice = money(price);
    line.taxRate = TaxRate::Eight;
    return line;
}

inline Invoice invoice(const QString &reference)
{
    Invoice inv;
    inv.templateCode = QStringLiteral("1");
    inv.invoiceSeries = QStringLiteral("C26TAA");
    inv.issuedAt = json::parseIssuedDate(QStringLiteral("2026-03-14 09:30:00")).value_or(QDateTime());
    inv.paymentMethod = PaymentMethod::Transfer;
    inv.providerAccountId = QStringLiteral("acc-1");
    inv.referenceCode = reference;
    inv.notes = QStringLiteral("Giao hàng trong tuần");
    inv.buyer.type = BuyerType::Company;
    inv.buyer.name = QStringLiteral("Công ty Cổ phần Đại Việt");
    inv.buyer.legalName = QStringLiteral("Công ty Cổ phần Đại Việt");
    inv.buyer.taxCode = QStringLiteral("0312345678");
    inv.buyer.address = QStringLiteral("45 Nguyễn Huệ, Quận 1");
    inv.buyer.email = QStringLiteral("ketoan@daiviet.example");
    inv.lines = {goodsLine(1, QStringLiteral("SP01"), QStringLiteral("Bàn phím cơ"), "1500000"),
        goodsLine(2, QStringLiteral("SP02"), QStringLiteral("Chuột không dây"), "250000.5")};
    return inv;
}

// An outbox entry to enqueue: its payload names the reference and a Vietnamese buyer.
inline OutboxEntry outboxRequest(const QString &reference, OutboxKind kind = OutboxKind::Create,
    const QString &environment = QStringLiteral("demo"))
{
    OutboxEntry entry;
    entry.environment = environment;
    entry.referenceCode = reference;
    entry.kind = kind;
    entry.payload = QJsonObject {{QStringLiteral("reference_code"), reference},
        {QStringLiteral("buyer_name"), QStringLiteral("Công ty Đại Việt")}};
    return entry;
}

} // namespace einvoice::storetest
