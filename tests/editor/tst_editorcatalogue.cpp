#include "../spreadsheet/openpyxlview.h"
#include "editor/invoicelinesmodel.h"
#include "editor/linecolumns.h"
#include "editorsandboxfixture.h"
#include "ui/editor/cataloguemanagerdialog.h"
#include "ui/editor/linestable.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;
using namespace einvoice::editortest;

// The customer and product catalogue in the editor (issue 6): autocomplete of buyers and items,
// invoices remembered when issued, and the catalogue manager, all on a real SQLite file and the
// real sandbox server.
class TestEditorCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void buyerName_pickingASuggestionFillsTheWholeBuyer();
    void buyerTaxCode_pickingASuggestionFillsTheWholeBuyer();
    void itemName_pickingASuggestionFillsTheLine();
    void issuing_remembersBuyerAndItemsForTheNextInvoice();
    void manager_listsEditsAndDeletesEntriesInSqlite();

private:
    static Buyer binhMinh();
    static Buyer bacHa();
    void focusAndType(const char *name, const QString &text);
    QAbstractItemView *popupOf(const QString &editName);
    void pickFirst(QAbstractItemView *popup);
    // The catalogue as another connection to the same file sees it.
    QList<Customer> storedCustomers() const;
    QList<Product> storedProducts() const;

    std::unique_ptr<SandboxEditor> m_editor;
};

Buyer TestEditorCatalogue::binhMinh()
{
    Buyer buyer;
    buyer.type = BuyerType::Company;
    buyer.name = QStringLiteral("Công ty TNHH Bình Minh");
    buyer.legalName = QStringLiteral("Công ty Trách nhiệm hữu hạn Bình Minh");
    buyer.taxCode = QStringLiteral("0100109106");
    buyer.address = QStringLiteral("12 Lê Lợi, Quận 1, TP. Hồ Chí Minh");
    buyer.email = QStringLiteral("ketoan@binhminh.vn");
    buyer.phone = QStringLiteral("0283 123 456");
    buyer.buyerCode = QStringLiteral("KH-007");
    return buyer;
}

Buyer TestEditorCatalogue::bacHa()
{
    Buyer buyer;
    buyer.type = BuyerType::Company;
    buyer.name = QStringLiteral("Công ty Cổ phần Bắc Hà");
    buyer.taxCode = QStringLiteral("0312345679");
    buyer.address = QStringLiteral("5 Trần Phú, Hà Nội");
    return buyer;
}

void TestEditorCatalogue::init()
{
    m_editor = std::make_unique<SandboxEditor>();
    QVERIFY(m_editor->start());
}

void TestEditorCatalogue::cleanup()
{
    QLocale::setDefault(QLocale::c());
    m_editor.reset();
}

void TestEditorCatalogue::focusAndType(const char *name, const QString &text)
{
    auto *edit = m_editor->child<QWidget>(name);
    QVERIFY(edit);
    edit->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), edit);
    typeText(text);
}

QAbstractItemView *TestEditorCatalogue::popupOf(const QString &editName)
{
    const QString name = editName + QStringLiteral("Completions");
    QAbstractItemView *found = nullptr;
    (void)QTest::qWaitFor([&] {
        for (QWidget *widget : QApplication::allWidgets()) {
            auto *view = qobject_cast<QAbstractItemView *>(widget);
            if (view && view->objectName() == name && view->isVisible())
                found = view;
        }
        return found != nullptr;
    });
    return found;
}

void TestEditorCatalogue::pickFirst(QAbstractItemView *popup)
{
    QVERIFY(popup);
    QTest::keyClick(popup, Qt::Key_Down);
    QCOMPARE(popup->currentIndex().row(), 0);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_VERIFY(!popup->isVisible());
}

QList<Customer> TestEditorCatalogue::storedCustomers() const
{
    Database other;
    if (!other.open(m_editor->databasePath()).ok())
        return {};
    return CatalogueRepository(other).customers().list(QStringLiteral("demo")).value();
}

QList<Product> TestEditorCatalogue::storedProducts() const
{
    Database other;
    if (!other.open(m_editor->databasePath()).ok())
        return {};
    return CatalogueRepository(other).products().list(QStringLiteral("demo")).value();
}

