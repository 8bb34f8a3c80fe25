// The create payload (sepay-api.md 5.4): writing, reading, round trips and strict errors.

#include "core/invoicejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace einvoice;

namespace {

// sepay-api.md 5.4, "Example request (sales invoice, draft)", verbatim.
const char docCreateExample[] = R"({
  "template_code": "2",
  "invoice_series": "C26TBB",
  "issued_date": "2026-05-04 09:30:00",
  "currency": "VND",
  "provider_account_id": "5b1c2e40-1a2b-11f1-9c3d-0242ac120002",
  "reference_code": "ORDER-000123",
  "payment_method": "CK",
  "is_draft": true,
  "buyer": {
    "type": "company",
    "name": "Cong ty Mau",
    "legal_name": "CONG TY TNHH MAU",
    "tax_code": "0312345678",
    "address": "1 Duong So 1, Quan 1, TP.HCM",
    "email": "ketoan@example.com",
    "phone": "0909000000",
    "buyer_code": "KH-042"
  },
  "items": [
    { "line_number": 1, "line_type": 1, "item_code": "A1", "item_name": "Widget", "unit": "cai", "quantity": 2, "unit_price": 150000, "discount_amount": 10000 },
    { "line_number": 2, "line_type": 2, "item_code": "G1", "item_name": "Gift", "unit": "cai", "quantity": 1, "unit_price": 0 },
    { "line_number": 3, "line_type": 3, "item_name": "Chiet khau thuong mai", "before_discount_and_tax_amount": 20000 },
    { "line_number": 4, "line_type": 4, "item_name": "Free gift, not charged" }
  ],
  "notes": "Order 123"
})";

QJsonObject parseObject(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    Q_ASSERT_X(error.error == QJsonParseError::NoError, "parseObject", qPrintable(error.errorString()));
    return document.object();
}

QJsonObject docExample()
{
    return parseObject(QByteArray(docCreateExample));
}

// Sets (or, for an undefined value, removes) the field at a path such as "items[1].quantity".
void setPath(QJsonObject &object, QStringView path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    const QStringView head = dot < 0 ? path : path.left(dot);
    const qsizetype bracket = head.indexOf(u'[');
    if (bracket < 0 && dot < 0) {
        if (value.isUndefined())
            object.remove(head.toString());
        else
            object.insert(head.toString(), value);
        return;
    }
    const QString key = (bracket < 0 ? head : head.left(bracket)).toString();
    if (bracket < 0) {
        QJsonObject child = object.value(key).toObject();
        setPath(child, path.mid(dot + 1), value);
        object.insert(key, child);
        return;
    }
    const int index = head.mid(bracket + 1, head.size() - bracket - 2).toInt();
    QJsonArray array = object.value(key).toArray();
    if (dot < 0) {
        array[index] = value;
    } else {
        QJsonObject child = array.at(index).toObject();
        setPath(child, path.mid(dot + 1), value);
        array[index] = child;
    }
    object.insert(key, array);
}

const QJsonValue removed = QJsonValue(QJsonValue::Undefined);

InvoiceLine pricedLine(const QString &quantity, const QString &price)
{
    InvoiceLine line;
    line.itemName = QStringLiteral("Widget");
    line.quantity = Decimal::fromString(quantity);
    line.unitPrice = Decimal::fromString(price);
    line.taxRate = TaxRate::Ten;
    return line;
}

} // namespace

class TestInvoiceJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createPayload_docExampleRoundTripsExactly();
    void createPayload_docExampleReadsIntoInvoice();
    void createPayload_roundTrips_data();
    void createPayload_roundTrips();
    void createPayload_writesExactNumbersAndLeavesOutUnset();
    void createPayload_issuedDateIsVietnamWallTime();
    void createPayload_rejectsWithJsonPath_data();
    void createPayload_rejectsWithJsonPath();
    void createPayload_defaultsOfOptionalFields();
};

