// The rules of a correction invoice before anything is sent: the lines each kind allows, the
// date against the origin's (Vietnam time), and the totals and words of negative differences
// (vn-einvoice-domain.md 1.7, 1.10).

#include "core/amountinwords.h"
#include "core/correctionvalidator.h"
#include "core/totals.h"

#include <QSet>
#include <QTest>

using namespace einvoice;

Q_DECLARE_METATYPE(CorrectionKind)
Q_DECLARE_METATYPE(InvoiceLine)

namespace {

Decimal dec(const char *text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

QDateTime vn(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Clock::vietnamTimeZone());
}

InvoiceLine goods(const char *quantity, const char *price, TaxRate rate = TaxRate::Ten)
{
    InvoiceLine line;
    line.itemName = QStringLiteral("Bàn làm việc");
    line.unit = QStringLiteral("cái");
    line.quantity = dec(quantity);
    line.unitPrice = dec(price);
    line.taxRate = rate;
    return line;
}

InvoiceLine note(const QString &text = QStringLiteral("Sửa địa chỉ người mua"))
{
    InvoiceLine line;
    line.lineType = LineType::Note;
    line.itemName = text;
    return line;
}

InvoiceLine tradeDiscount(const char *amount)
{
    InvoiceLine line;
    line.lineType = LineType::TradeDiscount;
    line.itemName = QStringLiteral("Chiết khấu thương mại");
    line.amountBeforeDiscountAndTax = dec(amount);
    line.taxRate = TaxRate::Ten;
    return line;
}

InvoiceLine discounted(InvoiceLine line, const char *discount)
{
    line.discountAmount = dec(discount);
    return line;
}

Invoice correction(const QList<InvoiceLine> &lines, const QDateTime &issuedAt = vn(2026, 5, 10, 9, 0))
{
    Invoice invoice;
    invoice.templateCode = QStringLiteral("1");
    invoice.invoiceSeries = QStringLiteral("C26TAA");
    invoice.issuedAt = issuedAt.toTimeZone(Clock::vietnamTimeZone()); // as json::parseIssuedDate gives it
    invoice.providerAccountId = QStringLiteral("5b1c2e40-1a2b-11f1-9c3d-0242ac120002");
    invoice.referenceCode = QStringLiteral("ORDER-17-C1");
    invoice.isDraft = false;
    invoice.buyer.type = BuyerType::Company;
    invoice.buyer.name = QStringLiteral("Công ty Mẫu");
    invoice.buyer.taxCode = QStringLiteral("0100109106");
    invoice.buyer.address = QStringLiteral("1 Đường Số 1, Quận 1, TP.HCM");
    invoice.lines = lines;
    return invoice;
}

InvoiceDetail origin(const QDate &issued = QDate(2026, 5, 4))
{
    InvoiceDetail detail;
    detail.summary.referenceCode = QStringLiteral("ORDER-17");
    detail.summary.invoiceNumber = QStringLiteral("17");
    detail.summary.issuedDate = issued;
    detail.summary.status = InvoiceStatus::Issued;
    detail.invoiceSeries = QStringLiteral("C26TAA");
    detail.documentType = 2;
    detail.providerStatus = QStringLiteral("4");
    return detail;
}

QSet<QString> fields(const ValidationIssues &issues, bool errors)
{
    QSet<QString> result;
    for (const ValidationIssue &issue : issues) {
        if (issue.isError() == errors)
            result.insert(issue.field);
    }
    return result;
}

QStringList names(const char *spaced)
{
    return QString::fromLatin1(spaced).split(u' ', Qt::SkipEmptyParts);
}

QString describe(const ValidationIssues &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues)
        lines << (issue.isError() ? QStringLiteral("E ") : QStringLiteral("W ")) + issue.field + u' '
                + issue.text();
    return lines.join(u'\n');
}

} // namespace

class CorrectionValidatorTest : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock {QDateTime(QDate(2026, 5, 12), QTime(3, 0), QTimeZone::utc())};

    ValidationIssues validate(const Invoice &invoice, CorrectionKind kind,
        const InvoiceDetail &from = origin(), Decimal earlierAdjustments = Decimal())
    {
        InvoiceValidator::Context context;
        context.clock = &m_clock;
        return CorrectionValidator::validate(invoice, kind, from, context, earlierAdjustments);
    }

