#include "core/validationissue.h"
#include "editor/editorroles.h"
#include "editor/invoicelinesmodel.h"
#include "editor/linecolumns.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace einvoice;

class TestInvoiceLinesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void setData_parsesVietnameseNumbersAndShowsGrouping();
    void setData_rejectsUnreadableNumber();
    void amount_isComputedFromQuantityPriceAndDiscount();
    void lines_areNumberedInRowOrder();
    void duplicateAndMove_keepContent();
    void removeRows_dropsLines();
    void lettersInNumberCell_stayInSightAsAnError();
    void removeLine_restoreRemovedLinePutsItBack();
    void lines_leaveOutTrailingBlankLines();
    void taxRate_notEditableOnSalesInvoice();
    void noteLine_onlyNameAndTypeEditable();
    void setIssues_marksTheCellsOfTheirPaths();
    void fillLine_copiesProductValues();
    void cellForPath_readsItemPaths_data();
    void cellForPath_readsItemPaths();

private:
    InvoiceLinesModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestInvoiceLinesModel::init()
{
    m_model = new InvoiceLinesModel(this);
    m_tester
        = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestInvoiceLinesModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestInvoiceLinesModel::setData_parsesVietnameseNumbersAndShowsGrouping()
{
    const int row = m_model->appendLine();
    QSignalSpy changed(m_model, &InvoiceLinesModel::linesChanged);
    QVERIFY(m_model->setData(m_model->index(row, LineColumns::UnitPrice), QStringLiteral("1.500.000")));
    QVERIFY(m_model->setData(m_model->index(row, LineColumns::Quantity), QStringLiteral("2,5")));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_model->line(row).unitPrice, Decimal::fromInteger(1500000));
    QCOMPARE(m_model->line(row).quantity, Decimal::fromString(u"2.5"));
    QCOMPARE(m_model->index(row, LineColumns::UnitPrice).data().toString(), QStringLiteral("1.500.000"));
    QCOMPARE(m_model->index(row, LineColumns::Quantity).data().toString(), QStringLiteral("2,5"));
    QCOMPARE(m_model->index(row, LineColumns::UnitPrice).data(editorroles::RawValueRole).toLongLong(),
        qint64(1500000) * Decimal::One);

    QVERIFY(m_model->setData(m_model->index(row, LineColumns::UnitPrice), QStringLiteral("1500000")));
    QCOMPARE(changed.count(), 2); // same value: no change signal
    QVERIFY(m_model->setData(m_model->index(row, LineColumns::Quantity), QString()));
    QVERIFY(!m_model->line(row).quantity.has_value());
    QVERIFY(!m_model->index(row, LineColumns::Quantity).data(editorroles::RawValueRole).isValid());
}

void TestInvoiceLinesModel::setData_rejectsUnreadableNumber()
{
    const int row = m_model->appendLine();
    QVERIFY(m_model->setData(m_model->index(row, LineColumns::UnitPrice), QStringLiteral("100")));
    // An unreadable number is kept as text with an error (lettersInNumberCell_...), never a guess.
    QVERIFY(m_model->setData(m_model->index(row, LineColumns::UnitPrice), QStringLiteral("1.00.0")));
    QVERIFY(!m_model->line(row).unitPrice.has_value());
    QCOMPARE(m_model->inputIssues().size(), 1);
    QVERIFY(!m_model->setData(m_model->index(row, LineColumns::TaxRate), 7));
    QVERIFY(!m_model->setData(m_model->index(row, LineColumns::LineType), 9));
}

