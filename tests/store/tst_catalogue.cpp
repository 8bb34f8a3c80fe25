#include "core/clock.h"
#include "store/cataloguerepository.h"
#include "store/database.h"
#include "storetestdata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;

class TestCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rememberInvoice_addsBuyerAndGoodsLines();
    void rememberInvoice_mergesSameTaxCodeAndCountsUses();
    void buyerWithoutTaxCode_isKeyedByName();
    void searchCustomers_data();
    void searchCustomers();
    void searchProducts_data();
    void searchProducts();
    void customers_areEditedAndRemoved();
    void products_areEditedAndRemoved();
    void environments_doNotShareEntries();

private:
    QStringList customerNames(const QString &prefix) const;

    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
    ManualClock m_clock {QDateTime(QDate(2026, 3, 14), QTime(2, 0), Qt::UTC)};
    CatalogueRepository *m_catalogue = nullptr;
    const QString m_env = QStringLiteral("demo");
};

void TestCatalogue::init()
{
    m_dir = new QTemporaryDir;
    m_db = new Database;
    QVERIFY(m_db->open(storetest::dbPath(*m_dir)).ok());
    m_catalogue = new CatalogueRepository(*m_db, m_clock);
}

void TestCatalogue::cleanup()
{
    delete m_catalogue;
    delete m_db;
    delete m_dir;
}

QStringList TestCatalogue::customerNames(const QString &prefix) const
{
    QStringList names;
    const StoreResult<QList<Customer>> found = m_catalogue->customers().search(m_env, prefix);
    if (!found.ok())
        return {QStringLiteral("error: ") + found.error().toString()};
    for (const Customer &customer : found.value())
        names.append(customer.buyer.name);
    return names;
}

void TestCatalogue::rememberInvoice_addsBuyerAndGoodsLines()
{
    Invoice invoice = storetest::invoice(QStringLiteral("R1"));
    InvoiceLine note;
    note.lineNumber = 3;
    note.lineType = LineType::Note;
    note.itemName = QStringLiteral("Ghi chú: giao trước 10h");
    invoice.lines.append(note);
    QVERIFY(m_catalogue->rememberInvoice(m_env, invoice).ok());

    const QList<Customer> customers = m_catalogue->customers().list(m_env).value();
    QCOMPARE(customers.size(), 1);
    QCOMPARE(customers.at(0).buyer, invoice.buyer);
    QCOMPARE(customers.at(0).useCount, 1);
    QCOMPARE(customers.at(0).lastUsedAt, m_clock.nowUtc());

    const QList<Product> products = m_catalogue->products().list(m_env).value();
    QCOMPARE(products.size(), 2);
    const Product mouse = products.at(0).code == QLatin1String("SP02") ? products.at(0) : products.at(1);
    QCOMPARE(mouse.name, QStringLiteral("Chuột không dây"));
    QCOMPARE(mouse.unit, QStringLiteral("cái"));
    QCOMPARE(mouse.defaultPrice, std::optional<Decimal>(storetest::money("250000.5")));
    QCOMPARE(mouse.defaultTaxRate, std::optional<TaxRate>(TaxRate::Eight));
}

void TestCatalogue::rememberInvoice_mergesSameTaxCodeAndCountsUses()
{
    QVERIFY(m_catalogue->rememberInvoice(m_env, storetest::invoice(QStringLiteral("R1"))).ok());
    m_clock.advanceMs(3600 * 1000);
    Invoice second = storetest::invoice(QStringLiteral("R2"));
    second.buyer.email.clear();
    second.buyer.address = QStringLiteral("Tầng 5, 1 Đinh Tiên Hoàng");
    second.lines[0].unitPrice = storetest::money("1450000");
    QVERIFY(m_catalogue->rememberInvoice(m_env, second).ok());

    const QList<Customer> customers = m_catalogue->customers().list(m_env).value();
    QCOMPARE(customers.size(), 1);
    QCOMPARE(customers.at(0).useCount, 2);
    QCOMPARE(customers.at(0).buyer.email, QStringLiteral("ketoan@daiviet.example")); // kept
    QCOMPARE(customers.at(0).buyer.address, QStringLiteral("Tầng 5, 1 Đinh Tiên Hoàng")); // updated
    QCOMPARE(customers.at(0).lastUsedAt, m_clock.nowUtc());
    const QList<Product> keyboards = m_catalogue->products().search(m_env, QStringLiteral("SP01")).value();
    QCOMPARE(keyboards.size(), 1);
    QCOMPARE(keyboards.at(0).defaultPrice, std::optional<Decimal>(storetest::money("1450000")));
    QCOMPARE(keyboards.at(0).useCount, 2);
}

void TestCatalogue::buyerWithoutTaxCode_isKeyedByName()
{
    Invoice invoice = storetest::invoice(QStringLiteral("R1"));
    invoice.buyer = Buyer();
    invoice.buyer.type = BuyerType::Personal;
    invoice.buyer.name = QStringLiteral("Nguyễn Văn An");
    QVERIFY(m_catalogue->rememberInvoice(m_env, invoice).ok());
    invoice.buyer.name = QStringLiteral("nguyen van  an"); // same person typed without accents
    invoice.buyer.phone = QStringLiteral("0903123456");
    QVERIFY(m_catalogue->rememberInvoice(m_env, invoice).ok());
    const QList<Customer> customers = m_catalogue->customers().list(m_env).value();
    QCOMPARE(customers.size(), 1);
    QCOMPARE(customers.at(0).buyer.phone, QStringLiteral("0903123456"));
    QCOMPARE(CustomerCatalogue::keyOf(invoice.buyer), QStringLiteral("name:nguyen van an"));
}