void TestEditorCatalogue::buyerName_pickingASuggestionFillsTheWholeBuyer()
{
    for (const Buyer &buyer : {bacHa(), binhMinh()}) {
        Customer customer;
        customer.environment = QStringLiteral("demo");
        customer.buyer = buyer;
        QVERIFY(m_editor->catalogue->customers().save(customer).ok());
    }
    focusAndType("buyerNameEdit", QStringLiteral("binh")); // no accents, lower case
    QAbstractItemView *popup = popupOf(QStringLiteral("buyerNameEdit"));
    QVERIFY(popup);
    QCOMPARE(popup->model()->rowCount(), 1); // Bắc Hà does not match
    QVERIFY(popup->model()->index(0, 0).data().toString().contains(QStringLiteral("0100109106")));
    pickFirst(popup);
    QCOMPARE(m_editor->child<QLineEdit>("buyerNameEdit")->text(), binhMinh().name);
    QCOMPARE(m_editor->child<QLineEdit>("buyerLegalNameEdit")->text(), binhMinh().legalName);
    QCOMPARE(m_editor->child<QLineEdit>("buyerTaxCodeEdit")->text(), binhMinh().taxCode);
    QCOMPARE(m_editor->child<QLineEdit>("buyerAddressEdit")->text(), binhMinh().address);
    QCOMPARE(m_editor->child<QLineEdit>("buyerEmailEdit")->text(), binhMinh().email);
    QCOMPARE(m_editor->child<QLineEdit>("buyerPhoneEdit")->text(), binhMinh().phone);
    QCOMPARE(m_editor->child<QLineEdit>("buyerCodeEdit")->text(), binhMinh().buyerCode);
    QCOMPARE(m_editor->page->invoice().buyer, binhMinh());
    for (const ValidationIssue &issue : m_editor->page->issues())
        QVERIFY2(!issue.field.startsWith(QLatin1String("buyer")), qPrintable(issue.field));
}

void TestEditorCatalogue::buyerTaxCode_pickingASuggestionFillsTheWholeBuyer()
{
    for (const Buyer &buyer : {binhMinh(), bacHa()}) {
        Customer customer;
        customer.environment = QStringLiteral("demo");
        customer.buyer = buyer;
        QVERIFY(m_editor->catalogue->customers().save(customer).ok());
    }
    focusAndType("buyerTaxCodeEdit", QStringLiteral("0312"));
    QAbstractItemView *popup = popupOf(QStringLiteral("buyerTaxCodeEdit"));
    QVERIFY(popup);
    QCOMPARE(popup->model()->rowCount(), 1);
    pickFirst(popup);
    QCOMPARE(m_editor->child<QLineEdit>("buyerTaxCodeEdit")->text(), QStringLiteral("0312345679"));
    QCOMPARE(m_editor->child<QLineEdit>("buyerNameEdit")->text(), bacHa().name);
    QCOMPARE(m_editor->child<QLineEdit>("buyerAddressEdit")->text(), bacHa().address);
    QCOMPARE(m_editor->page->invoice().buyer, bacHa());
}

