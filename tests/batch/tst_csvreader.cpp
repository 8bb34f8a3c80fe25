#include "batch/batchimporter.h"
#include "batch/csvreader.h"
#include "batch/csvtextdecoder.h"

#include <QStringDecoder>
#include <QTest>

using namespace einvoice;

// How a batch file is read: its encoding and its line ends (issues 14.2, 14.3, 16.6).
class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_recognisesEncodings_data();
    void decode_recognisesEncodings();
    void decode_refusesUnreadableBytes_data();
    void decode_refusesUnreadableBytes();
    void windows1258Decoder_isAvailable();
    void csv_readsEveryLineEnd_data();
    void csv_readsEveryLineEnd();
    void csv_skipsLeadingCommentsOnly();
    void csv_refusesAnUnclosedQuote();
    void csv_composesCellsWhoseQuotesSplitALetter();
    void decode_refusesALoneSurrogateInUtf16();
};

void TestCsvReader::decode_recognisesEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString text = QStringLiteral("Nguyễn Văn Đức,Bàn phím\n");
    QTest::newRow("utf-8") << text.toUtf8() << QStringLiteral("UTF-8");
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << QStringLiteral("UTF-8");
    QByteArray le("\xFF\xFE");
    QByteArray be("\xFE\xFF");
    for (const QChar c : text) {
        le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    QTest::newRow("utf-16le bom") << le << QStringLiteral("UTF-16LE");
    QTest::newRow("utf-16be bom") << be << QStringLiteral("UTF-16BE");
    // What Excel writes for "CSV" on a Vietnamese Windows: ễ as ê + combining tilde, Đ, ă, ư + acute.
    QTest::newRow("windows-1258") << QByteArray("Nguy\xEA\xDEn V\xE3n \xD0\xFD\xEC"
                                                "c,B\xE0n ph\xEDm\n")
                                  << QStringLiteral("Windows-1258");
    QTest::newRow("windows-1258 crlf quotes") << QByteArray("\"Nguy\xEA\xDEn V\xE3n \xD0\xFD\xEC"
                                                            "c\",B\xE0n ph\xEDm\r\n")
                                              << QStringLiteral("Windows-1258");
}

void TestCsvReader::decode_recognisesEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    const CsvTextDecoder::Result result = CsvTextDecoder::decode(bytes);
    QVERIFY2(result.ok(), qPrintable(result.problem));
    QCOMPARE(result.encoding, encoding);
    QString text = result.text;
    text.remove(u'"').replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QCOMPARE(text, QStringLiteral("Nguyễn Văn Đức,Bàn phím\n")); // composed (NFC), as typed
    QCOMPARE(text.normalized(QString::NormalizationForm_C), text);
    QCOMPARE(text.size(), 24);
}

void TestCsvReader::decode_refusesUnreadableBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    const QByteArray good = QStringLiteral("Tên,Số lượng\nBàn phím,1\n").toUtf8();
    QTest::newRow("stray byte in utf-8") << QByteArray(good
        + "Gh\xFF"
          "\n") << 3;
    QTest::newRow("cut sequence in utf-8 with bom") << QByteArray("\xEF\xBB\xBF"
                                                                  "a\nb\xE1\xBB\n")
                                                    << 2;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR\x01\x02", 18) << 1;
    QTest::newRow("c1 bytes are not vietnamese") << QByteArray("a,b\nc\x81\x8D,d\n") << 2;
    QTest::newRow("symbols are not vietnamese") << QByteArray("a,b\n\xA9\xAE\xB1,d\n") << 2;
    QTest::newRow("tone mark after a digit") << QByteArray("a,b\n1\xEC,d\n") << 2;
    QTest::newRow("utf-16 without bom") << QByteArray("a\0,\0b\0\n\0", 8) << 1;
    QTest::newRow("cr-only lines count") << QByteArray("a\rb\rc\xFF\r") << 3;
}

