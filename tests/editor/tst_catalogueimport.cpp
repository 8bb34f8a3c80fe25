#include "../testfiles.h"
#include "editor/catalogueexporttable.h"
#include "editor/catalogueimport.h"
#include "store/cataloguerepository.h"
#include "store/database.h"
#include "support/scriptedquestions.h"
#include "ui/editor/catalogueimportdialog.h"
#include "ui/editor/cataloguemanagerdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace einvoice;
using Outcome = CatalogueImportRow::Outcome;
using einvoice::test::ScriptedQuestions;

// Issue 20: customers and products imported from a file into the local catalogue (a real SQLite
// file): a workbook written by openpyxl, CSV files saved the way Excel on a Vietnamese Windows
// saves them (fixtures/make_catalogue_fixtures.py), bad files that import nothing, and the
// catalogue's own "Export to Excel…" read back into the same catalogue.
class TestCatalogueImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void workbook_readsBothSheetsWithOutcomesAndReasons();
    void workbook_savesAllButTheRejectedRows();
    void excelVietnameseCsv_restoresZerosAndReadsGroupedPrices();
    void badFiles_importNothingWithAClearMessage_data();
    void badFiles_importNothingWithAClearMessage();
    void tooManyRows_isRefusedAsTheBatchImportRefusesIt();
    void exportedCatalogue_importsBackAsTheSameCatalogue();
    void manager_previewsThenImportsThenShowsTheResult();
    void manager_badFileWarnsAndSavesNothing();

private:
    static QString fixture(const char *name)
    {
        return QStringLiteral(CATALOGUE_FIXTURES "/") + QLatin1String(name);
    }
    CatalogueImportPlan plan(const QString &path) const;
    static const CatalogueImportRow *rowNamed(const CatalogueImportPlan &plan, const QString &name);
    void fillCatalogue();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CatalogueRepository> m_catalogue;
    const QString m_env = QStringLiteral("demo");
};

void TestCatalogueImport::init()
{
    m_database = std::make_unique<Database>();
    QVERIFY(m_database
                ->open(m_dir.filePath(
                    QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))))
                .ok());
    m_catalogue = std::make_unique<CatalogueRepository>(*m_database);
}

void TestCatalogueImport::cleanup()
{
    m_catalogue.reset();
    m_database.reset();
}

CatalogueImportPlan TestCatalogueImport::plan(const QString &path) const
{
    return CatalogueImport::plan(path, m_env, m_catalogue->customers().list(m_env).value(),
        m_catalogue->products().list(m_env).value());
}

const CatalogueImportRow *TestCatalogueImport::rowNamed(const CatalogueImportPlan &plan, const QString &name)
{
    for (const CatalogueImportRow &row : plan.rows) {
        if (row.name == name)
            return &row;
    }
    return nullptr;
}

void TestCatalogueImport::fillCatalogue()
{
    Customer known;
    known.environment = m_env;
    known.buyer.type = BuyerType::Company;
    known.buyer.name = QStringLiteral("Công ty Cổ phần Bắc Hà");
    known.buyer.taxCode = QStringLiteral("0101243150");
    known.buyer.address = QStringLiteral("Địa chỉ cũ");
    known.useCount = 4;
    known.lastUsedAt = QDateTime(QDate(2026, 11, 2), QTime(3, 4, 5), Qt::UTC);
    QVERIFY(m_catalogue->customers().save(known).ok());
    Product keyboard;
    keyboard.environment = m_env;
    keyboard.code = QStringLiteral("SP01");
    keyboard.name = QStringLiteral("Bàn phím cơ");
    keyboard.unit = QStringLiteral("cái");
    keyboard.defaultPrice = Decimal::fromInteger(1500000);
    keyboard.defaultTaxRate = TaxRate::Ten;
    keyboard.useCount = 2;
    QVERIFY(m_catalogue->products().save(keyboard).ok());
}

