#include "core/clock.h"
#include "core/fieldlimits.h"
#include "core/invoicetextchecks.h"
#include "core/invoicevalidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <functional>
#include <initializer_list>

using namespace einvoice;

// The invoice under test, its provider account and the moment of validation.
struct Scenario
{
    Invoice invoice;
    std::optional<ProviderAccount> account;
    QDateTime nowUtc;
    std::optional<QDate> lastIssuedInSeries;
};

using Mutation = std::function<void(Scenario &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

Decimal dec(const char *text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

QDateTime vn(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Clock::vietnamTimeZone());
}

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

InvoiceLine goods(const char *price, std::optional<TaxRate> rate = TaxRate::Eight, const char *quantity = "2")
{
    InvoiceLine line;
    line.itemName = QStringLiteral("Bàn phím");
    line.unit = QStringLiteral("cái");
    line.quantity = dec(quantity);
    line.unitPrice = dec(price);
    line.taxRate = rate;
    return line;
}

InvoiceLine special(LineType type, const QString &name)
{
    InvoiceLine line;
    line.lineType = type;
    line.itemName = name;
    return line;
}

InvoiceLine discountLine(const char *amount, std::optional<TaxRate> rate)
{
    InvoiceLine line = special(LineType::TradeDiscount, QStringLiteral("Chiết khấu thương mại"));
    line.amountBeforeDiscountAndTax = dec(amount);
    line.taxRate = rate;
    return line;
}

// A VAT invoice of 2 x 150,000 at 8 % (324,000 đ) dated 09:00 on 10 March 2026, validated at
// 12:00 the same day (Vietnam time), for an active account approved in January.
Scenario baseScenario()
{
    Scenario s;
    s.nowUtc = utc(2026, 3, 10, 5, 0);
    s.invoice.templateCode = QStringLiteral("1");
    s.invoice.invoiceSeries = QStringLiteral("C26TAA");
    s.invoice.issuedAt = vn(2026, 3, 10, 9, 0);
    s.invoice.paymentMethod = PaymentMethod::Transfer;
    s.invoice.providerAccountId = QStringLiteral("acc-1");
    s.invoice.referenceCode = QStringLiteral("ORDER-000123");
    s.invoice.buyer.type = BuyerType::Company;
    s.invoice.buyer.name = QStringLiteral("Công ty Mẫu");
    s.invoice.buyer.taxCode = QStringLiteral("0100109106");
    s.invoice.buyer.email = QStringLiteral("ketoan@example.com");
    s.invoice.buyer.address = QStringLiteral("1 Lê Lợi, Quận 1, TP.HCM");
    s.invoice.lines = {goods("150000")};
    ProviderAccount account;
    account.id = QStringLiteral("acc-1");
    account.active = true;
    account.taxAuthorityApprovedDate = QDate(2026, 1, 5);
    account.templates = {{QStringLiteral("1"), QStringLiteral("C26TAA"), QStringLiteral("HĐ GTGT")},
        {QStringLiteral("2"), QStringLiteral("C26TBB"), QStringLiteral("HĐ bán hàng")},
        {QStringLiteral("1"), QStringLiteral("C25TAA"), QStringLiteral("HĐ GTGT 2025")}};
    s.account = account;
    return s;
}

void row(const char *name, const Mutation &mutate, std::initializer_list<const char *> expected)
{
    QStringList fields;
    for (const char *field : expected)
        fields << QString::fromLatin1(field);
    QTest::newRow(name) << mutate << fields;
}

void addColumns()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QStringList>("expected"); // "E:field" or "W:field", any order
}

void toSalesInvoice(Scenario &s)
{
    s.invoice.templateCode = QStringLiteral("2");
    s.invoice.invoiceSeries = QStringLiteral("C26TBB");
}

void dateIn2023(Scenario &s)
{
    s.invoice.issuedAt = vn(2023, 3, 10, 9, 0);
    s.invoice.invoiceSeries = QStringLiteral("C23TAA");
    s.account.reset();
}

} // namespace

class TestInvoiceValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_templateAndSeries_data();
    void validate_templateAndSeries() { verify(); }
    void validate_datesAndAccount_data();
    void validate_datesAndAccount() { verify(); }
    void validate_referenceCode_data();
    void validate_referenceCode() { verify(); }
    void validate_goodsLines_data();
    void validate_goodsLines() { verify(); }
    void validate_noteAndDiscountLines_data();
    void validate_noteAndDiscountLines() { verify(); }
    void validate_buyer_data();
    void validate_buyer() { verify(); }
    void validate_totalsAndWarnings_data();
    void validate_totalsAndWarnings() { verify(); }
    void validate_textAndLimits_data();
    void validate_textAndLimits() { verify(); }
    void validate_decimals_data();
    void validate_decimals() { verify(); }
    void requestSize_isLimited();
    void fieldLimits_comeFromTheTable();
    void issueText_fillsArgumentsAndTranslates();
    void hasErrors_ignoresWarnings();
    void validate_defaultContextUsesSystemClock();

private:
    void verify();
};