void TestInvoiceJson::createPayload_docExampleRoundTripsExactly()
{
    const QJsonObject original = docExample();
    const Parsed<Invoice> parsed = json::invoiceFromCreatePayload(original);
    QVERIFY(std::holds_alternative<Invoice>(parsed));
    QCOMPARE(json::toCreatePayload(std::get<Invoice>(parsed)), original);
}

void TestInvoiceJson::createPayload_docExampleReadsIntoInvoice()
{
    const Invoice invoice = std::get<Invoice>(json::invoiceFromCreatePayload(docExample()));
    QCOMPARE(invoice.templateCode, QStringLiteral("2"));
    QVERIFY(!invoice.isVatInvoice());
    QCOMPARE(invoice.issuedAt.date(), QDate(2026, 5, 4));
    QCOMPARE(invoice.issuedAt.time(), QTime(9, 30));
    QCOMPARE(invoice.paymentMethod, std::optional(PaymentMethod::Transfer));
    QVERIFY(invoice.isDraft);
    QCOMPARE(invoice.buyer.type, BuyerType::Company);
    QCOMPARE(invoice.buyer.buyerCode, QStringLiteral("KH-042"));
    QVERIFY(invoice.buyer.nationalId.isEmpty());
    QCOMPARE(invoice.lines.size(), 4);
    QCOMPARE(invoice.lines.at(0).quantity, std::optional(Decimal::fromInteger(2)));
    QCOMPARE(invoice.lines.at(0).discountAmount, std::optional(Decimal::fromInteger(10000)));
    QCOMPARE(invoice.lines.at(1).lineType, LineType::Promotion);
    QCOMPARE(invoice.lines.at(1).unitPrice, std::optional(Decimal()));
    QCOMPARE(invoice.lines.at(2).amountBeforeDiscountAndTax, std::optional(Decimal::fromInteger(20000)));
    QVERIFY(!invoice.lines.at(3).quantity.has_value());
    QVERIFY(!invoice.totalAmountOverride.has_value());
}

void TestInvoiceJson::createPayload_roundTrips_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");

    QTest::newRow("VAT invoice rate 10") << "items[0].tax_rate" << QJsonValue(10);
    QTest::newRow("rate KCT") << "items[0].tax_rate" << QJsonValue(-2);
    QTest::newRow("rate KKKNT") << "items[0].tax_rate" << QJsonValue(-1);
    QTest::newRow("rate 0") << "items[0].tax_rate" << QJsonValue(0);
    QTest::newRow("quantity 2.75") << "items[0].quantity" << QJsonValue(2.75);
    QTest::newRow("quantity 0.25") << "items[0].quantity" << QJsonValue(0.25);
    QTest::newRow("USD cents price") << "items[0].unit_price" << QJsonValue(19.99);
    QTest::newRow("four-decimal price") << "items[0].unit_price" << QJsonValue(1234.5678);
    QTest::newRow("discount percent 12.5") << "items[0].discount_tax" << QJsonValue(12.5);
    QTest::newRow("total_amount override") << "total_amount" << QJsonValue(qint64(4950000));
    QTest::newRow("huge total_amount") << "total_amount" << QJsonValue(qint64(900000000000000));
    QTest::newRow("issue at once") << "is_draft" << QJsonValue(false);
    QTest::newRow("cash or transfer") << "payment_method" << QJsonValue(QStringLiteral("TM/CK"));
    QTest::newRow("USD") << "currency" << QJsonValue(QStringLiteral("USD"));
    QTest::newRow("personal buyer with national id")
        << "buyer"
        << QJsonValue(QJsonObject {{QStringLiteral("type"), QStringLiteral("personal")},
               {QStringLiteral("name"), QStringLiteral("Nguyễn Văn A")},
               {QStringLiteral("national_id"), QStringLiteral("001099012345")}});
    QTest::newRow("empty buyer") << "buyer" << QJsonValue(QJsonObject());
    QTest::newRow("no reference code") << "reference_code" << removed;
    QTest::newRow("no payment method") << "payment_method" << removed;
    QTest::newRow("no notes") << "notes" << removed;
}