void TestCatalogueImport::workbook_readsBothSheetsWithOutcomesAndReasons()
{
    fillCatalogue();
    const CatalogueImportPlan read = plan(fixture("openpyxl-catalogue.xlsx"));
    QVERIFY2(read.problem.isEmpty(), qPrintable(read.problem));
    QCOMPARE(read.rows.size(), 11); // 6 customer rows under a title row, 5 product rows; notes sheet skipped

    const CatalogueImportRow *binhMinh = rowNamed(read, QStringLiteral("Công ty TNHH Bình Minh"));
    QVERIFY(binhMinh);
    QCOMPARE(binhMinh->outcome, Outcome::Added);
    QCOMPARE(binhMinh->where, QStringLiteral("Khách hàng, row 3"));
    QVERIFY2(rowNamed(read, QStringLiteral("Công ty Cổ phần Bắc Hà"))->outcome == Outcome::Updated,
        qPrintable(rowNamed(read, QStringLiteral("Công ty Cổ phần Bắc Hà"))->reason));
    const CatalogueImportRow *again = rowNamed(read, QStringLiteral("Bình Minh (chi nhánh ghi lại)"));
    QCOMPARE(again->outcome, Outcome::Merged);
    QVERIFY2(again->reason.contains(QStringLiteral("Khách hàng, row 3")), qPrintable(again->reason));

    const CatalogueImportRow *badCode = rowNamed(read, QStringLiteral("Sai mã"));
    QCOMPARE(badCode->outcome, Outcome::Rejected);
    QCOMPARE(badCode->reason.left(43), QStringLiteral("Khách hàng, row 6, Tax code: The tax code 1"));
    const CatalogueImportRow *noName = rowNamed(read, QString());
    QCOMPARE(noName->outcome, Outcome::Rejected);
    QVERIFY2(noName->reason.startsWith(QStringLiteral("Khách hàng, row 7, Name: Empty")),
        qPrintable(noName->reason));
    QCOMPARE(rowNamed(read, QStringLiteral("Bàn phím cơ"))->outcome, Outcome::Unchanged);
    const CatalogueImportRow *badRate = rowNamed(read, QStringLiteral("Màn hình"));
    QCOMPARE(badRate->outcome, Outcome::Rejected);
    QVERIFY2(badRate->reason.startsWith(QStringLiteral("Hàng hóa, row 5, Tax rate: \"7\"")),
        qPrintable(badRate->reason));

    // A tax code stored as a number lost its zero in Excel; the merged row's address wins.
    QCOMPARE(read.customers.size(), 3);
    const Customer &merged = read.customers.first();
    QCOMPARE(merged.buyer.taxCode, QStringLiteral("0100109106"));
    QCOMPARE(merged.buyer.address, QStringLiteral("99 Nguyễn Huệ, TP. Hồ Chí Minh"));
    QCOMPARE(merged.buyer.legalName, QStringLiteral("Công ty Trách nhiệm hữu hạn Bình Minh"));
    QCOMPARE(merged.buyer.type, BuyerType::Company);
    QCOMPARE(read.customers.at(1).buyer.address, QStringLiteral("5 Trần Phú, Hà Nội"));
    QCOMPARE(read.customers.at(1).useCount, 4); // the catalogue's own count is kept
    QCOMPARE(read.customers.at(2).buyer.type, BuyerType::Personal);
    QCOMPARE(read.products.size(), 2); // SP02 and DV01; SP01 unchanged
    QCOMPARE(read.products.at(0).defaultPrice, Decimal::fromString(u"250000.5"));
    QCOMPARE(read.products.at(0).defaultTaxRate, TaxRate::Eight);
    QCOMPARE(read.products.at(1).defaultTaxRate, TaxRate::NotSubject);
    QCOMPARE(CatalogueImport::summary(read),
        QStringLiteral("4 added, 1 updated, 1 unchanged, 1 merged, 4 rejected."));
}

void TestCatalogueImport::workbook_savesAllButTheRejectedRows()
{
    fillCatalogue();
    const CatalogueImportPlan read = plan(fixture("openpyxl-catalogue.xlsx"));
    QVERIFY(m_catalogue->saveAll(read.customers, read.products).ok());
    Database other;
    QVERIFY(other.open(m_database->filePath(), {}).ok());
    CatalogueRepository seen(other);
    const QList<Customer> customers = seen.customers().list(m_env).value();
    QCOMPARE(customers.size(), 3);
    QStringList codes;
    for (const Customer &customer : customers)
        codes.append(customer.buyer.taxCode);
    codes.sort();
    QCOMPARE(codes, (QStringList {QString(), QStringLiteral("0100109106"), QStringLiteral("0101243150")}));
    QCOMPARE(seen.products().list(m_env).value().size(), 3);
    // Imported again, nothing changes.
    const CatalogueImportPlan again = plan(fixture("openpyxl-catalogue.xlsx"));
    for (const CatalogueImportRow &row : again.rows)
        QVERIFY2(row.outcome == Outcome::Unchanged || row.outcome == Outcome::Merged
                || row.outcome == Outcome::Rejected,
            qPrintable(row.where));
    QVERIFY(!again.hasChanges());
    QCOMPARE(again.count(Outcome::Rejected), 4);
}