void TestInvoiceValidator::verify()
{
    QFETCH(Mutation, mutate);
    QFETCH(QStringList, expected);

    Scenario s = baseScenario();
    mutate(s);
    ManualClock clock(s.nowUtc);
    InvoiceValidator::Context context;
    context.clock = &clock;
    context.account = s.account;
    context.lastIssuedInSeries = s.lastIssuedInSeries;

    QStringList actual;
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    for (const ValidationIssue &issue : InvoiceValidator::validate(s.invoice, context)) {
        actual << (issue.isError() ? QStringLiteral("E:") : QStringLiteral("W:")) + issue.field;
        QVERIFY(issue.message != nullptr);
        const QString text = issue.text();
        QVERIFY2(!text.isEmpty() && !text.contains(placeholder), qPrintable(text));
    }
    actual.sort();
    expected.sort();
    QCOMPARE(actual.join(u' '), expected.join(u' '));
}

void TestInvoiceValidator::validate_templateAndSeries_data()
{
    addColumns();
    row("valid VAT invoice", [](Scenario &) {}, {});
    row("valid without account context", [](Scenario &s) { s.account.reset(); }, {});
    row("missing template", [](Scenario &s) { s.invoice.templateCode.clear(); }, {"E:template_code"});
    row("template 0", [](Scenario &s) { s.invoice.templateCode = QStringLiteral("0"); }, {"E:template_code"});
    row("template of two digits", [](Scenario &s) { s.invoice.templateCode = QStringLiteral("12"); },
        {"E:template_code"});
    row("template not on the account",
        [](Scenario &s) {
            s.invoice.templateCode = QStringLiteral("5");
            s.invoice.lines[0].taxRate.reset();
        },
        {"E:template_code"});
    row("template 5 without account",
        [](Scenario &s) {
            s.invoice.templateCode = QStringLiteral("5");
            s.invoice.lines[0].taxRate.reset();
            s.account.reset();
        },
        {});
    row("sales invoice with its series",
        [](Scenario &s) {
            toSalesInvoice(s);
            s.invoice.lines[0].taxRate.reset();
        },
        {});
    row("sales invoice ignores a line rate", [](Scenario &s) { toSalesInvoice(s); }, {"W:items[0].tax_rate"});
    row("series not registered for the template",
        [](Scenario &s) {
            s.invoice.templateCode = QStringLiteral("2");
            s.invoice.lines[0].taxRate.reset();
        },
        {"E:invoice_series"});
    row("series empty", [](Scenario &s) { s.invoice.invoiceSeries.clear(); }, {"E:invoice_series"});
    row("series too short", [](Scenario &s) { s.invoice.invoiceSeries = QStringLiteral("C26TA"); },
        {"E:invoice_series"});
    row("series lower case", [](Scenario &s) { s.invoice.invoiceSeries = QStringLiteral("c26taa"); },
        {"E:invoice_series"});
    row("unknown kind letter", [](Scenario &s) { s.invoice.invoiceSeries = QStringLiteral("A26TAA"); },
        {"E:invoice_series"});
    row("unknown type letter", [](Scenario &s) { s.invoice.invoiceSeries = QStringLiteral("C26ZAA"); },
        {"E:invoice_series"});
    row("last year's registered series",
        [](Scenario &s) { s.invoice.invoiceSeries = QStringLiteral("C25TAA"); }, {"E:invoice_series"});
    row("year mismatch without account",
        [](Scenario &s) {
            s.invoice.invoiceSeries = QStringLiteral("C24TAA");
            s.account.reset();
        },
        {"E:invoice_series"});
}

void TestInvoiceValidator::validate_datesAndAccount_data()
{
    addColumns();
    row("issued date missing", [](Scenario &s) { s.invoice.issuedAt = QDateTime(); }, {"E:issued_date"});
    row("issued exactly now", [](Scenario &s) { s.invoice.issuedAt = vn(2026, 3, 10, 12, 0); }, {});
    row("one second in the future", [](Scenario &s) { s.invoice.issuedAt = vn(2026, 3, 10, 12, 0, 1); },
        {"E:issued_date"});
    row("tomorrow", [](Scenario &s) { s.invoice.issuedAt = vn(2026, 3, 11, 8, 0); }, {"E:issued_date"});
    row("wall time whatever the time spec",
        [](Scenario &s) {
            s.invoice.issuedAt = QDateTime(QDate(2026, 3, 10), QTime(11, 59), QTimeZone::utc());
        },
        {});
    row("just after midnight in Vietnam",
        [](Scenario &s) {
            s.nowUtc = utc(2026, 3, 9, 17, 30);
            s.invoice.issuedAt = vn(2026, 3, 10, 0, 10);
        },
        {});
    row("later on Vietnam's new day",
        [](Scenario &s) {
            s.nowUtc = utc(2026, 3, 9, 17, 30);
            s.invoice.issuedAt = vn(2026, 3, 10, 0, 40);
        },
        {"E:issued_date"});
    row("before tax approval", [](Scenario &s) { s.account->taxAuthorityApprovedDate = QDate(2026, 3, 11); },
        {"E:issued_date"});
    row("on the approval day", [](Scenario &s) { s.account->taxAuthorityApprovedDate = QDate(2026, 3, 10); },
        {});
    row("approval unknown (sandbox)", [](Scenario &s) { s.account->taxAuthorityApprovedDate.reset(); }, {});
    row("future and before approval",
        [](Scenario &s) {
            s.invoice.issuedAt = vn(2026, 3, 11, 8, 0);
            s.account->taxAuthorityApprovedDate = QDate(2026, 3, 12);
        },
        {"E:issued_date", "E:issued_date"});
    // The invoice is dated 10/03/2026: a series' numbers must follow its dates.
    row("before the series' last invoice", [](Scenario &s) { s.lastIssuedInSeries = QDate(2026, 3, 11); },
        {"E:issued_date"});
    row("on the day of the series' last invoice",
        [](Scenario &s) { s.lastIssuedInSeries = QDate(2026, 3, 10); }, {});
    row("after the series' last invoice", [](Scenario &s) { s.lastIssuedInSeries = QDate(2026, 2, 28); }, {});
    row("account inactive", [](Scenario &s) { s.account->active = false; }, {"E:provider_account_id"});
    row("provider account missing", [](Scenario &s) { s.invoice.providerAccountId.clear(); },
        {"E:provider_account_id"});
    row("empty invoice reports everything at once", [](Scenario &s) { s.invoice = Invoice(); },
        {"E:template_code", "E:invoice_series", "E:issued_date", "E:provider_account_id", "E:items",
            "W:buyer.name"});
}