void TestInvoiceJson::createPayload_roundTrips()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);

    QJsonObject original = docExample();
    setPath(original, path, value);
    const Parsed<Invoice> parsed = json::invoiceFromCreatePayload(original);
    const ParseError *error = std::get_if<ParseError>(&parsed);
    QVERIFY2(!error, error ? qPrintable(error->field) : "");
    QCOMPARE(json::toCreatePayload(std::get<Invoice>(parsed)), original);
}

void TestInvoiceJson::createPayload_writesExactNumbersAndLeavesOutUnset()
{
    Invoice invoice;
    invoice.templateCode = QStringLiteral("1");
    invoice.invoiceSeries = QStringLiteral("C26TAA");
    invoice.issuedAt = QDateTime(QDate(2026, 5, 4), QTime(9, 30, 5), QTimeZone(7 * 3600));
    invoice.providerAccountId = QStringLiteral("acc");
    invoice.buyer.name = QStringLiteral("Cong ty Mau");
    invoice.lines = {pricedLine(QStringLiteral("2.75"), QStringLiteral("19999")),
        pricedLine(QStringLiteral("3"), QStringLiteral("0.1"))};
    invoice.totalAmountOverride = 123;

    const QByteArray text = QJsonDocument(json::toCreatePayload(invoice)).toJson(QJsonDocument::Compact);
    QVERIFY2(text.contains(R"({"item_name":"Widget","line_number":1,"line_type":1,"quantity":2.75,)"
                           R"("tax_rate":10,"unit_price":19999})"),
        text.constData());
    QVERIFY(text.contains(R"("quantity":3,"tax_rate":10,"unit_price":0.1})"));
    QVERIFY(text.contains(R"("buyer":{"name":"Cong ty Mau"})"));
    QVERIFY(text.contains(R"("issued_date":"2026-05-04 09:30:05")"));
    QVERIFY(text.contains(R"("is_draft":true)"));
    QVERIFY(text.contains(R"("total_amount":123)"));
    QVERIFY(text.contains(R"("currency":"VND")"));
    QVERIFY(!text.contains("reference_code"));
    QVERIFY(!text.contains("payment_method"));
    QVERIFY(!text.contains("notes"));
    QVERIFY(!text.contains("discount"));
    QVERIFY(!text.contains("item_code"));
}

void TestInvoiceJson::createPayload_issuedDateIsVietnamWallTime()
{
    const QDateTime utc(QDate(2026, 5, 4), QTime(2, 30), Qt::UTC);
    QCOMPARE(json::formatIssuedDate(utc), QStringLiteral("2026-05-04 09:30:00"));
    const std::optional<QDateTime> parsed = json::parseIssuedDate(QStringLiteral("2026-05-04 09:30:00"));
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->toUTC(), utc);
    QVERIFY(!json::parseIssuedDate(QStringLiteral("2026-05-04T09:30:00")).has_value());
    QVERIFY(!json::parseIssuedDate(QStringLiteral("2026-02-30 09:30:00")).has_value());
    QVERIFY(json::formatIssuedDate(QDateTime()).isEmpty());
}