void TestInvoiceLinesModel::amount_isComputedFromQuantityPriceAndDiscount()
{
    const int row = m_model->appendLine();
    m_model->setData(m_model->index(row, LineColumns::UnitPrice), QStringLiteral("1.000.000"));
    m_model->setData(m_model->index(row, LineColumns::DiscountPercent), QStringLiteral("10"));
    const QModelIndex amount = m_model->index(row, LineColumns::Amount);
    // No quantity yet: no amount (the totals would take it as 1; an adjustment leaves the line out).
    QCOMPARE(amount.data().toString(), QString());
    QVERIFY(!amount.data(editorroles::RawValueRole).isValid());
    m_model->setData(m_model->index(row, LineColumns::Quantity), QStringLiteral("3"));
    QCOMPARE(amount.data().toString(), QStringLiteral("2.700.000"));
    QCOMPARE(amount.data(editorroles::RawValueRole).toLongLong(), qint64(2700000) * Decimal::One);
    QVERIFY(!(m_model->flags(amount) & Qt::ItemIsEditable));
}

void TestInvoiceLinesModel::lines_areNumberedInRowOrder()
{
    for (int i = 0; i < 3; ++i) {
        const int row = m_model->appendLine();
        m_model->setData(m_model->index(row, LineColumns::ItemName), QStringLiteral("Item %1").arg(i));
    }
    const QList<InvoiceLine> lines = m_model->lines();
    QCOMPARE(lines.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(lines.at(i).lineNumber, i + 1);
        QCOMPARE(lines.at(i).itemName, QStringLiteral("Item %1").arg(i));
    }
}

void TestInvoiceLinesModel::duplicateAndMove_keepContent()
{
    for (const char *name : {"A", "B", "C"}) {
        const int row = m_model->appendLine();
        m_model->setData(m_model->index(row, LineColumns::ItemName), QString::fromLatin1(name));
    }
    QVERIFY(m_model->duplicateLine(0));
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->line(1).itemName, QStringLiteral("A"));
    QVERIFY(m_model->moveLine(3, 0)); // C to the top
    QCOMPARE(m_model->line(0).itemName, QStringLiteral("C"));
    QVERIFY(m_model->moveLine(0, 3)); // and back to the bottom
    QCOMPARE(m_model->line(3).itemName, QStringLiteral("C"));
    QVERIFY(m_model->moveLine(1, 2));
    QCOMPARE(m_model->line(1).itemName, QStringLiteral("B"));
    QCOMPARE(m_model->line(2).itemName, QStringLiteral("A"));
    QVERIFY(!m_model->moveLine(0, 4));
    QVERIFY(!m_model->duplicateLine(7));
}

void TestInvoiceLinesModel::removeRows_dropsLines()
{
    for (int i = 0; i < 3; ++i)
        m_model->appendLine();
    m_model->setData(m_model->index(2, LineColumns::ItemName), QStringLiteral("last"));
    QVERIFY(m_model->removeRows(0, 2));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->line(0).itemName, QStringLiteral("last"));
    QVERIFY(!m_model->removeRows(0, 2));
}