void TestInvoiceValidator::validate_referenceCode_data()
{
    addColumns();
    row("no reference code", [](Scenario &s) { s.invoice.referenceCode.clear(); }, {});
    row("uuid",
        [](Scenario &s) { s.invoice.referenceCode = QStringLiteral("b2d0c6e2-2b40-11f1-8a4b-0242ac120002"); },
        {});
    row("100 characters", [](Scenario &s) { s.invoice.referenceCode = QString(100, u'A'); }, {});
    row("101 characters", [](Scenario &s) { s.invoice.referenceCode = QString(101, u'A'); },
        {"E:reference_code"});
    row("slash", [](Scenario &s) { s.invoice.referenceCode = QStringLiteral("2026/001"); },
        {"E:reference_code"});
    row("space", [](Scenario &s) { s.invoice.referenceCode = QStringLiteral("ORDER 1"); },
        {"E:reference_code"});
    row("question mark", [](Scenario &s) { s.invoice.referenceCode = QStringLiteral("A?b=1"); },
        {"E:reference_code"});
    row("reserved create", [](Scenario &s) { s.invoice.referenceCode = QStringLiteral("create"); },
        {"E:reference_code"});
    row("reserved Issue", [](Scenario &s) { s.invoice.referenceCode = QStringLiteral("Issue"); },
        {"E:reference_code"});
    row("reserved DELETE", [](Scenario &s) { s.invoice.referenceCode = QStringLiteral("DELETE"); },
        {"E:reference_code"});
    row("reserved replace", [](Scenario &s) { s.invoice.referenceCode = QStringLiteral("replace"); },
        {"E:reference_code"});
    row("reserved adjust", [](Scenario &s) { s.invoice.referenceCode = QStringLiteral("adjust"); },
        {"E:reference_code"});
    row("word containing a reserved one",
        [](Scenario &s) { s.invoice.referenceCode = QStringLiteral("creates"); }, {});
    row("too long and with a slash", [](Scenario &s) { s.invoice.referenceCode = QString(101, u'A') + u'/'; },
        {"E:reference_code", "E:reference_code"});
}