private Q_SLOTS:
    void lines_data()
    {
        QTest::addColumn<CorrectionKind>("kind");
        QTest::addColumn<QList<InvoiceLine>>("lines");
        QTest::addColumn<QStringList>("errors");
        QTest::addColumn<QStringList>("warnings");
        using K = CorrectionKind;
        const char *none = "";
        // errors and warnings: the fields with issues, separated by spaces.
        const auto row = [](const char *name, K kind, const QList<InvoiceLine> &lines, const char *errors,
                             const char *warnings = "") {
            QTest::newRow(name) << kind << lines << names(errors) << names(warnings);
        };
        // A replacement carries the whole corrected invoice: ordinary rules, positive values.
        row("replace: whole invoice", K::Replace, {goods("2", "140000"), goods("1", "50000")}, none);
        row("replace: negative quantity", K::Replace, {goods("-2", "140000")}, "items[0].quantity");
        // Increase: money lines that add.
        row("increase: the difference", K::Increase, {goods("1", "1000000")}, none);
        row("increase: negative quantity", K::Increase, {goods("-1", "1000000")}, "items[0].quantity items");
        row("increase: negative price", K::Increase, {goods("1", "-1000000")}, "items[0].unit_price items");
        row("increase: trade discount", K::Increase, {goods("2", "100000"), tradeDiscount("10000")},
            "items[1].line_type");
        row("increase: note only", K::Increase, {note()}, "items");
        // Decrease: negative amounts, by quantity or by price, never both.
        row("decrease: two returned", K::Decrease, {goods("-2", "150000")}, none);
        row("decrease: price lowered", K::Decrease, {goods("3", "-20000")}, none);
        row("decrease: with a note", K::Decrease, {goods("-1", "150000"), note()}, none);
        row("decrease: positive line", K::Decrease, {goods("2", "150000")}, "items[0].quantity items");
        row("decrease: both negative", K::Decrease, {goods("-2", "-150000")},
            "items[0].unit_price items[0].quantity items");
        row("decrease: discount on a negative line", K::Decrease, {discounted(goods("-2", "150000"), "1000")},
            "items[0].discount_amount");
        row("decrease: note only", K::Decrease, {note()}, "items");
        // Combined: each line its own sign.
        row("combined: up and down", K::Combined, {goods("3", "20000"), goods("1", "-50000")}, none);
        row("combined: all up", K::Combined, {goods("3", "20000")}, none, "items");
        row("combined: both negative", K::Combined, {goods("3", "20000"), goods("-1", "-50000")},
            "items[1].unit_price", "items");
        row("combined: note only", K::Combined, {note()}, "items");
        // Info: no money, only notes.
        row("info: a note", K::Info, {note()}, none);
        row("info: a goods line", K::Info, {goods("1", "0")}, "items[0].line_type");
        row("info: a negative goods line", K::Info, {goods("-1", "100")}, "items[0].line_type");
        row("info: no line", K::Info, {}, "items");
    }

    void lines()
    {
        QFETCH(CorrectionKind, kind);
        QFETCH(QList<InvoiceLine>, lines);
        QFETCH(QStringList, errors);
        QFETCH(QStringList, warnings);
        const ValidationIssues issues = validate(correction(lines), kind);
        QVERIFY2(fields(issues, true) == QSet<QString>(errors.cbegin(), errors.cend()),
            qPrintable(describe(issues)));
        QVERIFY2(fields(issues, false) == QSet<QString>(warnings.cbegin(), warnings.cend()),
            qPrintable(describe(issues)));
        for (const ValidationIssue &issue : issues)
            QVERIFY(!issue.text().isEmpty());
    }

    void referenceCode_isNotTheOrigins()
    {
        Invoice invoice = correction({goods("2", "140000")});
        invoice.referenceCode = QStringLiteral("ORDER-17");
        QCOMPARE(fields(validate(invoice, CorrectionKind::Replace), true),
            QSet<QString> {QStringLiteral("reference_code")});
        invoice.referenceCode.clear(); // generated later: fine
        QVERIFY(!hasErrors(validate(invoice, CorrectionKind::Replace)));
    }

    // A use pass typed 20, the line's new quantity, where the decrease of an invoice of 8 belonged:
    // a decrease of 54,000,000 on an invoice of 24,840,000 was issued.
    void decrease_cannotTakeOffMoreThanTheInvoiceIsWorth()
    {
        InvoiceDetail worth = origin();
        worth.summary.totalAmount = dec("24840000");
        const Invoice tooMuch = correction({goods("-20", "2500000", TaxRate::Eight)});
        QCOMPARE(fields(validate(tooMuch, CorrectionKind::Decrease, worth), true),
            QSet<QString> {QStringLiteral("items")});
        QCOMPARE(fields(validate(tooMuch, CorrectionKind::Combined, worth), true),
            QSet<QString> {QStringLiteral("items")});
        const Invoice all
            = correction({goods("-8", "2500000", TaxRate::Eight), goods("-1", "3000000", TaxRate::Eight)});
        QCOMPARE(computeTotals(all).grandTotal, dec("-24840000")); // to the last dong: allowed
        QVERIFY2(!hasErrors(validate(all, CorrectionKind::Decrease, worth)),
            qPrintable(describe(validate(all, CorrectionKind::Decrease, worth))));
        const Invoice fair = correction({goods("-2", "2500000", TaxRate::Eight)});
        QVERIFY(!hasErrors(validate(fair, CorrectionKind::Decrease, worth)));
    }

    // Two decreases of 60 % each took off more than the invoice was worth: a decrease is checked
    // against what the earlier adjustments left of the total; an earlier increase leaves more.
    void decrease_cannotTakeOffMoreThanEarlierAdjustmentsLeft()
    {
        InvoiceDetail worth = origin();
        worth.summary.totalAmount = dec("24840000");
        const Invoice sixtyPercent = correction({goods("-5", "2760000", TaxRate::Eight)});
        QCOMPARE(computeTotals(sixtyPercent).grandTotal, dec("-14904000"));
        QVERIFY(!hasErrors(validate(sixtyPercent, CorrectionKind::Decrease, worth)));
        const ValidationIssues second
            = validate(sixtyPercent, CorrectionKind::Decrease, worth, dec("-14904000"));
        QCOMPARE(fields(second, true), QSet<QString> {QStringLiteral("items")});
        QVERIFY2(describe(second).contains(QLatin1String("9936000")), qPrintable(describe(second)));
        QVERIFY(!hasErrors(validate(sixtyPercent, CorrectionKind::Decrease, worth, dec("-9936000"))));
        QVERIFY(hasErrors(validate(sixtyPercent, CorrectionKind::Decrease, worth, dec("-9936001"))));
        QVERIFY(!hasErrors(
            validate(sixtyPercent, CorrectionKind::Combined, worth, dec("-14904000") + dec("5000000"))));
    }

    void info_mayChangeBuyerAndNotes()
    {
        Invoice invoice = correction({note(QStringLiteral("Sửa địa chỉ: 9 Đường Số 9, Quận 3"))});
        invoice.buyer.address = QStringLiteral("9 Đường Số 9, Quận 3, TP.HCM");
        invoice.notes = QStringLiteral("Điều chỉnh thông tin người mua");
        QVERIFY2(!hasErrors(validate(invoice, CorrectionKind::Info)),
            qPrintable(describe(validate(invoice, CorrectionKind::Info))));
    }

    void info_refusesATotalAmount()
    {
        Invoice invoice = correction({note()});
        invoice.totalAmountOverride = 1000;
        QCOMPARE(fields(validate(invoice, CorrectionKind::Info), true),
            QSet<QString> {QStringLiteral("total_amount")});
    }

    void date_data()
    {
        QTest::addColumn<QDateTime>("nowUtc");
        QTest::addColumn<QDateTime>("issuedInVietnam");
        QTest::addColumn<QDate>("originDate");
        QTest::addColumn<bool>("refused");
        const QDateTime morning(QDate(2026, 5, 12), QTime(3, 0), QTimeZone::utc());
        QTest::newRow("after the origin") << morning << vn(2026, 5, 10, 9, 0) << QDate(2026, 5, 4) << false;
        QTest::newRow("same day") << morning << vn(2026, 5, 4, 8, 0) << QDate(2026, 5, 4) << false;
        QTest::newRow("the day before") << morning << vn(2026, 5, 3, 23, 59) << QDate(2026, 5, 4) << true;
        // 20:30 UTC is already the next day in Vietnam: "now in Vietnam" is not before an origin
        // issued that Vietnam day, the UTC date would be.
        const QDateTime evening(QDate(2026, 12, 4), QTime(20, 30), QTimeZone::utc());
        QTest::newRow("Vietnam now, origin today") << evening << evening << QDate(2026, 12, 5) << false;
        QTest::newRow("UTC wall date, origin today")
            << evening << QDateTime(QDate(2026, 12, 4), QTime(20, 30), Clock::vietnamTimeZone())
            << QDate(2026, 12, 5) << true;
    }

    void date()
    {
        QFETCH(QDateTime, nowUtc);
        QFETCH(QDateTime, issuedInVietnam);
        QFETCH(QDate, originDate);
        QFETCH(bool, refused);
        m_clock.setNowUtc(nowUtc);
        Invoice invoice = correction({goods("1", "100000")}, issuedInVietnam);
        invoice.invoiceSeries
            = QStringLiteral("C") + invoice.issuedAt.toString(QStringLiteral("yy")) + QStringLiteral("TAA");
        const ValidationIssues issues = validate(invoice, CorrectionKind::Increase, origin(originDate));
        QCOMPARE(fields(issues, true).contains(QStringLiteral("issued_date")), refused);
        QVERIFY2(fields(issues, true).size() == (refused ? 1 : 0), qPrintable(describe(issues)));
    }

    void totals_ofADecreaseAreNegativeAndReadAsMinus()
    {
        const InvoiceTotals totals = computeTotals(correction({goods("-2", "150000")}));
        QCOMPARE(totals.totalBeforeTax, dec("-300000"));
        QCOMPARE(totals.totalVat, dec("-30000"));
        QCOMPARE(totals.grandTotal, dec("-330000"));
        const qint64 whole = totals.grandTotal.units() / Decimal::One;
        QCOMPARE(amountInVietnameseWords(whole), QStringLiteral("Âm ba trăm ba mươi nghìn đồng"));
        QCOMPARE(amountInEnglishWords(whole), QStringLiteral("Minus three hundred and thirty thousand dong"));
    }

    void totals_roundNegativeVatAwayFromZeroLikePositive()
    {
        const InvoiceTotals down = computeTotals(correction({goods("-1", "12345", TaxRate::Eight)}));
        const InvoiceTotals up = computeTotals(correction({goods("1", "12345", TaxRate::Eight)}));
        QCOMPARE(up.totalVat, dec("988")); // 987.6
        QCOMPARE(down.totalVat, -up.totalVat);
        QCOMPARE(down.grandTotal, -up.grandTotal);
    }

    void totals_ofACombinedAdjustmentNetPerRate()
    {
        const InvoiceTotals totals = computeTotals(correction({goods("3", "20000"), goods("1", "-50000")}));
        QCOMPARE(totals.totalBeforeTax, dec("10000"));
        QCOMPARE(totals.totalVat, dec("1000"));
        QCOMPARE(totals.grandTotal, dec("11000"));
        const InvoiceTotals falling = computeTotals(correction({goods("1", "20000"), goods("1", "-50000")}));
        QCOMPARE(falling.grandTotal, dec("-33000"));
        QCOMPARE(amountInVietnameseWords(falling.grandTotal.units() / Decimal::One),
            QStringLiteral("Âm ba mươi ba nghìn đồng"));
    }

    void magnitudes_keepTheInvoiceButDropTheSigns()
    {
        Invoice invoice = correction({goods("-2", "150000"), goods("3", "-20000")});
        invoice.totalAmountOverride = -390000;
        const Invoice plain = CorrectionValidator::withMagnitudes(invoice);
        QCOMPARE(*plain.lines.at(0).quantity, dec("2"));
        QCOMPARE(*plain.lines.at(1).unitPrice, dec("20000"));
        QVERIFY(!plain.totalAmountOverride);
        QCOMPARE(invoice.lines.at(0).quantity, dec("-2")); // the original is untouched
    }
};

QTEST_GUILESS_MAIN(CorrectionValidatorTest)
#include "tst_correctionvalidator.moc"