// Issue 16.4: letters typed into a quantity vanished silently.
void TestInvoiceLinesModel::lettersInNumberCell_stayInSightAsAnError()
{
    for (int i = 0; i < 2; ++i)
        m_model->setData(m_model->index(m_model->appendLine(), LineColumns::ItemName), QStringLiteral("x"));
    const QModelIndex quantity = m_model->index(1, LineColumns::Quantity);
    QVERIFY(m_model->setData(quantity, QStringLiteral("2")));
    QSignalSpy changed(m_model, &InvoiceLinesModel::linesChanged);
    QVERIFY(m_model->setData(quantity, QStringLiteral(" hai ")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(quantity.data().toString(), QStringLiteral("hai"));
    QCOMPARE(quantity.data(Qt::EditRole).toString(), QStringLiteral("hai"));
    QVERIFY(!m_model->line(1).quantity.has_value()); // no stale number behind the text
    ValidationIssues issues = m_model->inputIssues();
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.first().isError());
    QCOMPARE(issues.first().field, QStringLiteral("items[1].quantity"));
    QVERIFY(issues.first().text().contains(QStringLiteral("hai")));
    // The text moves with its line.
    QVERIFY(m_model->moveLine(1, 0));
    QCOMPARE(m_model->inputIssues().value(0).field, QStringLiteral("items[0].quantity"));
    QCOMPARE(m_model->index(0, LineColumns::Quantity).data().toString(), QStringLiteral("hai"));
    m_model->insertRows(0, 1);
    QCOMPARE(m_model->inputIssues().value(0).field, QStringLiteral("items[1].quantity"));
    QVERIFY(m_model->setData(m_model->index(1, LineColumns::Quantity), QStringLiteral("3")));
    QVERIFY(m_model->inputIssues().isEmpty());
    QCOMPARE(m_model->index(1, LineColumns::Quantity).data().toString(), QStringLiteral("3"));
}

// Issue 16.2: removed lines come back in their place.
void TestInvoiceLinesModel::removeLine_restoreRemovedLinePutsItBack()
{
    for (const char *name : {"A", "B", "C"})
        m_model->setData(
            m_model->index(m_model->appendLine(), LineColumns::ItemName), QString::fromLatin1(name));
    QCOMPARE(m_model->restoreRemovedLine(), -1);
    QVERIFY(m_model->removeLine(1));
    QVERIFY(m_model->removeLine(1));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->restoreRemovedLine(), 1);
    QCOMPARE(m_model->line(1).itemName, QStringLiteral("C"));
    QCOMPARE(m_model->restoreRemovedLine(), 1);
    QCOMPARE(m_model->line(1).itemName, QStringLiteral("B"));
    QCOMPARE(m_model->line(2).itemName, QStringLiteral("C"));
    QCOMPARE(m_model->restoreRemovedLine(), -1);
    QVERIFY(m_model->removeLine(0));
    m_model->setLines({});
    QCOMPARE(m_model->restoreRemovedLine(), -1);
}

// Issue 16.3: the empty line Tab adds past the last cell is not part of the invoice.
void TestInvoiceLinesModel::lines_leaveOutTrailingBlankLines()
{
    m_model->appendLine();
    m_model->setData(m_model->index(m_model->appendLine(), LineColumns::ItemName), QStringLiteral("B"));
    m_model->appendLine();
    m_model->setData(m_model->index(m_model->appendLine(), LineColumns::ItemName), QStringLiteral("  "));
    QCOMPARE(m_model->rowCount(), 4);
    const QList<InvoiceLine> lines = m_model->lines();
    QCOMPARE(lines.size(), 2); // the blank first line stays: it is not at the end
    QCOMPARE(lines.at(1).itemName, QStringLiteral("B"));
}

void TestInvoiceLinesModel::taxRate_notEditableOnSalesInvoice()
{
    const int row = m_model->appendLine();
    const QModelIndex rate = m_model->index(row, LineColumns::TaxRate);
    QVERIFY(m_model->flags(rate) & Qt::ItemIsEditable);
    QVERIFY(m_model->setData(rate, toWire(TaxRate::Eight)));
    QCOMPARE(rate.data().toString(), QStringLiteral("8%"));
    m_model->setVatInvoice(false);
    QVERIFY(!(m_model->flags(rate) & Qt::ItemIsEditable));
    QCOMPARE(rate.data().toString(), QString());
}

void TestInvoiceLinesModel::noteLine_onlyNameAndTypeEditable()
{
    const int row = m_model->appendLine();
    QVERIFY(m_model->setData(m_model->index(row, LineColumns::LineType), toWire(LineType::Note)));
    QVERIFY(m_model->flags(m_model->index(row, LineColumns::ItemName)) & Qt::ItemIsEditable);
    QVERIFY(!(m_model->flags(m_model->index(row, LineColumns::Quantity)) & Qt::ItemIsEditable));
    QCOMPARE(m_model->index(row, LineColumns::Amount).data().toString(), QString());
    QCOMPARE(m_model->index(row, LineColumns::LineType).data().toString(),
        InvoiceLinesModel::lineTypeLabel(LineType::Note));
}