void TestEditorCatalogue::itemName_pickingASuggestionFillsTheLine()
{
    Product keyboard;
    keyboard.environment = QStringLiteral("demo");
    keyboard.code = QStringLiteral("SP01");
    keyboard.name = QStringLiteral("Bàn phím cơ");
    keyboard.unit = QStringLiteral("cái");
    keyboard.defaultPrice = Decimal::fromInteger(1500000);
    keyboard.defaultTaxRate = TaxRate::Eight;
    QVERIFY(m_editor->catalogue->products().save(keyboard).ok());
    Product book = keyboard;
    book.code = QStringLiteral("SP02");
    book.name = QStringLiteral("Sách hướng dẫn");
    book.defaultTaxRate = TaxRate::Five;
    QVERIFY(m_editor->catalogue->products().save(book).ok());

    LinesTable *table = m_editor->page->linesTable();
    table->setFocus();
    table->setCurrentIndex(m_editor->page->linesModel()->index(0, LineColumns::ItemName));
    typeText(QStringLiteral("ban ph")); // starts the cell editor, searches without accents
    QAbstractItemView *popup = popupOf(QStringLiteral("lineEditor_item_name"));
    QVERIFY(popup);
    QCOMPARE(popup->model()->rowCount(), 1);
    pickFirst(popup);
    pressKey(Qt::Key_Tab); // commits the name cell
    const InvoiceLine line = m_editor->page->linesModel()->lines().value(0);
    QCOMPARE(line.itemName, QStringLiteral("Bàn phím cơ"));
    QCOMPARE(line.itemCode, QStringLiteral("SP01"));
    QCOMPARE(line.unit, QStringLiteral("cái"));
    QCOMPARE(line.unitPrice, std::optional<Decimal>(Decimal::fromInteger(1500000)));
    QCOMPARE(line.taxRate, std::optional<TaxRate>(TaxRate::Eight));
    QCOMPARE(m_editor->page->linesModel()->rowCount(), 1);
}

void TestEditorCatalogue::issuing_remembersBuyerAndItemsForTheNextInvoice()
{
    QVERIFY(m_editor->chooseActiveAccount());
    focusAndType("buyerNameEdit", binhMinh().name);
    focusAndType("buyerTaxCodeEdit", binhMinh().taxCode);
    focusAndType("buyerAddressEdit", binhMinh().address);
    LinesTable *table = m_editor->page->linesTable();
    table->setFocus();
    table->setCurrentIndex(m_editor->page->linesModel()->index(0, LineColumns::ItemCode));
    for (const QString &cell :
        {QStringLiteral("SP09"), QStringLiteral("Màn hình 27 inch"), QStringLiteral("chiếc"),
            QStringLiteral("1"), QStringLiteral("4.200.000"), QString(), QString(), QStringLiteral("10")}) {
        if (!cell.isEmpty())
            typeText(cell);
        pressKey(Qt::Key_Tab);
    }
    pressKey(Qt::Key_Escape);
    QTRY_COMPARE(m_editor->page->linesModel()->rowCount(), 2);
    m_editor->page->linesModel()->removeRows(1, 1);
    QVERIFY2(!hasErrors(m_editor->page->issues()), qPrintable(m_editor->page->issues().value(0).text()));

    // A server draft is not remembered; only an issued invoice is.
    m_editor->page->saveDraft();
    QTRY_COMPARE_WITH_TIMEOUT(m_editor->page->stage(), InvoiceEditorPage::Stage::ServerDraft, 10000);
    QVERIFY(storedCustomers().isEmpty());
    m_editor->page->issueServerDraft();
    QTRY_COMPARE_WITH_TIMEOUT(m_editor->page->stage(), InvoiceEditorPage::Stage::Issued, 10000);

    const QList<Customer> customers = storedCustomers();
    QCOMPARE(customers.size(), 1);
    QCOMPARE(customers.first().buyer.name, binhMinh().name);
    QCOMPARE(customers.first().buyer.taxCode, binhMinh().taxCode);
    QCOMPARE(customers.first().buyer.address, binhMinh().address);
    QCOMPARE(customers.first().useCount, 1);
    const QList<Product> products = storedProducts();
    QCOMPARE(products.size(), 1);
    QCOMPARE(products.first().code, QStringLiteral("SP09"));
    QCOMPARE(products.first().name, QStringLiteral("Màn hình 27 inch"));
    QCOMPARE(products.first().unit, QStringLiteral("chiếc"));
    QCOMPARE(products.first().defaultPrice, std::optional<Decimal>(Decimal::fromInteger(4200000)));
    QCOMPARE(products.first().defaultTaxRate, std::optional<TaxRate>(TaxRate::Ten));

    // The next invoice completes from what was issued.
    m_editor->page->newInvoice();
    QVERIFY(m_editor->page->invoice().buyer.name.isEmpty());
    focusAndType("buyerNameEdit", QStringLiteral("Bình M"));
    pickFirst(popupOf(QStringLiteral("buyerNameEdit")));
    QCOMPARE(m_editor->page->invoice().buyer.address, binhMinh().address);
    QCOMPARE(m_editor->page->invoice().buyer.taxCode, binhMinh().taxCode);
}