void TestInvoiceValidator::validate_goodsLines_data()
{
    addColumns();
    row("no lines", [](Scenario &s) { s.invoice.lines.clear(); }, {"E:items"});
    row("missing name", [](Scenario &s) { s.invoice.lines[0].itemName.clear(); }, {"E:items[0].item_name"});
    row("blank name", [](Scenario &s) { s.invoice.lines[0].itemName = QStringLiteral("   "); },
        {"E:items[0].item_name"});
    row("missing quantity", [](Scenario &s) { s.invoice.lines[0].quantity.reset(); },
        {"E:items[0].quantity"});
    row("missing unit price", [](Scenario &s) { s.invoice.lines[0].unitPrice.reset(); },
        {"E:items[0].unit_price"});
    row("missing VAT rate", [](Scenario &s) { s.invoice.lines[0].taxRate.reset(); }, {"E:items[0].tax_rate"});
    row("quantity with three decimals", [](Scenario &s) { s.invoice.lines[0].quantity = dec("1.234"); },
        {"E:items[0].quantity"});
    row("quantity with two decimals", [](Scenario &s) { s.invoice.lines[0].quantity = dec("1.25"); }, {});
    row("quantity zero", [](Scenario &s) { s.invoice.lines[0].quantity = dec("0"); },
        {"E:items[0].quantity"});
    row("quantity negative", [](Scenario &s) { s.invoice.lines[0].quantity = dec("-1"); },
        {"E:items[0].quantity"});
    row("negative unit price", [](Scenario &s) { s.invoice.lines[0].unitPrice = dec("-1"); },
        {"E:items[0].unit_price"});
    row("zero unit price", [](Scenario &s) { s.invoice.lines[0].unitPrice = dec("0"); }, {});
    row("negative discount amount", [](Scenario &s) { s.invoice.lines[0].discountAmount = dec("-5000"); },
        {"E:items[0].discount_amount"});
    row("discount 101 percent", [](Scenario &s) { s.invoice.lines[0].discountPercent = dec("101"); },
        {"E:items[0].discount_tax"});
    row("discount -1 percent", [](Scenario &s) { s.invoice.lines[0].discountPercent = dec("-1"); },
        {"E:items[0].discount_tax"});
    row("discount 100 percent", [](Scenario &s) { s.invoice.lines[0].discountPercent = dec("100"); }, {});
    row("third line path is 0-based",
        [](Scenario &s) { s.invoice.lines << goods("1000") << goods("2000", TaxRate::Eight, "0.001"); },
        {"E:items[2].quantity"});
    row("several problems on one line",
        [](Scenario &s) {
            InvoiceLine &line = s.invoice.lines[0];
            line.itemName.clear();
            line.quantity.reset();
            line.unitPrice = dec("-1");
            line.taxRate.reset();
        },
        {"E:items[0].item_name", "E:items[0].quantity", "E:items[0].unit_price", "E:items[0].tax_rate"});
    row("free promotion line",
        [](Scenario &s) { s.invoice.lines << special(LineType::Promotion, QStringLiteral("Quà tặng")); }, {});
    // Issue 16.4: a discount larger than the line made "Âm mười đồng" without an error.
    row("discount amount larger than the line",
        [](Scenario &s) { s.invoice.lines[0].discountAmount = dec("300010"); },
        {"E:items[0].discount_amount"});
    row("discount amount equal to the line",
        [](Scenario &s) { s.invoice.lines[0].discountAmount = dec("300000"); }, {});
    row("discount larger than one of two lines",
        [](Scenario &s) {
            s.invoice.lines << goods("1000");
            s.invoice.lines[1].discountAmount = dec("2500");
        },
        {"E:items[1].discount_amount"});
    // Issue 16.3: blank lines at the end (Tab past the last cell) are ignored, not errors.
    row("trailing blank lines ignored",
        [](Scenario &s) { s.invoice.lines << InvoiceLine() << InvoiceLine(); }, {});
    row("blank line in the middle still checked",
        [](Scenario &s) {
            s.invoice.lines = {InvoiceLine(), goods("150000")};
        },
        {"E:items[0].item_name", "E:items[0].quantity", "E:items[0].unit_price", "E:items[0].tax_rate"});
    row("only a blank line", [](Scenario &s) { s.invoice.lines = {InvoiceLine()}; }, {"E:items"});
}

void TestInvoiceValidator::validate_noteAndDiscountLines_data()
{
    addColumns();
    const QString note = QStringLiteral("Hàng tặng không thu tiền");
    row("clean note line", [note](Scenario &s) { s.invoice.lines << special(LineType::Note, note); }, {});
    row("note with quantity",
        [note](Scenario &s) {
            s.invoice.lines << special(LineType::Note, note);
            s.invoice.lines[1].quantity = dec("1");
        },
        {"E:items[1].quantity"});
    row("note with price and amount",
        [note](Scenario &s) {
            s.invoice.lines << special(LineType::Note, note);
            s.invoice.lines[1].unitPrice = dec("1000");
            s.invoice.lines[1].amountBeforeDiscountAndTax = dec("1000");
        },
        {"E:items[1].unit_price", "E:items[1].before_discount_and_tax_amount"});
    row("note with zero quantity",
        [note](Scenario &s) {
            s.invoice.lines << special(LineType::Note, note);
            s.invoice.lines[1].quantity = dec("0");
        },
        {});
    row("note with VAT rate",
        [note](Scenario &s) {
            s.invoice.lines << special(LineType::Note, note);
            s.invoice.lines[1].taxRate = TaxRate::Ten;
        },
        {"E:items[1].tax_rate"});
    row("note without text", [](Scenario &s) { s.invoice.lines << special(LineType::Note, QString()); },
        {"E:items[1].item_name"});
    row("trade discount larger than the goods",
        [](Scenario &s) { s.invoice.lines << discountLine("400000", TaxRate::Eight); }, {"E:items"});
    row("discount on the goods rate",
        [](Scenario &s) { s.invoice.lines << discountLine("20000", TaxRate::Eight); }, {});
    row("discount without amount",
        [](Scenario &s) {
            s.invoice.lines << discountLine("0", TaxRate::Eight);
            s.invoice.lines[1].amountBeforeDiscountAndTax.reset();
        },
        {"E:items[1].before_discount_and_tax_amount"});
    row("discount with zero amount",
        [](Scenario &s) { s.invoice.lines << discountLine("0", TaxRate::Eight); },
        {"E:items[1].before_discount_and_tax_amount"});
    row("discount rate not among goods",
        [](Scenario &s) { s.invoice.lines << discountLine("20000", TaxRate::Ten); }, {"E:items[1].tax_rate"});
    row("discount without rate on VAT invoice",
        [](Scenario &s) { s.invoice.lines << discountLine("20000", std::nullopt); }, {"E:items[1].tax_rate"});
    row("discount on a sales invoice",
        [](Scenario &s) {
            toSalesInvoice(s);
            s.invoice.lines[0].taxRate.reset();
            s.invoice.lines << discountLine("20000", std::nullopt);
        },
        {});
}

