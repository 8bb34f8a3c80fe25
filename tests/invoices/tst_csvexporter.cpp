#include "invoicelisttestdata.h"
#include "invoices/csvexporter.h"
#include "invoices/invoicefilterproxy.h"
#include "invoices/invoicelistmodel.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;

class TestCsvExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void export_roundTripsVietnameseWithBom()
    {
        InvoiceListModel model;
        QList<CachedInvoiceRow> rows = testdata::sampleRows();
        rows[0].buyerName = QStringLiteral("Công ty \"Đại Việt\", chi nhánh\nHà Nội");
        model.setRows(rows);
        InvoiceFilterProxy proxy;
        proxy.setInvoiceModel(&model);
        proxy.setSearchText(QStringLiteral("minh phat"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.csv"));
        QString error;
        QVERIFY2(CsvExporter::writeFile(proxy, path, &error), qPrintable(error));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        const QList<QStringList> parsed = CsvExporter::parse(bytes);
        QCOMPARE(parsed.size(), 2); // header + ORDER-4 (ORDER-1's buyer changed)
        QCOMPARE(parsed.at(0).size(), 12);
        QCOMPARE(parsed.at(1).at(0), QStringLiteral("ORDER-4"));
        QCOMPARE(parsed.at(1).at(4), QStringLiteral("Công ty TNHH Minh Phát"));
        QCOMPARE(parsed.at(1).at(3), QStringLiteral("2026-04-20"));
        QCOMPARE(parsed.at(1).at(8), QStringLiteral("3300000"));

        proxy.setSearchText(QStringLiteral("dai viet"));
        const QList<QStringList> quoted = CsvExporter::parse(CsvExporter::toCsv(proxy));
        QCOMPARE(quoted.size(), 2);
        QCOMPARE(quoted.at(1).at(4), rows[0].buyerName);
    }

    // Issue 16.9/16.8: a draft has no number (not "0"); the legal name and the buyer name both go out.
    void export_draftWithoutNumberAndBothBuyerNames()
    {
        InvoiceListModel model;
        QList<CachedInvoiceRow> rows = testdata::sampleRows();
        rows[1].buyerLegalName = QStringLiteral("Công ty CP Sao Mai");
        model.setRows(rows);
        InvoiceFilterProxy proxy;
        proxy.setInvoiceModel(&model);
        const QList<QStringList> parsed = CsvExporter::parse(CsvExporter::toCsv(proxy));
        QCOMPARE(parsed.size(), 7);
        for (const QStringList &fields : parsed.mid(1)) {
            QCOMPARE(fields.size(), 12);
            if (fields.at(0) == QLatin1String("ORDER-3"))
                QCOMPARE(fields.at(1), QString());
            if (fields.at(0) == QLatin1String("ORDER-2")) {
                QCOMPARE(fields.at(4), QStringLiteral("Công ty CP Sao Mai"));
                QCOMPARE(fields.at(11), QStringLiteral("Nguyễn Văn An"));
            }
        }
    }

    void export_guardsAgainstFormulas()
    {
        QCOMPARE(CsvExporter::safeText(QStringLiteral("=HYPERLINK(1)")), QStringLiteral("'=HYPERLINK(1)"));
        QCOMPARE(CsvExporter::safeText(QStringLiteral("Nguyễn")), QStringLiteral("Nguyễn"));
        QCOMPARE(CsvExporter::quoted(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    }
};

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