void TestInvoiceLinesModel::setIssues_marksTheCellsOfTheirPaths()
{
    m_model->appendLine();
    m_model->appendLine();
    ValidationIssue quantity {ValidationIssue::Severity::Error, QStringLiteral("items[1].quantity"),
        QT_TRANSLATE_NOOP("einvoice::Validation", "A goods line needs a quantity."), {}};
    ValidationIssue whole {ValidationIssue::Severity::Warning, QStringLiteral("items[0]"), "x", {}};
    ValidationIssue outside {ValidationIssue::Severity::Error, QStringLiteral("buyer.tax_code"), "y", {}};
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setIssues({quantity, whole, outside});
    QCOMPARE(changed.count(), 1);
    const QModelIndex cell = m_model->index(1, LineColumns::Quantity);
    QVERIFY(cell.data(editorroles::HasErrorRole).toBool());
    QCOMPARE(cell.data(editorroles::IssueTextRole).toString(), quantity.text());
    QCOMPARE(cell.data(editorroles::FieldPathRole).toString(), QStringLiteral("items[1].quantity"));
    const QModelIndex name = m_model->index(0, LineColumns::ItemName);
    QVERIFY(!name.data(editorroles::HasErrorRole).toBool());
    QCOMPARE(name.data(editorroles::IssueTextRole).toString(), QStringLiteral("x"));
    QVERIFY(!m_model->index(0, LineColumns::Quantity).data(editorroles::HasErrorRole).toBool());
    m_model->setIssues({});
    QCOMPARE(cell.data(editorroles::IssueTextRole).toString(), QString());
}

void TestInvoiceLinesModel::fillLine_copiesProductValues()
{
    const int row = m_model->appendLine();
    m_model->setData(m_model->index(row, LineColumns::Quantity), QStringLiteral("2"));
    InvoiceLine product;
    product.itemCode = QStringLiteral("SP01");
    product.itemName = QStringLiteral("Bàn phím");
    product.unit = QStringLiteral("cái");
    product.unitPrice = Decimal::fromInteger(350000);
    product.taxRate = TaxRate::Ten;
    QSignalSpy changed(m_model, &InvoiceLinesModel::linesChanged);
    m_model->fillLine(row, product);
    QCOMPARE(changed.count(), 1);
    const InvoiceLine &line = m_model->line(row);
    QCOMPARE(line.itemCode, product.itemCode);
    QCOMPARE(line.itemName, product.itemName);
    QCOMPARE(line.unitPrice, product.unitPrice);
    QCOMPARE(line.taxRate, std::optional<TaxRate>(TaxRate::Ten));
    QCOMPARE(line.quantity, Decimal::fromInteger(2));
}

void TestInvoiceLinesModel::cellForPath_readsItemPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");

    QTest::newRow("quantity") << QStringLiteral("items[2].quantity") << 2 << int(LineColumns::Quantity);
    QTest::newRow("discount percent")
        << QStringLiteral("items[0].discount_tax") << 0 << int(LineColumns::DiscountPercent);
    QTest::newRow("stated amount") << QStringLiteral("items[11].before_discount_and_tax_amount") << 11
                                   << int(LineColumns::Amount);
    QTest::newRow("whole line") << QStringLiteral("items[3]") << 3 << -1;
    QTest::newRow("buyer") << QStringLiteral("buyer.tax_code") << -1 << -1;
    QTest::newRow("items list") << QStringLiteral("items") << -1 << -1;
}

void TestInvoiceLinesModel::cellForPath_readsItemPaths()
{
    QFETCH(QString, path);
    QFETCH(int, row);
    QFETCH(int, column);

    const std::optional<LineColumns::Cell> cell = LineColumns::cellForPath(path);
    QCOMPARE(cell.has_value(), row >= 0);
    if (cell) {
        QCOMPARE(cell->row, row);
        QCOMPARE(cell->column, column);
        if (column >= 0)
            QCOMPARE(LineColumns::pathForCell(row, column), path);
    }
}

QTEST_MAIN(TestInvoiceLinesModel)
#include "tst_invoicelinesmodel.moc"