void TestCatalogue::searchCustomers_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("expected");
    const QString daiViet = QStringLiteral("Công ty Cổ phần Đại Việt");
    const QString binhAn = QStringLiteral("Hộ kinh doanh Bình An");
    QTest::newRow("name start, no accents") << QStringLiteral("cong") << QStringList {daiViet};
    QTest::newRow("word inside the name") << QStringLiteral("dai v") << QStringList {daiViet};
    QTest::newRow("accents and case") << QStringLiteral("BÌNH") << QStringList {binhAn};
    QTest::newRow("tax code prefix") << QStringLiteral("0312") << QStringList {daiViet};
    QTest::newRow("most used first") << QStringLiteral("h") << QStringList {binhAn};
    QTest::newRow("empty matches all, most used first") << QString() << QStringList {binhAn, daiViet};
    QTest::newRow("middle of a word does not match") << QStringLiteral("iet") << QStringList {};
    QTest::newRow("wildcards are literal") << QStringLiteral("_") << QStringList {};
}

void TestCatalogue::searchCustomers()
{
    QFETCH(QString, prefix);
    QFETCH(QStringList, expected);
    QVERIFY(m_catalogue->rememberInvoice(m_env, storetest::invoice(QStringLiteral("R1"))).ok());
    Invoice other = storetest::invoice(QStringLiteral("R2"));
    other.buyer = Buyer();
    other.buyer.name = QStringLiteral("Hộ kinh doanh Bình An");
    other.buyer.taxCode = QStringLiteral("8012345678");
    for (int i = 0; i < 2; ++i)
        QVERIFY(m_catalogue->rememberInvoice(m_env, other).ok());
    QCOMPARE(customerNames(prefix), expected);
}

void TestCatalogue::searchProducts_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("expectedCodes");
    QTest::newRow("code") << QStringLiteral("SP0")
                          << QStringList {QStringLiteral("SP01"), QStringLiteral("SP02")};
    QTest::newRow("name, no accents") << QStringLiteral("chuot") << QStringList {QStringLiteral("SP02")};
    QTest::newRow("second word") << QStringLiteral("khong d") << QStringList {QStringLiteral("SP02")};
    QTest::newRow("nothing") << QStringLiteral("máy in") << QStringList {};
}

void TestCatalogue::searchProducts()
{
    QFETCH(QString, prefix);
    QFETCH(QStringList, expectedCodes);
    QVERIFY(m_catalogue->rememberInvoice(m_env, storetest::invoice(QStringLiteral("R1"))).ok());
    QStringList codes;
    for (const Product &product : m_catalogue->products().search(m_env, prefix).value())
        codes.append(product.code);
    codes.sort();
    QCOMPARE(codes, expectedCodes);
}

void TestCatalogue::customers_areEditedAndRemoved()
{
    Customer customer;
    customer.environment = m_env;
    customer.buyer.name = QStringLiteral("Công ty Hòa Bình");
    customer.buyer.taxCode = QStringLiteral("0100000001");
    customer = m_catalogue->customers().save(customer).value();
    QVERIFY(customer.id > 0);
    customer.buyer.email = QStringLiteral("hoabinh@example.vn");
    QVERIFY(m_catalogue->customers().save(customer).ok());
    QCOMPARE(m_catalogue->customers().load(customer.id).value(), customer);

    Customer duplicate = customer;
    duplicate.id = 0;
    const StoreResult<Customer> clash = m_catalogue->customers().save(duplicate);
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().operation, QStringLiteral("customers.save"));

    QVERIFY(m_catalogue->customers().remove(customer.id).ok());
    QCOMPARE(m_catalogue->customers().load(customer.id).error().kind, StoreError::Kind::NotFound);
    QCOMPARE(m_catalogue->customers().remove(customer.id).error().kind, StoreError::Kind::NotFound);
    customer.id = 4242;
    QCOMPARE(m_catalogue->customers().save(customer).error().kind, StoreError::Kind::NotFound);
}

void TestCatalogue::products_areEditedAndRemoved()
{
    Product product;
    product.environment = m_env;
    product.name = QStringLiteral("Dịch vụ tư vấn");
    product.unit = QStringLiteral("giờ");
    product = m_catalogue->products().save(product).value();
    product.defaultPrice = storetest::money("500000");
    product.defaultTaxRate = TaxRate::NotSubject;
    QVERIFY(m_catalogue->products().save(product).ok());
    QCOMPARE(m_catalogue->products().load(product.id).value(), product);
    QVERIFY(m_catalogue->products().remove(product.id).ok());
    QCOMPARE(m_catalogue->products().list(m_env)->size(), 0);
}

void TestCatalogue::environments_doNotShareEntries()
{
    QVERIFY(m_catalogue->rememberInvoice(QStringLiteral("sandbox"), storetest::invoice(QStringLiteral("R1")))
                .ok());
    QCOMPARE(m_catalogue->customers().list(QStringLiteral("production"))->size(), 0);
    QCOMPARE(m_catalogue->products().search(QStringLiteral("production"), QStringLiteral("SP"))->size(), 0);
    QCOMPARE(m_catalogue->customers().list(QStringLiteral("sandbox"))->size(), 1);
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