void TestCsvReader::decode_refusesUnreadableBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    const CsvTextDecoder::Result result = CsvTextDecoder::decode(bytes);
    QVERIFY(!result.ok());
    QCOMPARE(result.badLine, line);
    QVERIFY(result.text.isEmpty());
    QVERIFY2(
        result.problem.contains(QString::number(line)) || result.problem.contains(QLatin1String("UTF-16")),
        qPrintable(result.problem));
    // The importer refuses the whole file with the same line, and never with U+FFFD in a name.
    const BatchImport batch = BatchImporter::import(bytes);
    QCOMPARE(batch.fileProblems.size(), 1);
    QCOMPARE(batch.fileProblems.first().row, line);
    QVERIFY(batch.invoices.isEmpty());
}

void TestCsvReader::windows1258Decoder_isAvailable()
{
    // Qt reaches Windows-1258 through ICU on Debian (libicu72); without it the file is refused.
    QVERIFY(QStringDecoder("windows-1258").isValid());
}

void TestCsvReader::csv_readsEveryLineEnd_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("lf") << QByteArray("a,b\n1,\"x\ny\"\n2,z\n");
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,\"x\r\ny\"\r\n2,z\r\n");
    QTest::newRow("cr only (CSV Macintosh)") << QByteArray("a,b\r1,\"x\ry\"\r2,z\r");
    QTest::newRow("cr only without last end") << QByteArray("a,b\r1,\"x\ry\"\r2,z");
}

void TestCsvReader::csv_readsEveryLineEnd()
{
    QFETCH(QByteArray, bytes);
    const QList<CsvRecord> records = CsvReader::parse(bytes);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(1).fields, (QStringList {QStringLiteral("1"), QStringLiteral("x\ny")}));
    QCOMPARE(records.at(2).fields, (QStringList {QStringLiteral("2"), QStringLiteral("z")}));
    QCOMPARE(records.at(2).line, 4); // the line break inside the quoted cell counts
}

void TestCsvReader::csv_skipsLeadingCommentsOnly()
{
    const QByteArray bytes = "# instructions, with commas\r\n\"# quoted; too\"\r\na;b\r\n#1;x\r\n";
    QChar separator;
    const QList<CsvRecord> records = CsvReader::parse(bytes, &separator);
    QCOMPARE(separator, QLatin1Char(';')); // found on the header, not on the comments
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.first().line, 3);
    QCOMPARE(records.at(1).fields.first(), QStringLiteral("#1")); // a key, after the header
}

void TestCsvReader::csv_refusesAnUnclosedQuote()
{
    const CsvFile file = CsvReader::read("a,b\n1,\"open\n2,3\n");
    QCOMPARE(file.problemLine, 2);
    QVERIFY(!file.problem.isEmpty());
    QVERIFY(BatchImporter::import("a,b\n1,\"open\n2,3\n").invoices.isEmpty());
}

void TestCsvReader::csv_composesCellsWhoseQuotesSplitALetter()
{
    // Found by fuzz_csv: the quotes kept "e" and its acute accent apart while the text was composed;
    // without them the cell is "é" and must read the same when written back unquoted.
    const QByteArray bytes = "a,b\n1,\"e\"\xCC\x81\n";
    const QList<CsvRecord> records = CsvReader::parse(bytes);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).fields.at(1), QString(QChar(0x00E9)));
    const QByteArray written = "a,b\n1," + CsvReader::quote(records.at(1).fields.at(1), u',').toUtf8() + "\n";
    QCOMPARE(CsvReader::parse(written).at(1).fields, records.at(1).fields);
}

void TestCsvReader::decode_refusesALoneSurrogateInUtf16()
{
    // Found by fuzz_csv: Qt's decoder passes a low surrogate without its high half, which UTF-8
    // cannot hold; the cell would come back as '?' once written.
    const QByteArray bytes("\xFE\xFF\x00"
                           "a\x00,\x00"
                           "b\x00\n\x00"
                           "c\xDD\x00\x00\n",
        16);
    const CsvTextDecoder::Result result = CsvTextDecoder::decode(bytes);
    QVERIFY(!result.ok());
    QCOMPARE(result.badLine, 2);
    QVERIFY2(result.problem.contains(QLatin1String("UTF-16")), qPrintable(result.problem));
    QVERIFY(BatchImporter::import(bytes).invoices.isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