void TestCatalogueImport::excelVietnameseCsv_restoresZerosAndReadsGroupedPrices()
{
    const CatalogueImportPlan customers = plan(fixture("excel-vi-customers.csv"));
    QVERIFY2(customers.problem.isEmpty(), qPrintable(customers.problem));
    QCOMPARE(customers.customers.size(), 2);
    QCOMPARE(customers.customers.at(0).buyer.name, QStringLiteral("Công ty TNHH Bình Minh"));
    QCOMPARE(customers.customers.at(0).buyer.taxCode, QStringLiteral("0100109106"));
    QCOMPARE(customers.customers.at(0).buyer.address, QStringLiteral("12 Lê Lợi, Quận 1, TP. Hồ Chí Minh"));
    QCOMPARE(customers.customers.at(1).buyer.address, QStringLiteral("\"Số 3\"; Phố Huế, Hà Nội"));
    QCOMPARE(customers.rows.at(2).outcome, Outcome::Rejected);
    QVERIFY2(customers.rows.at(2).reason.startsWith(
                 QStringLiteral("Row 4, Tax code: The tax code 12345678 must have 10 digits")),
        qPrintable(customers.rows.at(2).reason));

    const CatalogueImportPlan products = plan(fixture("excel-vi-products.csv"));
    QVERIFY2(products.problem.isEmpty(), qPrintable(products.problem));
    QCOMPARE(products.products.size(), 2);
    QCOMPARE(products.products.at(0).name, QStringLiteral("Bàn phím cơ"));
    QCOMPARE(products.products.at(0).defaultPrice, Decimal::fromInteger(1500000));
    // "75.000" alone reads two ways; the column's "1.500.000" shows '.' groups thousands.
    QCOMPARE(products.products.at(1).defaultPrice, Decimal::fromInteger(75000));
    QCOMPARE(products.products.at(1).defaultTaxRate, TaxRate::Eight);
    QVERIFY2(products.rows.at(2).reason.startsWith(QStringLiteral("Row 4, Unit price: \"không rõ\"")),
        qPrintable(products.rows.at(2).reason));
}

void TestCatalogueImport::badFiles_importNothingWithAClearMessage_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n\x01\x02\x03") << QStringLiteral("not an Excel workbook");
    QTest::newRow("other header") << QByteArray("Ngày,Số tiền\n2026-01-02,100\n")
                                  << QStringLiteral("not a header");
    QTest::newRow("header only") << QByteArray("Tên,Mã số thuế,Địa chỉ\n") << QStringLiteral("no rows");
    QTest::newRow("broken zip") << QByteArray("PK\x03\x04garbage") << QString();
    QTest::newRow("bad encoding") << QByteArray("T\xc3\xaan,M\xe3 s\xf4\n\x81\x8d\x8f\x90\x9d,1\n")
                                  << QStringLiteral("ine");
}

void TestCatalogueImport::badFiles_importNothingWithAClearMessage()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path
        = m_dir.filePath(QStringLiteral("bad-%1.csv").arg(QLatin1String(QTest::currentDataTag())));
    QVERIFY(test::writeFile(path, content));
    const CatalogueImportPlan read = plan(path);
    QVERIFY2(!read.problem.isEmpty(), QTest::currentDataTag());
    QVERIFY2(read.problem.contains(expected), qPrintable(read.problem));
    QVERIFY(!read.hasChanges());
    QVERIFY(read.rows.isEmpty());
}

