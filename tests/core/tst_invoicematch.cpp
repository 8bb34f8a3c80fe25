// InvoiceMatch: the invoice a server holds under a reference code is "ours" only when buyer,
// lines and total agree as far as the detail shows them; spelling of spaces and case, and
// rounding to the detail's two decimals, are not differences.

#include "core/invoicefieldnames.h"
#include "core/invoicematch.h"
#include "core/totals.h"

#include <QTest>

using namespace einvoice;

namespace {

Invoice sent()
{
    Invoice invoice;
    invoice.templateCode = QStringLiteral("1");
    invoice.buyer.name = QStringLiteral("Công ty Mẫu");
    invoice.buyer.taxCode = QStringLiteral("0312456782");
    invoice.issuedAt = QDateTime(QDate(2026, 12, 4), QTime(9, 30));
    InvoiceLine widget;
    widget.itemName = QStringLiteral("Widget");
    widget.quantity = Decimal::fromString(u"2.125");
    widget.unitPrice = Decimal::fromInteger(150000);
    widget.taxRate = TaxRate::Ten;
    InvoiceLine note;
    note.lineNumber = 2;
    note.lineType = LineType::Note;
    note.itemName = QStringLiteral("Giao hàng tại kho");
    invoice.lines = {widget, note};
    return invoice;
}

// The detail a server would answer for invoice.
InvoiceDetail detailOf(const Invoice &invoice)
{
    InvoiceDetail detail;
    detail.summary.buyer = invoice.buyer;
    detail.summary.totalAmount = computeTotals(invoice).grandTotal;
    detail.summary.issuedDate = invoice.issuedAt.date();
    for (const InvoiceLine &line : invoice.lines) {
        RemoteInvoiceLine remote;
        remote.lineType = line.lineType;
        remote.itemName = line.itemName;
        const bool note = line.lineType == LineType::Note;
        remote.quantity = note ? Decimal() : line.quantity.value_or(Decimal::fromInteger(1)).rounded(2);
        remote.unitPrice = line.unitPrice.value_or(Decimal()).rounded(2);
        detail.lines.append(remote);
    }
    return detail;
}

} // namespace

class TestInvoiceMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameInvoice_asTheServerShowsIt_matches()
    {
        const Invoice invoice = sent();
        InvoiceDetail detail = detailOf(invoice);
        QCOMPARE(InvoiceMatch::differences(invoice, detail), QStringList());
        detail.summary.buyer.name = QStringLiteral("  CÔNG TY   mẫu ");
        detail.summary.buyer.taxCode = QStringLiteral("0312-456-782");
        detail.summary.totalAmount += Decimal::fromInteger(1); // rounded per line by the server
        QCOMPARE(InvoiceMatch::differences(invoice, detail), QStringList());
        detail.lines.clear(); // a detail without items compares the rest
        detail.summary.buyer.name.clear();
        QCOMPARE(InvoiceMatch::differences(invoice, detail), QStringList());
    }

    void otherContent_namesEachField_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("buyer") << QStringLiteral("buyer") << QStringList {QStringLiteral("buyer.name")};
        QTest::newRow("tax code") << QStringLiteral("tax") << QStringList {QStringLiteral("buyer.tax_code")};
        QTest::newRow("quantity") << QStringLiteral(
            "quantity") << QStringList {QStringLiteral("items[0].quantity"), QStringLiteral("total_amount")};
        QTest::newRow("price") << QStringLiteral(
            "price") << QStringList {QStringLiteral("items[0].unit_price"), QStringLiteral("total_amount")};
        QTest::newRow("item name") << QStringLiteral("name")
                                   << QStringList {QStringLiteral("items[1].item_name")};
        QTest::newRow("line count") << QStringLiteral("lines") << QStringList {QStringLiteral("items")};
        // The same file name and key a year later: another invoice, never adopted as this one.
        QTest::newRow("date") << QStringLiteral("date") << QStringList {QStringLiteral("issued_date")};
    }

    void otherContent_namesEachField()
    {
        QFETCH(QString, change);
        QFETCH(QStringList, fields);
        const Invoice invoice = sent();
        Invoice other = invoice;
        if (change == QLatin1String("buyer"))
            other.buyer.name = QStringLiteral("Công ty Khác");
        else if (change == QLatin1String("tax"))
            other.buyer.taxCode = QStringLiteral("0101243150");
        else if (change == QLatin1String("quantity"))
            other.lines[0].quantity = Decimal::fromInteger(3);
        else if (change == QLatin1String("price"))
            other.lines[0].unitPrice = Decimal::fromInteger(160000);
        else if (change == QLatin1String("name"))
            other.lines[1].itemName = QStringLiteral("Giao hàng tận nơi");
        else if (change == QLatin1String("date"))
            other.issuedAt = invoice.issuedAt.addYears(1);
        else
            other.lines.removeLast();
        QCOMPARE(InvoiceMatch::differences(invoice, detailOf(other)), fields);
    }

    // Issue 16.13: what differs is told to people by name, not by wire field.
    void differences_areNamedForPeople()
    {
        QCOMPARE(InvoiceFieldNames::describe(
                     {QStringLiteral("buyer.tax_code"), QStringLiteral("items[1].quantity"),
                         QStringLiteral("issued_date"), QStringLiteral("items[2]")}),
            QStringLiteral("Tax code, Line 2, Quantity, Issued at, Line 3"));
        QCOMPARE(InvoiceFieldNames::label(QStringLiteral("something_new")), QStringLiteral("something_new"));
    }
};

QTEST_APPLESS_MAIN(TestInvoiceMatch)
#include "tst_invoicematch.moc"