void TestInvoiceJson::createPayload_rejectsWithJsonPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");

    const auto text = [](const char *s) {
        return QJsonValue(QString::fromUtf8(s));
    };
    QTest::newRow("missing template_code") << "template_code" << removed << "template_code";
    QTest::newRow("missing invoice_series") << "invoice_series" << removed << "invoice_series";
    QTest::newRow("missing issued_date") << "issued_date" << removed << "issued_date";
    QTest::newRow("date without time") << "issued_date" << text("2026-05-04") << "issued_date";
    QTest::newRow("date in local format") << "issued_date" << text("04/05/2026 09:30:00") << "issued_date";
    QTest::newRow("missing provider_account_id") << "provider_account_id" << removed << "provider_account_id";
    QTest::newRow("null provider_account_id")
        << "provider_account_id" << QJsonValue() << "provider_account_id";
    QTest::newRow("unknown currency") << "currency" << text("EUR") << "currency";
    QTest::newRow("unknown payment method") << "payment_method" << text("CASH") << "payment_method";
    QTest::newRow("is_draft as string") << "is_draft" << text("yes") << "is_draft";
    QTest::newRow("missing buyer") << "buyer" << removed << "buyer";
    QTest::newRow("buyer not an object") << "buyer" << text("Cong ty Mau") << "buyer";
    QTest::newRow("undocumented buyer type") << "buyer.type" << text("enterprise") << "buyer.type";
    QTest::newRow("buyer name a number") << "buyer.name" << QJsonValue(42) << "buyer.name";
    QTest::newRow("missing items") << "items" << removed << "items";
    QTest::newRow("empty items") << "items" << QJsonValue(QJsonArray()) << "items";
    QTest::newRow("item not an object") << "items[3]" << text("note") << "items[3]";
    QTest::newRow("missing line_number") << "items[1].line_number" << removed << "items[1].line_number";
    QTest::newRow("fractional line_number")
        << "items[0].line_number" << QJsonValue(1.5) << "items[0].line_number";
    QTest::newRow("missing line_type") << "items[2].line_type" << removed << "items[2].line_type";
    QTest::newRow("line_type 5") << "items[0].line_type" << QJsonValue(5) << "items[0].line_type";
    QTest::newRow("line_type as string") << "items[0].line_type" << text("1") << "items[0].line_type";
    QTest::newRow("missing item_name") << "items[3].item_name" << removed << "items[3].item_name";
    QTest::newRow("quantity with 3 decimals")
        << "items[1].quantity" << QJsonValue(2.755) << "items[1].quantity";
    QTest::newRow("quantity as string") << "items[1].quantity" << text("2") << "items[1].quantity";
    QTest::newRow("price with 5 decimals")
        << "items[0].unit_price" << QJsonValue(1.23456) << "items[0].unit_price";
    QTest::newRow("tax_rate 7") << "items[0].tax_rate" << QJsonValue(7) << "items[0].tax_rate";
    QTest::newRow("tax_rate 10.5") << "items[0].tax_rate" << QJsonValue(10.5) << "items[0].tax_rate";
    QTest::newRow("discount_amount not a number")
        << "items[0].discount_amount" << QJsonValue(true) << "items[0].discount_amount";
    QTest::newRow("fractional total_amount") << "total_amount" << QJsonValue(100000.5) << "total_amount";
    QTest::newRow("total_amount as string") << "total_amount" << text("100000") << "total_amount";
    QTest::newRow("total_amount beyond Decimal (fuzz_xml_render)")
        << "total_amount" << QJsonValue(qint64(1) << 62) << "total_amount";
}

void TestInvoiceJson::createPayload_rejectsWithJsonPath()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);

    QJsonObject payload = docExample();
    setPath(payload, path, value);
    const Parsed<Invoice> parsed = json::invoiceFromCreatePayload(payload);
    QVERIFY(std::holds_alternative<ParseError>(parsed));
    QCOMPARE(std::get<ParseError>(parsed).field, field);
    QVERIFY(!std::get<ParseError>(parsed).reason.isEmpty());
}

void TestInvoiceJson::createPayload_defaultsOfOptionalFields()
{
    QJsonObject payload = docExample();
    payload.remove(QStringLiteral("currency"));
    payload.remove(QStringLiteral("is_draft"));
    payload.insert(QStringLiteral("seller_store_code"), QStringLiteral("S1")); // old revision, ignored
    const Invoice invoice = std::get<Invoice>(json::invoiceFromCreatePayload(payload));
    QCOMPARE(invoice.currency, Currency::VND); // documented default
    QVERIFY(!invoice.isDraft); // the API's default: create and issue at once
}

QTEST_GUILESS_MAIN(TestInvoiceJson)
#include "tst_invoicejson.moc"
