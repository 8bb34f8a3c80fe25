#pragma once

// A month of invoices for the report tests (header only): every rate, a trade discount, a
// promotion, a note line, a mixed-rate invoice with a per-line discount (so that only its XML
// knows the split), a replacement, a decrease adjustment, an information adjustment, a cancelled
// invoice, drafts, a USD invoice, a sales invoice, invoices outside the period, one whose detail is
// missing and one mixed-rate invoice whose XML is missing. Written through the store's own
// repositories into a real SQLite file.

#include "core/remoteinvoice.h"
#include "store/invoicecacherepository.h"
#include "store/invoicedetailrepository.h"
#include "store/localstore.h"
#include "store/reportfactsrepository.h"

#include <QDate>
#include <QTest>

#include <optional>

namespace einvoice::reportseed {

inline Decimal d(const char *text)
{
    return Decimal::fromString(QString::fromLatin1(text)).value();
}

struct Line
{
    LineType type = LineType::Goods;
    std::optional<int> rate; // nullopt: a note line
    Decimal amount; // line total as the API returns it (before any per-line discount)
    Decimal quantity = Decimal::fromInteger(1);
    QString code;
    QString name;
};

struct Seed
{
    QString ref;
    QDate day;
    InvoiceStatus status = InvoiceStatus::Issued;
    int documentType = 2;
    Decimal beforeTax, vat, total;
    QList<Line> lines;
    QList<InvoiceRateTotal> xml; // stored when not empty
    QString series = QStringLiteral("C26TAA");
    QString currency; // known to this app; empty: assumed VND
    QString original; // of a replacement or adjustment
    QString adjustment;
    bool withDetail = true;
    QString buyer = QStringLiteral("Công ty TNHH Minh Anh");
    QString taxCode = QStringLiteral("0101234567");
};

inline Line goods(
    int rate, const char *amount, const QString &code, const QString &name, const char *qty = "1")
{
    return {LineType::Goods, rate, d(amount), d(qty), code, name};
}

// The seeds list only the fields that differ from the defaults.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

inline QList<Seed> november()
{
    const QDate day(2026, 11, 10);
    const QString other = QStringLiteral("Cửa hàng Bình An");
    QList<Seed> seeds;
    seeds.append({QStringLiteral("A1"), day, InvoiceStatus::Issued, 2, d("1000000"), d("100000"),
        d("1100000"), {goods(10, "1000000", QStringLiteral("SP01"), QStringLiteral("Bàn gỗ"), "2")}});
    seeds.append({QStringLiteral("A2"), day.addDays(1), InvoiceStatus::Issued, 2, d("1800000"), d("144000"),
        d("1944000"),
        {goods(8, "2000000", QStringLiteral("SP02"), QStringLiteral("Ghế xoay"), "4"),
            {LineType::TradeDiscount, 8, d("200000"), d("0"), QString(),
                QStringLiteral("Chiết khấu thương mại")}}});
    // 10 % line of 600,000 with a 100,000 per-line discount: only the XML says 500,000.
    seeds.append({QStringLiteral("A3"), day.addDays(2), InvoiceStatus::Issued, 2, d("1200000"), d("70000"),
        d("1270000"),
        {goods(5, "400000", QStringLiteral("SP03"), QStringLiteral("Sách")),
            goods(10, "600000", QStringLiteral("SP01"), QStringLiteral("Bàn gỗ")),
            goods(-2, "300000", QStringLiteral("DV01"), QStringLiteral("Dạy nghề"))},
        {{5, d("400000"), d("20000")}, {10, d("500000"), d("50000")}, {-2, d("300000"), d("0")}}});
    seeds.append({QStringLiteral("A4"), day, InvoiceStatus::Issued, 2, d("500000"), d("0"), d("500000"),
        {goods(0, "500000", QStringLiteral("XK01"), QStringLiteral("Hàng xuất khẩu"))}});
    seeds.append({QStringLiteral("A5"), day, InvoiceStatus::Issued, 2, d("700000"), d("0"), d("700000"),
        {goods(-1, "700000", QStringLiteral("DV02"), QStringLiteral("Bồi thường"))}});
    seeds.append({QStringLiteral("A6"), day, InvoiceStatus::Issued, 2, d("300000"), d("30000"), d("330000"),
        {goods(10, "300000", QStringLiteral("SP04"), QStringLiteral("Đèn bàn"), "3"),
            {LineType::Promotion, 10, d("0"), d("1"), QStringLiteral("KM01"),
                QStringLiteral("Bóng đèn tặng")}},
        {}, QStringLiteral("C26TAA"), QString(), QString(), QString(), true, other, QString()});
    seeds.append({QStringLiteral("A7"), day, InvoiceStatus::Issued, 2, d("100000"), d("5000"), d("105000"),
        {{LineType::Note, std::nullopt, d("0"), d("0"), QString(), QStringLiteral("Giao tại kho")},
            goods(5, "100000", QStringLiteral("SP03"), QStringLiteral("Sách"))}});
    seeds.append({QStringLiteral("R0"), day.addDays(-5), InvoiceStatus::Issued, 5, d("900000"), d("90000"),
        d("990000"), {goods(10, "900000", QStringLiteral("SP05"), QStringLiteral("Tủ"))}});
    seeds.append({QStringLiteral("R1"), day.addDays(3), InvoiceStatus::Issued, 4, d("950000"), d("95000"),
        d("1045000"), {goods(10, "950000", QStringLiteral("SP05"), QStringLiteral("Tủ"))}, {},
        QStringLiteral("C26TAA"), QString(), QStringLiteral("R0")});
    seeds.append({QStringLiteral("D1"), day.addDays(4), InvoiceStatus::Issued, 7, d("100000"), d("10000"),
        d("110000"), {goods(10, "100000", QStringLiteral("SP01"), QStringLiteral("Bàn gỗ"))}, {},
        QStringLiteral("C26TAA"), QString(), QStringLiteral("A1"), QStringLiteral("decrease")});
    seeds.append({QStringLiteral("I1"), day.addDays(4), InvoiceStatus::Issued, 8, d("0"), d("0"), d("0"),
        {{LineType::Note, std::nullopt, d("0"), d("0"), QString(), QStringLiteral("Sửa địa chỉ")}}, {},
        QStringLiteral("C26TAA"), QString(), QStringLiteral("A2"), QStringLiteral("info")});
    seeds.append({QStringLiteral("C1"), day, InvoiceStatus::Cancelled, 3, d("5000000"), d("500000"),
        d("5500000"), {goods(10, "5000000", QStringLiteral("SP06"), QStringLiteral("Máy in"))}});
    seeds.append({QStringLiteral("DR1"), day, InvoiceStatus::Draft, 1, d("7000000"), d("700000"),
        d("7700000"), {goods(10, "7000000", QStringLiteral("SP06"), QStringLiteral("Máy in"))}});
    seeds.append({QStringLiteral("DR2"), day, InvoiceStatus::Draft, 1, d("100"), d("8"), d("108"),
        {goods(8, "100", QStringLiteral("SP07"), QStringLiteral("Bút"))}, {}, QStringLiteral("C26TAA"),
        QString(), QString(), QString(), false});
    seeds.append({QStringLiteral("U1"), day, InvoiceStatus::Issued, 2, d("1000.5"), d("100.05"), d("1100.55"),
        {goods(10, "1000.5", QStringLiteral("SV01"), QStringLiteral("Tư vấn"))}, {}, QStringLiteral("C26TAA"),
        QStringLiteral("USD")});
    seeds.append({QStringLiteral("S1"), day, InvoiceStatus::Issued, 2, d("2000000"), d("0"), d("2000000"),
        {goods(0, "2000000", QStringLiteral("SP08"), QStringLiteral("Gạo"), "100")}, {},
        QStringLiteral("C26TBB")});
    seeds.append({QStringLiteral("O1"), QDate(2026, 12, 1), InvoiceStatus::Issued, 2, d("123000"), d("12300"),
        d("135300"), {goods(10, "123000", QStringLiteral("SP01"), QStringLiteral("Bàn gỗ"))}});
    seeds.append({QStringLiteral("O2"), QDate(2026, 10, 31), InvoiceStatus::Issued, 2, d("456000"),
        d("45600"), d("501600"), {goods(10, "456000", QStringLiteral("SP01"), QStringLiteral("Bàn gỗ"))}});
    return seeds;
}

// What the completeness tests add: an invoice without its detail and a mixed one without its XML.
inline QList<Seed> waiting()
{
    const QDate day(2026, 11, 20);
    QList<Seed> seeds;
    seeds.append({QStringLiteral("W1"), day, InvoiceStatus::Issued, 2, d("10"), d("1"), d("11"),
        {goods(10, "10", QString(), QStringLiteral("x"))}, {}, QStringLiteral("C26TAA"), QString(), QString(),
        QString(), false});
    seeds.append({QStringLiteral("W2"), day, InvoiceStatus::Issued, 2, d("20"), d("1"), d("21"),
        {goods(10, "10", QString(), QStringLiteral("x")), goods(0, "10", QString(), QStringLiteral("y"))}});
    return seeds;
}

#pragma GCC diagnostic pop

inline InvoiceDetail detailOf(const Seed &seed, int invoiceNumber)
{
    InvoiceDetail detail;
    InvoiceSummary &s = detail.summary;
    s.referenceCode = seed.ref;
    s.invoiceNumber
        = seed.status == InvoiceStatus::Draft ? QStringLiteral("0") : QString::number(invoiceNumber);
    s.issuedDate = seed.day;
    s.status = seed.status;
    s.source = InvoiceSource::Api;
    s.buyer.name = seed.buyer;
    s.buyer.taxCode = seed.taxCode;
    s.totalBeforeTax = seed.beforeTax;
    s.taxAmount = seed.vat;
    s.totalAmount = seed.total;
    detail.invoiceSeries = seed.series;
    detail.documentType = seed.documentType;
    detail.originalReferenceCode = seed.original;
    detail.adjustmentType = seed.adjustment;
    int number = 0;
    for (const Line &line : seed.lines) {
        RemoteInvoiceLine remote;
        remote.lineNumber = ++number;
        remote.lineType = line.type;
        remote.itemCode = line.code;
        remote.itemName = line.name;
        remote.unit = QStringLiteral("cái");
        remote.quantity = line.quantity;
        remote.totalAmount = line.amount;
        remote.taxRate = Decimal::fromInteger(line.rate.value_or(0));
        detail.lines.append(remote);
    }
    return detail;
}

inline void write(LocalStore &store, const QString &environment, const QList<Seed> &seeds)
{
    QList<InvoiceSummary> summaries;
    for (qsizetype i = 0; i < seeds.size(); ++i)
        summaries.append(detailOf(seeds.at(i), int(i) + 1).summary);
    QVERIFY(store.invoices().upsertPage(environment, summaries).ok());
    ReportFactsRepository facts(store.database());
    QVERIFY(facts
                .saveSeriesTemplates(environment,
                    {{QStringLiteral("C26TAA"), QStringLiteral("1")},
                        {QStringLiteral("C26TBB"), QStringLiteral("2")}})
                .ok());
    for (qsizetype i = 0; i < seeds.size(); ++i) {
        const Seed &seed = seeds.at(i);
        const InvoiceDetail detail = detailOf(seed, int(i) + 1);
        if (seed.withDetail)
            QVERIFY(store.details()
                        .saveDetail(environment, detail, InvoiceDetailRepository::summaryKey(detail.summary),
                            true, QDateTime::currentDateTimeUtc())
                        .ok());
        if (!seed.xml.isEmpty())
            QVERIFY(facts.save(environment, seed.ref, seed.xml).ok());
        if (!seed.currency.isEmpty())
            QVERIFY(facts.setKnown(environment, seed.ref, seed.currency, QString()).ok());
    }
}

} // namespace einvoice::reportseed