void TestEditorCatalogue::manager_listsEditsAndDeletesEntriesInSqlite()
{
    for (const Buyer &buyer : {binhMinh(), bacHa()}) {
        QVERIFY(m_editor->catalogue->customers()
                    .remember(QStringLiteral("demo"), buyer, QDateTime::currentDateTimeUtc())
                    .ok());
    }
    Product keyboard;
    keyboard.environment = QStringLiteral("demo");
    keyboard.code = QStringLiteral("SP01");
    keyboard.name = QStringLiteral("Bàn phím cơ");
    keyboard.unit = QStringLiteral("cái");
    keyboard.defaultPrice = Decimal::fromInteger(1500000);
    QVERIFY(m_editor->catalogue->products().save(keyboard).ok());

    auto *open = m_editor->child<QPushButton>("catalogueButton");
    QVERIFY(open && open->isEnabled());
    open->click();
    CatalogueManagerDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_editor->page->findChild<CatalogueManagerDialog *>()) && dialog->isVisible());
    QTableWidget *customers = dialog->customersTable();
    QCOMPARE(customers->rowCount(), 2);
    QStringList names {customers->item(0, 0)->text(), customers->item(1, 0)->text()};
    names.sort();
    QCOMPARE(names, QStringList({bacHa().name, binhMinh().name}));
    QCOMPARE(dialog->productsTable()->rowCount(), 1);
    QCOMPARE(dialog->productsTable()->item(0, 3)->text(), QStringLiteral("1.500.000"));

    // Edit Bắc Hà's address from the keyboard: F2, replace, Enter.
    const int bacHaRow = customers->item(0, 0)->text() == bacHa().name ? 0 : 1;
    QTRY_VERIFY(dialog->isActiveWindow() || QTest::qWaitForWindowActive(dialog));
    customers->setFocus();
    customers->setCurrentCell(bacHaRow, 2);
    QTest::keyClick(customers, Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    pressKey(Qt::Key_A, Qt::ControlModifier);
    typeText(QStringLiteral("88 Nguyễn Huệ, Huế"));
    pressKey(Qt::Key_Return);
    const auto addressStored = [this] {
        const QList<Customer> stored = storedCustomers();
        return std::any_of(stored.cbegin(), stored.cend(), [](const Customer &c) {
            return c.buyer.taxCode == bacHa().taxCode
                && c.buyer.address == QStringLiteral("88 Nguyễn Huệ, Huế");
        });
    };
    QTRY_VERIFY(addressStored());
    QCOMPARE(customers->rowCount(), 2);

    // Change the product's price, written the Vietnamese way.
    QTableWidget *products = dialog->productsTable();
    products->setCurrentCell(0, 3);
    products->setFocus();
    QTest::keyClick(products, Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    pressKey(Qt::Key_A, Qt::ControlModifier);
    typeText(QStringLiteral("1.750.000"));
    pressKey(Qt::Key_Return);
    QTRY_COMPARE(
        storedProducts().value(0).defaultPrice, std::optional<Decimal>(Decimal::fromInteger(1750000)));
    QCOMPARE(storedProducts().value(0).name, QStringLiteral("Bàn phím cơ"));

    // A price that is no number in the UI's convention is refused with a message, never dropped;
    // in English the comma groups thousands.
    const auto typePrice = [&](const QString &text) {
        products->setCurrentCell(0, 3);
        products->setFocus();
        QTest::keyClick(products, Qt::Key_F2);
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        pressKey(Qt::Key_A, Qt::ControlModifier);
        typeText(text);
        pressKey(Qt::Key_Return);
    };
    typePrice(QStringLiteral("1,5.0"));
    QTRY_COMPARE(m_editor->questions.warned.size(), 1);
    QVERIFY2(m_editor->questions.warned.first().contains(QStringLiteral("1,5.0")),
        qPrintable(m_editor->questions.warned.first()));
    QCOMPARE(storedProducts().value(0).defaultPrice, std::optional<Decimal>(Decimal::fromInteger(1750000)));
    QTRY_COMPARE(dialog->productsTable()->item(0, 3)->text(), QStringLiteral("1.750.000"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QEvent languageChange(QEvent::LanguageChange);
    QApplication::sendEvent(dialog, &languageChange);
    QTRY_COMPARE(dialog->productsTable()->item(0, 3)->text(), QStringLiteral("1,750,000"));
    typePrice(QStringLiteral("1,800,000"));
    QTRY_COMPARE(
        storedProducts().value(0).defaultPrice, std::optional<Decimal>(Decimal::fromInteger(1800000)));
    typePrice(QStringLiteral("1,5"));
    QTRY_COMPARE(m_editor->questions.warned.size(), 2);
    QVERIFY2(m_editor->questions.warned.last().contains(QStringLiteral("1,234.5")),
        qPrintable(m_editor->questions.warned.last()));
    QCOMPARE(storedProducts().value(0).defaultPrice, std::optional<Decimal>(Decimal::fromInteger(1800000)));
    typePrice(QStringLiteral("1,750,000"));
    QTRY_COMPARE(
        storedProducts().value(0).defaultPrice, std::optional<Decimal>(Decimal::fromInteger(1750000)));
    QLocale::setDefault(QLocale::c());
    QApplication::sendEvent(dialog, &languageChange);

    // Export to Excel: both lists, read back by openpyxl; the tax code stays text, the price a number.
    QTemporaryDir exportDir;
    m_editor->questions.savePath = exportDir.filePath(QStringLiteral("danh-muc"));
    dialog->findChild<QPushButton *>(QStringLiteral("exportExcelButton"))->click();
    const QJsonObject book = xlsxtest::openpyxlView(exportDir.filePath(QStringLiteral("danh-muc.xlsx")));
    const QJsonObject exportedCustomers = xlsxtest::sheetNamed(book, QStringLiteral("Customers"));
    const QString exportedCodes = xlsxtest::valueOf(exportedCustomers, "C2").toString()
        + xlsxtest::valueOf(exportedCustomers, "C3").toString();
    QVERIFY2(exportedCodes.contains(bacHa().taxCode), qPrintable(exportedCodes));
    QVERIFY(xlsxtest::cellOf(exportedCustomers, "A4").isEmpty());
    const QJsonObject exportedProducts = xlsxtest::sheetNamed(book, QStringLiteral("Products"));
    QCOMPARE(xlsxtest::valueOf(exportedProducts, "D2").toInt(), 1750000);
    QCOMPARE(xlsxtest::cellOf(exportedProducts, "D2").value(QLatin1String("format")).toString(),
        QStringLiteral("#,##0"));
    QCOMPARE(exportedProducts.value(QLatin1String("freeze")).toString(), QStringLiteral("A2"));

    // Remove Bình Minh.
    const int binhMinhRow = customers->item(0, 0)->text() == binhMinh().name ? 0 : 1;
    customers->setCurrentCell(binhMinhRow, 0);
    QPushButton *remove = nullptr;
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->text() == CatalogueManagerDialog::tr("&Remove") && button->isVisible())
            remove = button;
    }
    QVERIFY(remove);
    remove->click();
    QCOMPARE(customers->rowCount(), 1);
    QCOMPARE(customers->item(0, 0)->text(), bacHa().name);
    const QList<Customer> left = storedCustomers();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().buyer.taxCode, bacHa().taxCode);

    // The editor's autocomplete sees the edits at once.
    dialog->close();
    m_editor->page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor->page.get()));
    focusAndType("buyerTaxCodeEdit", QStringLiteral("0"));
    QAbstractItemView *popup = popupOf(QStringLiteral("buyerTaxCodeEdit"));
    QVERIFY(popup);
    QCOMPARE(popup->model()->rowCount(), 1);
    pickFirst(popup);
    QCOMPARE(m_editor->page->invoice().buyer.address, QStringLiteral("88 Nguyễn Huệ, Huế"));
}

QTEST_MAIN(TestEditorCatalogue)
#include "tst_editorcatalogue.moc"
