// The batch page with files that cannot be read at once (issues 14.1-14.3): numbers that read two
// ways wait for a reading chosen per column, Windows-1258 is converted, a header-only file says so.

#include "batchpagefixture.h"
#include "core/clock.h"
#include "core/vietnamtime.h"
#include "sandbox/sandboxseeder.h"
#include "ui/batch/batchpage.h"
#include "ui/batch/batchpreviewtable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

using namespace einvoice;
using namespace einvoice::test;

namespace {

const QByteArray Header
    = "Ma nhom hoa don;Ngay hoa don;Ky hieu;Tai khoan nha cung cap;Ten nguoi mua;Ma so thue;"
      "Dia chi;Ten hang hoa;So luong;Don gia;Thue suat\n";

// An invoice of the sandbox's active account dated today in Vietnam; bytes as given (any encoding).
QByteArray row(
    const QByteArray &key, const QByteArray &buyer, const QByteArray &quantity, const QByteArray &price)
{
    const QDate today = VietnamTime::today(SystemClock::instance());
    return key + ';' + today.toString(QStringLiteral("dd/MM/yyyy")).toLatin1() + ";C"
        + today.toString(QStringLiteral("yy")).toLatin1() + "TAA;" + SandboxSeeder::ActiveAccountId.toLatin1()
        + ';' + buyer + ";0312456782;1 Le Loi;Ban phim;" + quantity + ';' + price + ";10\n";
}

} // namespace