void TestCatalogueImport::tooManyRows_isRefusedAsTheBatchImportRefusesIt()
{
    QByteArray content("Tên,Địa chỉ\n");
    content.reserve(5'000'000);
    for (int i = 0; i <= 200'000; ++i)
        content.append("K").append(QByteArray::number(i)).append(",HN\n");
    const QString path = m_dir.filePath(QStringLiteral("big.csv"));
    QVERIFY(test::writeFile(path, content));
    const CatalogueImportPlan read = plan(path);
    QVERIFY2(read.problem.contains(QLatin1String("200000")), qPrintable(read.problem));
    QVERIFY(!read.hasChanges());
}

void TestCatalogueImport::exportedCatalogue_importsBackAsTheSameCatalogue()
{
    fillCatalogue();
    QVERIFY(m_catalogue
                ->saveAll(plan(fixture("openpyxl-catalogue.xlsx")).customers,
                    plan(fixture("openpyxl-catalogue.xlsx")).products)
                .ok());
    const QList<Customer> customers = m_catalogue->customers().list(m_env).value();
    const QList<Product> products = m_catalogue->products().list(m_env).value();
    const QString exported = m_dir.filePath(QStringLiteral("catalogue.xlsx"));
    SpreadsheetError error;
    QVERIFY(ExportTableWriter::writeXlsx(
        {CatalogueExportTable::customers(customers), CatalogueExportTable::products(products)}, exported,
        &error));

    // Into this catalogue: nothing to change.
    QVERIFY(!plan(exported).hasChanges());
    QCOMPARE(plan(exported).count(Outcome::Unchanged), customers.size() + products.size());

    // Into an empty one: the same entries.
    const CatalogueImportPlan fresh = CatalogueImport::plan(exported, QStringLiteral("sandbox"), {}, {});
    QVERIFY2(fresh.problem.isEmpty(), qPrintable(fresh.problem));
    QCOMPARE(fresh.count(Outcome::Added), customers.size() + products.size());
    const auto same = [](auto entries, const auto &imported) {
        QCOMPARE(entries.size(), imported.size());
        for (int i = 0; i < entries.size(); ++i) {
            auto expected = entries.at(i);
            expected.id = 0;
            expected.environment = QStringLiteral("sandbox");
            QCOMPARE(imported.at(i), expected);
        }
    };
    same(customers, fresh.customers);
    same(products, fresh.products);
}

void TestCatalogueImport::manager_previewsThenImportsThenShowsTheResult()
{
    fillCatalogue();
    ScriptedQuestions questions;
    questions.openPath = fixture("openpyxl-catalogue.xlsx");
    CatalogueManagerDialog manager(m_catalogue.get(), m_env);
    manager.setQuestions(&questions);
    manager.show();
    QCOMPARE(manager.customersTable()->rowCount(), 1);
    auto *importFile = manager.findChild<QPushButton *>(QStringLiteral("importFileButton"));
    QVERIFY(importFile && importFile->isVisible());
    importFile->click();
    auto *preview = manager.findChild<CatalogueImportDialog *>();
    QVERIFY(preview);
    QTRY_VERIFY(preview->isVisible());
    QCOMPARE(preview->rowsTable()->rowCount(), 11);
    QVERIFY2(preview->summaryLabel()->text().contains(QLatin1String("4 added")),
        qPrintable(preview->summaryLabel()->text()));
    QCOMPARE(manager.customersTable()->rowCount(), 1); // nothing saved by the preview
    QCOMPARE(preview->rowsTable()->item(4, 3)->text(), QStringLiteral("Rejected"));
    QVERIFY(preview->rowsTable()->item(4, 4)->text().contains(QLatin1String("Name: Empty")));

    preview->importButton()->click();
    QVERIFY(preview->isSaved());
    QVERIFY2(preview->summaryLabel()->text().startsWith(QLatin1String("Imported.")),
        qPrintable(preview->summaryLabel()->text()));
    QCOMPARE(manager.customersTable()->rowCount(), 3);
    QCOMPARE(manager.productsTable()->rowCount(), 3);
    // Then only Close, in the app's words; the reasons wrap inside the window.
    QVERIFY(!preview->importButton()->isVisible());
    auto *close = preview->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
    QVERIFY(close && close->isVisible());
    QCOMPARE(close->text(), QStringLiteral("Close"));
    QCOMPARE(preview->rowsTable()->horizontalScrollBar()->maximum(), 0);
}

void TestCatalogueImport::manager_badFileWarnsAndSavesNothing()
{
    ScriptedQuestions questions;
    questions.openPath = QStringLiteral(SPREADSHEET_FIXTURES "/libreoffice-invoices.xls");
    CatalogueManagerDialog manager(m_catalogue.get(), m_env);
    manager.setQuestions(&questions);
    manager.findChild<QPushButton *>(QStringLiteral("importFileButton"))->click();
    QCOMPARE(questions.warned.size(), 1);
    QVERIFY2(questions.warned.first().contains(
                 QLatin1String("Nothing was imported from libreoffice-invoices.xls")),
        qPrintable(questions.warned.first()));
    QVERIFY2(questions.warned.first().contains(QLatin1String(".xlsx")), qPrintable(questions.warned.first()));
    QVERIFY(!manager.findChild<CatalogueImportDialog *>());
    QCOMPARE(m_catalogue->customers().list(m_env).value().size(), 0);
}

QTEST_MAIN(TestCatalogueImport)
#include "tst_catalogueimport.moc"