void TestInvoiceValidator::validate_buyer_data()
{
    addColumns();
    row("company without tax code", [](Scenario &s) { s.invoice.buyer.taxCode.clear(); },
        {"W:buyer.tax_code"});
    row("person without tax code",
        [](Scenario &s) {
            s.invoice.buyer.type = BuyerType::Personal;
            s.invoice.buyer.taxCode.clear();
        },
        {});
    row("retail buyer without anything", [](Scenario &s) { s.invoice.buyer = Buyer(); }, {"W:buyer.name"});
    row("person without name",
        [](Scenario &s) {
            s.invoice.buyer.type = BuyerType::Personal;
            s.invoice.buyer.taxCode.clear();
            s.invoice.buyer.name.clear();
        },
        {"W:buyer.name"});
    row("person without address",
        [](Scenario &s) {
            s.invoice.buyer.type = BuyerType::Personal;
            s.invoice.buyer.taxCode.clear();
            s.invoice.buyer.address.clear();
        },
        {});
    row("company without any name", [](Scenario &s) { s.invoice.buyer.name.clear(); },
        {"E:buyer.legal_name"});
    row("company with its legal name only",
        [](Scenario &s) {
            s.invoice.buyer.name.clear();
            s.invoice.buyer.legalName = QStringLiteral("CÔNG TY TNHH MẪU");
        },
        {});
    row("company without address", [](Scenario &s) { s.invoice.buyer.address = QStringLiteral("  "); },
        {"E:buyer.address"});
    row("company with nothing but a tax code",
        [](Scenario &s) {
            s.invoice.buyer.name.clear();
            s.invoice.buyer.address.clear();
            s.invoice.buyer.email.clear();
        },
        {"E:buyer.legal_name", "E:buyer.address"});
    row("company without tax code nor address",
        [](Scenario &s) {
            s.invoice.buyer.taxCode.clear();
            s.invoice.buyer.address.clear();
        },
        {"W:buyer.tax_code", "E:buyer.address"});
    row("unspecified buyer with a tax code and no name",
        [](Scenario &s) {
            s.invoice.buyer.type = BuyerType::Unspecified;
            s.invoice.buyer.name.clear();
        },
        {"E:buyer.name"});
    row("person with a tax code and no address",
        [](Scenario &s) {
            s.invoice.buyer.type = BuyerType::Personal;
            s.invoice.buyer.address.clear();
        },
        {"E:buyer.address"});
    row("wrong check digit", [](Scenario &s) { s.invoice.buyer.taxCode = QStringLiteral("0100109107"); },
        {"E:buyer.tax_code"});
    row("too short", [](Scenario &s) { s.invoice.buyer.taxCode = QStringLiteral("01001091"); },
        {"E:buyer.tax_code"});
    row("branch 000", [](Scenario &s) { s.invoice.buyer.taxCode = QStringLiteral("0314409058-000"); },
        {"E:buyer.tax_code"});
    row("valid branch", [](Scenario &s) { s.invoice.buyer.taxCode = QStringLiteral("0314409058-002"); }, {});
    row("spaced tax code", [](Scenario &s) { s.invoice.buyer.taxCode = QStringLiteral("0100 109 106"); }, {});
    row("personal ID as tax code",
        [](Scenario &s) {
            s.invoice.buyer.type = BuyerType::Personal;
            s.invoice.buyer.taxCode = QStringLiteral("001099012345");
        },
        {"E:buyer.tax_code"});
    row("personal ID as national ID",
        [](Scenario &s) {
            s.invoice.buyer.type = BuyerType::Personal;
            s.invoice.buyer.taxCode.clear();
            s.invoice.buyer.nationalId = QStringLiteral("001099012345");
        },
        {});
    row("email without @", [](Scenario &s) { s.invoice.buyer.email = QStringLiteral("ketoan.example.com"); },
        {"E:buyer.email"});
    row("email without domain dot",
        [](Scenario &s) { s.invoice.buyer.email = QStringLiteral("ketoan@example"); }, {"E:buyer.email"});
    row("two emails", [](Scenario &s) { s.invoice.buyer.email = QStringLiteral("a@x.vn; b@y.com"); }, {});
    row("one bad email of two", [](Scenario &s) { s.invoice.buyer.email = QStringLiteral("a@x.vn, bad"); },
        {"E:buyer.email"});
    row("no email", [](Scenario &s) { s.invoice.buyer.email.clear(); }, {});
}