class TstBatchPageImport : public BatchPageFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUpFixture(); }
    void cleanup() { tearDownFixture(); }

    void ambiguousNumbers_waitForAReadingChosenPerColumn()
    {
        BatchPage page(services());
        page.show();
        QVERIFY(page.loadFile(writeFile(QStringLiteral("amb.csv"),
            Header + row("A", "Cong ty A", "2", "1.500") + row("B", "Cong ty B", "1", "2.000"))));
        auto *start = page.findChild<QPushButton *>(QStringLiteral("startButton"));
        auto *choices = page.findChild<QWidget *>(QStringLiteral("numberChoices"));
        auto *preview = page.findChild<BatchPreviewTable *>();
        QCOMPARE(page.currentImport().confirmationCount(), 2);
        QVERIFY(choices->isVisible());
        QVERIFY(!start->isEnabled());
        page.findChild<QCheckBox *>(QStringLiteral("validOnlyCheck"))->setChecked(true);
        QVERIFY(!start->isEnabled()); // "only the valid ones" does not send an unread number either
        const QString problem = preview->item(0, BatchPreviewTable::ProblemsColumn)->text();
        QVERIFY2(problem.startsWith(BatchPreviewTable::tr("needs confirmation: ")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("1 500")), qPrintable(problem)); // both readings shown

        auto *combo = page.findChild<QComboBox *>(QStringLiteral("numberChoice_unit_price"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3);
        QVERIFY2(combo->itemText(2).contains(QStringLiteral("1.500")), qPrintable(combo->itemText(2)));
        combo->setCurrentIndex(2); // '.' is the decimal point: 1.5
        QCOMPARE(page.currentImport().confirmationCount(), 0);
        QCOMPARE(page.currentImport().invoices.first().invoice.lines.first().unitPrice->toString(),
            QStringLiteral("1.5"));
        QTRY_VERIFY(page.findChild<QComboBox *>(QStringLiteral("numberChoice_unit_price"))); // still listed
        combo = page.findChild<QComboBox *>(QStringLiteral("numberChoice_unit_price"));
        QTRY_COMPARE(combo->currentIndex(), 2);
        combo->setCurrentIndex(1); // changed: '.' groups thousands
        QCOMPARE(page.currentImport().invoices.first().invoice.lines.first().unitPrice->toString(),
            QStringLiteral("1500"));
        QVERIFY(start->isEnabled());
        QVERIFY(preview->item(0, BatchPreviewTable::ProblemsColumn)->text().isEmpty());

        start->click();
        QTRY_COMPARE_WITH_TIMEOUT(page.counts().done, 2, 20000);
        const QJsonArray creates
            = m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create"));
        QCOMPARE(creates.size(), 2);
        QList<double> prices;
        for (const QJsonValue &create : creates)
            prices << create.toObject()
                          .value(QLatin1String("body"))
                          .toObject()
                          .value(QLatin1String("items"))
                          .toArray()
                          .first()
                          .toObject()
                          .value(QLatin1String("unit_price"))
                          .toDouble();
        std::sort(prices.begin(), prices.end());
        QCOMPARE(prices, (QList<double> {1500, 2000}));
    }

    void anotherFile_forgetsTheChoices()
    {
        BatchPage page(services());
        page.show();
        QVERIFY(
            page.loadFile(writeFile(QStringLiteral("a.csv"), Header + row("A", "Cong ty A", "2", "1.500"))));
        page.findChild<QComboBox *>(QStringLiteral("numberChoice_unit_price"))->setCurrentIndex(1);
        QCOMPARE(page.currentImport().confirmationCount(), 0);
        QVERIFY(
            page.loadFile(writeFile(QStringLiteral("b.csv"), Header + row("B", "Cong ty B", "2", "3.000"))));
        QCOMPARE(page.currentImport().confirmationCount(), 1);
        QTRY_COMPARE(
            page.findChild<QComboBox *>(QStringLiteral("numberChoice_unit_price"))->currentIndex(), 0);
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());
    }

    void windows1258File_showsVietnameseNames()
    {
        BatchPage page(services());
        page.show();
        QVERIFY(page.loadFile(writeFile(QStringLiteral("ansi.csv"),
            Header
                + row("A",
                    "C\xF4ng ty Nguy\xEA\xDEn \xD0\xFD\xEC"
                    "c",
                    "1,5", "150000"))));
        QCOMPARE(page.currentImport().encoding, QStringLiteral("Windows-1258"));
        QCOMPARE(page.currentImport().errorCount(), 0);
        auto *preview = page.findChild<BatchPreviewTable *>();
        QCOMPARE(
            preview->item(0, BatchPreviewTable::BuyerColumn)->text(), QStringLiteral("Công ty Nguyễn Đức"));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("summaryLabel"))
                    ->text()
                    .contains(QStringLiteral("Windows-1258")));
    }

    void unreadableFiles_sayWhyAndSendNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("words");
        QTest::newRow("header only") << Header << QStringLiteral("no invoice rows");
        QTest::newRow("header only, cr")
            << QByteArray(Header).replace('\n', '\r') << QStringLiteral("no invoice rows");
        QTest::newRow("stray bytes") << QByteArray(Header + QStringLiteral("Nguyễn;").toUtf8() + "\xFF\n")
                                     << QStringLiteral("Line 2");
    }

    void unreadableFiles_sayWhyAndSendNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, words);
        BatchPage page(services());
        page.show();
        QVERIFY(page.loadFile(writeFile(QStringLiteral("bad.csv"), bytes)));
        const QString summary = page.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
        QVERIFY2(summary.contains(words), qPrintable(summary));
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());
        page.findChild<QCheckBox *>(QStringLiteral("validOnlyCheck"))->setChecked(true);
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());
        QCOMPARE(m_sandbox->requests(QString(), QStringLiteral("/v1/invoices")).size(), 0);
    }

    void earlierMapping_doesNotHideThisFilesColumns()
    {
        // What the page remembered from a file with other header texts (and without a currency).
        m_settings->setValue(QStringLiteral("batch/columnMap"),
            QVariantMap {{QStringLiteral("item_name"), QStringLiteral("Hàng")},
                {QStringLiteral("quantity"), QStringLiteral("Số lượng")},
                {QStringLiteral("currency"), QString()}});
        BatchPage page(services());
        QByteArray bytes = Header + row("A", "Cong ty A", "2", "1.500.000");
        bytes.replace("Thue suat\n", "Thue suat;Loai tien\n").replace(";10\n", ";10;USD\n");
        QVERIFY(page.loadFile(writeFile(QStringLiteral("other.csv"), bytes)));
        QVERIFY(page.currentImport().fileProblems.isEmpty());
        QCOMPARE(page.currentImport().invoices.first().invoice.currency, Currency::USD);
        QCOMPARE(
            page.currentImport().invoices.first().invoice.lines.first().itemName, QStringLiteral("Ban phim"));
    }
};

QTEST_MAIN(TstBatchPageImport)
#include "tst_batchpageimport.moc"
