#include "invoicelisttestdata.h"
#include "invoices/csvexporter.h"
#include "invoices/invoicelistmodel.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace einvoice;

namespace {

InvoiceFilter searching(const QString &text)
{
    InvoiceFilter filter;
    filter.search = text;
    return filter;
}

} // namespace

class TestCsvExporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testdata::ListCache> m_cache;

    // The list model over a real cache holding these rows.
    std::unique_ptr<InvoiceListModel> listOf(const QList<CachedInvoiceRow> &rows)
    {
        m_cache = std::make_unique<testdata::ListCache>();
        if (!m_cache->ok() || !m_cache->put(rows))
            return nullptr;
        return m_cache->openModel();
    }

private Q_SLOTS:
    void export_roundTripsVietnameseWithBom()
    {
        QList<CachedInvoiceRow> rows = testdata::sampleRows();
        rows[0].buyerName = QStringLiteral("Công ty \"Đại Việt\", chi nhánh\nHà Nội");
        const auto model = listOf(rows);
        QVERIFY(model);
        InvoiceListModel &proxy = *model;
        proxy.setFilter(searching(QStringLiteral("minh phat")));
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

        proxy.setFilter(searching(QStringLiteral("dai viet")));
        const QList<QStringList> quoted = CsvExporter::parse(CsvExporter::toCsv(proxy));
        QCOMPARE(quoted.size(), 2);
        QCOMPARE(quoted.at(1).at(4), rows[0].buyerName);
    }

    // Issue 16.9/16.8: a draft has no number (not "0"); the legal name and the buyer name both go out.
    void export_draftWithoutNumberAndBothBuyerNames()
    {
        QList<CachedInvoiceRow> rows = testdata::sampleRows();
        rows[1].buyerLegalName = QStringLiteral("Công ty CP Sao Mai");
        const auto model = listOf(rows);
        QVERIFY(model);
        const QList<QStringList> parsed = CsvExporter::parse(CsvExporter::toCsv(*model));
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

    // Issue 16.9: every row has its series, or says it is not known yet, read back by Python's
    // csv module (an independent reader).
    void export_seriesOfEveryRowOrSaysItIsNotKnown()
    {
        QList<CachedInvoiceRow> rows = testdata::sampleRows();
        for (CachedInvoiceRow &row : rows)
            row.invoiceSeries = QStringLiteral("C26TAA");
        rows[1].invoiceSeries.clear();
        const auto model = listOf(rows);
        QVERIFY(model);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.csv"));
        QVERIFY(CsvExporter::writeFile(*model, path));
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
                QStringLiteral("import csv,sys\n"
                               "rows=list(csv.reader(open(sys.argv[1],encoding='utf-8-sig',newline='')))\n"
                               "print('\\n'.join(r[0]+'|'+r[2] for r in rows[1:]))"),
                path});
        QVERIFY(python.waitForFinished(20000));
        QCOMPARE(python.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(python.readAllStandardOutput()).trimmed().split(u'\n');
        QCOMPARE(lines.size(), rows.size());
        for (const QString &line : lines) {
            const QStringList fields = line.split(u'|');
            if (fields.first() == rows[1].referenceCode)
                QCOMPARE(fields.last(), CsvExporter::tr("(not known until the invoice is opened)"));
            else
                QCOMPARE(fields.last(), QStringLiteral("C26TAA"));
        }
    }

    // Issue 22: "as filtered" is every row the filter passes, in the list's order, not the rows
    // the list has read so far; read back by Python's csv module.
    void export_streamsEveryFilteredRowNotTheWindow()
    {
        QList<CachedInvoiceRow> rows;
        for (int i = 0; i < 3000; ++i)
            rows.append(testdata::row(QStringLiteral("R-%1").arg(i, 4, 10, QLatin1Char('0')),
                QString::number(i + 1), QDate(2026, 5, 15).addDays(-(i % 365)),
                i % 3 ? QStringLiteral("Nguyễn Văn An") : QStringLiteral("Lê Đức"), QString(), 1000 + i));
        const auto model = listOf(rows);
        QVERIFY(model);
        model->setFilter(searching(QStringLiteral("nguyen")));
        model->sort(InvoiceListModel::Total, Qt::DescendingOrder);
        QCOMPARE(model->rowCount(), 2000);
        QVERIFY(!model->index(0, 0).data().toString().isEmpty()); // the first window is read
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("filtered.csv"));
        QVERIFY(CsvExporter::writeFile(*model, path));
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
                QStringLiteral(
                    "import csv,sys\n"
                    "rows=list(csv.reader(open(sys.argv[1],encoding='utf-8-sig',newline='')))[1:]\n"
                    "print(len(rows), rows[0][0], rows[-1][0], len({r[4] for r in rows}))"),
                path});
        QVERIFY(python.waitForFinished(20000));
        QCOMPARE(python.exitCode(), 0);
        const QStringList figures = QString::fromUtf8(python.readAllStandardOutput()).trimmed().split(u' ');
        QCOMPARE(figures,
            (QStringList {QStringLiteral("2000"), model->referenceCodeAt(0), model->referenceCodeAt(1999),
                QStringLiteral("1")}));
        QCOMPARE(model->referenceCodeAt(0), QStringLiteral("R-2999"));
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