void TestInvoiceValidator::validate_totalsAndWarnings_data()
{
    addColumns();
    row("override equals the total", [](Scenario &s) { s.invoice.totalAmountOverride = 324000; }, {});
    row("override one đồng off", [](Scenario &s) { s.invoice.totalAmountOverride = 324001; },
        {"W:total_amount"});
    row("USD total with cents cannot be overridden",
        [](Scenario &s) {
            s.invoice.currency = Currency::USD;
            s.invoice.lines = {goods("10.5", TaxRate::Ten, "1")};
            s.invoice.totalAmountOverride = 12;
        },
        {"E:total_amount"});
    row("USD whole total override",
        [](Scenario &s) {
            s.invoice.currency = Currency::USD;
            s.invoice.lines = {goods("10", TaxRate::Ten, "1")};
            s.invoice.totalAmountOverride = 11;
        },
        {});
    row("cash at the threshold",
        [](Scenario &s) {
            s.invoice.paymentMethod = PaymentMethod::Cash;
            s.invoice.lines = {goods("4629630", TaxRate::Eight, "1")}; // 4,629,630 + 370,370 VAT
        },
        {"W:payment_method"});
    row("cash below the threshold",
        [](Scenario &s) {
            s.invoice.paymentMethod = PaymentMethod::Cash;
            s.invoice.lines = {goods("4999999", TaxRate::Zero, "1")};
        },
        {});
    row("transfer above the threshold",
        [](Scenario &s) { s.invoice.lines = {goods("9000000", TaxRate::Eight, "1")}; }, {});
    row("cash or transfer is not flagged",
        [](Scenario &s) {
            s.invoice.paymentMethod = PaymentMethod::CashOrTransfer;
            s.invoice.lines = {goods("9000000", TaxRate::Eight, "1")};
        },
        {});
    row("cash judged on the override",
        [](Scenario &s) {
            s.invoice.paymentMethod = PaymentMethod::Cash;
            s.invoice.totalAmountOverride = 5000000;
        },
        {"W:total_amount", "W:payment_method"});
    row("cash in USD is not flagged",
        [](Scenario &s) {
            s.invoice.currency = Currency::USD;
            s.invoice.paymentMethod = PaymentMethod::Cash;
            s.invoice.lines = {goods("9000000", TaxRate::Eight, "1")};
        },
        {});
    row("a line at the largest amount",
        [](Scenario &s) { s.invoice.lines = {goods("900000000000000", TaxRate::Zero, "1")}; }, {});
    row("a line past the largest amount",
        [](Scenario &s) { s.invoice.lines = {goods("90000000000000", TaxRate::Zero, "11")}; },
        {"E:items[0].unit_price"});
    row("quantity x price past the number range",
        [](Scenario &s) { s.invoice.lines = {goods("9000000000", TaxRate::Zero, "9000000000")}; },
        {"E:items[0].unit_price"});
    row("a stated amount past the largest",
        [](Scenario &s) { s.invoice.lines << discountLine("900000000000001", TaxRate::Eight); },
        {"E:items[1].before_discount_and_tax_amount"});
    row("lines within, their total past the largest",
        [](Scenario &s) {
            s.invoice.lines = {
                goods("500000000000000", TaxRate::Zero, "1"), goods("500000000000000", TaxRate::Zero, "1")};
        },
        {"E:items"});
    row("override past the largest amount",
        [](Scenario &s) { s.invoice.totalAmountOverride = 900'000'000'000'001; }, {"E:total_amount"});
    row("8% outside a reduction period", dateIn2023, {"W:items[0].tax_rate"});
    row("10% outside a reduction period",
        [](Scenario &s) {
            dateIn2023(s);
            s.invoice.lines[0].taxRate = TaxRate::Ten;
        },
        {});
    row("10% inside a reduction period", [](Scenario &s) { s.invoice.lines[0].taxRate = TaxRate::Ten; }, {});
    row("8% the day after the last period",
        [](Scenario &s) {
            s.nowUtc = utc(2027, 1, 2, 0, 0);
            s.invoice.issuedAt = vn(2027, 1, 1, 9, 0);
            s.invoice.invoiceSeries = QStringLiteral("C27TAA");
            s.account.reset();
        },
        {"W:items[0].tax_rate"});
    row("8% discount line outside a period",
        [](Scenario &s) {
            dateIn2023(s);
            s.invoice.lines << discountLine("20000", TaxRate::Eight);
        },
        {"W:items[0].tax_rate", "W:items[1].tax_rate"});
    row("sales invoice rate warned once",
        [](Scenario &s) {
            dateIn2023(s);
            s.invoice.templateCode = QStringLiteral("2");
        },
        {"W:items[0].tax_rate"});
}

void TestInvoiceValidator::validate_textAndLimits_data()
{
    addColumns();
    const auto text = [](qsizetype length) {
        return QString(length, u'ễ');
    };
    row("NUL in an item name",
        [](Scenario &s) {
            s.invoice.lines[0].itemName = QStringLiteral("Bàn") + QChar(0) + QStringLiteral("phím");
        },
        {"E:items[0].item_name"});
    row("NUL in the buyer name", [](Scenario &s) { s.invoice.buyer.name += QChar(0); }, {"E:buyer.name"});
    row("escape in the address", [](Scenario &s) { s.invoice.buyer.address += QChar(0x1B); },
        {"E:buyer.address"});
    row("C1 control in the note", [](Scenario &s) { s.invoice.notes = QStringLiteral("a") + QChar(0x85); },
        {"E:notes"});
    row("DEL in the unit", [](Scenario &s) { s.invoice.lines[0].unit = QStringLiteral("c") + QChar(0x7F); },
        {"E:items[0].unit"});
    row("replacement character in the legal name",
        [](Scenario &s) {
            s.invoice.buyer.legalName = QStringLiteral("C") + QChar(0xFFFD) + QStringLiteral("ng ty");
        },
        {"E:buyer.legal_name"});
    row("line breaks in the note",
        [](Scenario &s) { s.invoice.notes = QStringLiteral("Đơn 1\nĐơn 2\r\nĐơn 3"); }, {});
    row("line break in an item name",
        [](Scenario &s) { s.invoice.lines[0].itemName = QStringLiteral("Bàn\nphím"); },
        {"E:items[0].item_name"});
    row("tab in the note", [](Scenario &s) { s.invoice.notes = QStringLiteral("a\tb"); }, {"E:notes"});
    row("tab in the item code", [](Scenario &s) { s.invoice.lines[0].itemCode = QStringLiteral("A\t1"); },
        {"E:items[0].item_code"});
    row("control in the account id", [](Scenario &s) { s.invoice.providerAccountId += QChar(0x01); },
        {"E:provider_account_id"});
    row("item name of 500 characters", [text](Scenario &s) { s.invoice.lines[0].itemName = text(500); }, {});
    row("item name of 501 characters", [text](Scenario &s) { s.invoice.lines[0].itemName = text(501); },
        {"E:items[0].item_name"});
    row("item name of 10 MB", [](Scenario &s) { s.invoice.lines[0].itemName = QString(10 << 20, u'x'); },
        {"E:items[0].item_name"});
    row("note of 500 characters", [text](Scenario &s) { s.invoice.notes = text(500); }, {});
    row("note of 501 characters", [text](Scenario &s) { s.invoice.notes = text(501); }, {"E:notes"});
    row("buyer name of 401", [text](Scenario &s) { s.invoice.buyer.name = text(401); }, {"E:buyer.name"});
    row("legal name of 401", [text](Scenario &s) { s.invoice.buyer.legalName = text(401); },
        {"E:buyer.legal_name"});
    row("address of 401", [text](Scenario &s) { s.invoice.buyer.address = text(401); }, {"E:buyer.address"});
    row("email of 51",
        [](Scenario &s) { s.invoice.buyer.email = QString(40, u'a') + QStringLiteral("@example.vn"); },
        {"E:buyer.email"});
    row("phone of 21", [](Scenario &s) { s.invoice.buyer.phone = QString(21, u'9'); }, {"E:buyer.phone"});
    row("buyer code of 51", [](Scenario &s) { s.invoice.buyer.buyerCode = QString(51, u'K'); },
        {"E:buyer.buyer_code"});
    row("national ID of 13",
        [](Scenario &s) {
            s.invoice.buyer.type = BuyerType::Personal;
            s.invoice.buyer.taxCode.clear();
            s.invoice.buyer.nationalId = QString(13, u'1');
        },
        {"E:buyer.national_id"});
    row("unit of 51", [text](Scenario &s) { s.invoice.lines[0].unit = text(51); }, {"E:items[0].unit"});
    row("item code of 51", [](Scenario &s) { s.invoice.lines[0].itemCode = QString(51, u'A'); },
        {"E:items[0].item_code"});
    row("1000 lines", [](Scenario &s) { s.invoice.lines = QList<InvoiceLine>(1000, goods("1000")); }, {});
    row("1001 lines", [](Scenario &s) { s.invoice.lines = QList<InvoiceLine>(1001, goods("1000")); },
        {"E:items"});
    row("100,000 lines", [](Scenario &s) { s.invoice.lines = QList<InvoiceLine>(100000, goods("1000")); },
        {"E:items"});
}

void TestInvoiceValidator::validate_decimals_data()
{
    addColumns();
    row("unit price with two decimals", [](Scenario &s) { s.invoice.lines[0].unitPrice = dec("12.34"); }, {});
    row("unit price with three decimals", [](Scenario &s) { s.invoice.lines[0].unitPrice = dec("12.345"); },
        {"E:items[0].unit_price"});
    row("VND discount amount with decimals",
        [](Scenario &s) { s.invoice.lines[0].discountAmount = dec("1000.5"); },
        {"E:items[0].discount_amount"});
    row("USD discount amount with cents",
        [](Scenario &s) {
            s.invoice.currency = Currency::USD;
            s.invoice.lines = {goods("10.5", TaxRate::Ten, "1")};
            s.invoice.lines[0].discountAmount = dec("0.25");
        },
        {});
    row("USD discount amount with a third decimal",
        [](Scenario &s) {
            s.invoice.currency = Currency::USD;
            s.invoice.lines = {goods("10.5", TaxRate::Ten, "1")};
            s.invoice.lines[0].discountAmount = dec("0.255");
        },
        {"E:items[0].discount_amount"});
    row("VND trade discount with decimals",
        [](Scenario &s) { s.invoice.lines << discountLine("20000.5", TaxRate::Eight); },
        {"E:items[1].before_discount_and_tax_amount"});
    row("discount percentage with three decimals",
        [](Scenario &s) { s.invoice.lines[0].discountPercent = dec("12.125"); }, {"E:items[0].discount_tax"});
    row("quantity 0.125 kg", [](Scenario &s) { s.invoice.lines[0].quantity = dec("0.125"); },
        {"E:items[0].quantity"});
}

void TestInvoiceValidator::requestSize_isLimited()
{
    // Within today's limits a request cannot reach 2 MB (1000 lines of 600 three-byte characters
    // make 1.9 MB); the check guards tables with more lines. A table with a 4 KB cap shows it.
    const FieldLimits small = FieldLimits::fromJson(
        R"({"text_fields": [], "decimals": [], "max_lines": 1000, "max_request_bytes": 4096})");
    Scenario s = baseScenario();
    ValidationIssueList issues;
    checkInvoiceText(s.invoice, issues, small);
    QVERIFY(issues.take().isEmpty());
    s.invoice.lines = QList<InvoiceLine>(40, goods("150000"));
    for (InvoiceLine &line : s.invoice.lines)
        line.itemName = QString(100, u'ễ');
    checkInvoiceText(s.invoice, issues, small);
    const ValidationIssues found = issues.take();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().field, QStringLiteral("items"));
    QVERIFY2(found.first().text().contains(QStringLiteral("4 KB")), qPrintable(found.first().text()));
}

void TestInvoiceValidator::fieldLimits_comeFromTheTable()
{
    const FieldLimits &limits = FieldLimits::current();
    QCOMPARE(limits.textField(QStringLiteral("items.item_name"))->maxLength, 500);
    QCOMPARE(limits.textField(QStringLiteral("buyer.address"))->maxLength, 400);
    QCOMPARE(limits.textField(QStringLiteral("notes"))->lines, InvoiceText::Lines::Multiple);
    QCOMPARE(limits.maxDecimals(QStringLiteral("items.quantity"), Currency::VND), 2);
    QCOMPARE(limits.maxDecimals(QStringLiteral("items.discount_amount"), Currency::VND), 0);
    QCOMPARE(limits.maxDecimals(QStringLiteral("items.discount_amount"), Currency::USD), 2);
    QCOMPARE(limits.maxLines(), 1000);
    QCOMPARE(limits.maxRequestBytes(), 2 * 1024 * 1024);
    // Every limit of the data file names its source.
    QFile file(QStringLiteral(":/core/field-limits.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const char *list : {"text_fields", "decimals"}) {
        for (const QJsonValue &entry : root.value(QLatin1String(list)).toArray())
            QVERIFY2(!entry.toObject().value(QLatin1String("source")).toString().isEmpty(),
                qPrintable(entry.toObject().value(QLatin1String("field")).toString()));
    }
}

void TestInvoiceValidator::issueText_fillsArgumentsAndTranslates()
{
    Scenario s = baseScenario();
    s.invoice.referenceCode = QStringLiteral("create");
    s.invoice.buyer.taxCode = QStringLiteral("0100109107");
    ManualClock clock(s.nowUtc);
    InvoiceValidator::Context context;
    context.clock = &clock;
    const ValidationIssues issues = InvoiceValidator::validate(s.invoice, context);
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues.at(0).field, QStringLiteral("reference_code"));
    QCOMPARE(issues.at(0).text(), QStringLiteral("The reference code create is reserved by the API."));
    QCOMPARE(issues.at(1).text(), QStringLiteral("The tax code 0100109107 has a wrong check digit."));
}

void TestInvoiceValidator::hasErrors_ignoresWarnings()
{
    Scenario s = baseScenario();
    s.invoice.buyer.taxCode.clear(); // warning only
    ManualClock clock(s.nowUtc);
    InvoiceValidator::Context context;
    context.clock = &clock;
    ValidationIssues issues = InvoiceValidator::validate(s.invoice, context);
    QCOMPARE(issues.size(), 1);
    QVERIFY(!hasErrors(issues));
    s.invoice.providerAccountId.clear();
    issues = InvoiceValidator::validate(s.invoice, context);
    QVERIFY(hasErrors(issues));
}

void TestInvoiceValidator::validate_defaultContextUsesSystemClock()
{
    Scenario s = baseScenario();
    s.invoice.issuedAt = vn(2099, 1, 1, 9, 0);
    s.invoice.invoiceSeries = QStringLiteral("C99TAA");
    s.invoice.lines[0].taxRate = TaxRate::Ten;
    const ValidationIssues issues = InvoiceValidator::validate(s.invoice);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.at(0).field, QStringLiteral("issued_date"));
    QVERIFY(issues.at(0).isError());
}

QTEST_GUILESS_MAIN(TestInvoiceValidator)
#include "tst_invoicevalidator.moc"
