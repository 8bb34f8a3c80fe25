#include "../api/sandboxfixture.h"
#include "../cli/clitestsupport.h"
#include "../spreadsheet/openpyxlview.h"
#include "core/taxcode.h"
#include "reportseed.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>

using namespace einvoice;
using namespace einvoice::test;

// `report sales` of the real sepay-einvoice-cli: on a seeded store (--offline; the JSON byte for
// byte, golden CSV files, the workbook read back by openpyxl) and against the sandbox over real
// HTTP (it fetches the list, the details and the XML a mixed-rate invoice needs).
class TestCliReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void offline_jsonByRateIsTheContract();
    void offline_csvMatchesTheGoldenFiles_data();
    void offline_csvMatchesTheGoldenFiles();
    void offline_xlsxReadsBackWithTypes();
    void offline_vietnameseLocale_writesVietnameseHeaders();
    void offline_incompletePeriod_saysSoWithTheFigures();
    void online_fetchesWhatThePeriodLacks();
    void badArguments_exitTwo_data();
    void badArguments_exitTwo();
    void networkFailure_exitOne();

private:
    void seedStore();
    CliRun offline(const QStringList &arguments);
    CliRun online(const QStringList &arguments);

    std::unique_ptr<IsolatedHome> m_home;
    std::unique_ptr<SandboxFixture> m_sandbox;
};

void TestCliReport::init()
{
    m_home = std::make_unique<IsolatedHome>();
    m_sandbox = std::make_unique<SandboxFixture>();
}

void TestCliReport::cleanup()
{
    m_sandbox.reset();
    m_home.reset();
}

// The CLI's own database file (Demo environment), filled through the store's repositories.
void TestCliReport::seedStore()
{
    const QString folder = m_home->filePath(QStringLiteral("data/SePay eInvoice/sepay-einvoice"));
    QVERIFY(QDir().mkpath(folder));
    LocalStore store;
    QVERIFY(store.open(folder + QStringLiteral("/einvoice.sqlite")).ok());
    reportseed::write(store, QStringLiteral("demo"), reportseed::november());
}

CliRun TestCliReport::offline(const QStringList &arguments)
{
    return runCli(QStringList {QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--offline")}
            + arguments,
        m_home->environment());
}

CliRun TestCliReport::online(const QStringList &arguments)
{
    return runCli(
        QStringList {QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(QUrl::StripTrailingSlash),
            QStringLiteral("report"), QStringLiteral("sales")}
            + arguments,
        m_home->environment(QStringLiteral("sandbox-client-id"), QStringLiteral("sandbox-client-secret")));
}

void TestCliReport::offline_jsonByRateIsTheContract()
{
    seedStore();
    const CliRun run = offline({QStringLiteral("--from"), QStringLiteral("2026-11-01"),
        QStringLiteral("--to"), QStringLiteral("2026-11-30"), QStringLiteral("--by"), QStringLiteral("rate"),
        QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("{\"from\": \"2026-11-01\", \"to\": \"2026-11-30\", \"by\": \"rate\", "
                                "\"complete\": true, \"currencies\": [{\"currency\": \"VND\", \"rows\": "
                                "[{\"tax_rate\": -2, \"invoices\": 1, \"before_tax\": 300000, \"vat\": 0, "
                                "\"total\": 300000}, "),
        run.out.constData());
    QVERIFY(run.out.endsWith("\"totals\": {\"invoices\": 1, \"before_tax\": 1000.5, \"vat\": 100.05, "
                             "\"total\": 1100.55}}]}\n"));
    QVERIFY(run.isOneJsonDocument());
}

void TestCliReport::offline_csvMatchesTheGoldenFiles_data()
{
    QTest::addColumn<QString>("by");
    for (const char *by : {"rate", "invoice", "buyer", "item", "month"})
        QTest::newRow(by) << QString::fromLatin1(by);
}

void TestCliReport::offline_csvMatchesTheGoldenFiles()
{
    QFETCH(QString, by);
    seedStore();
    const QString path = m_home->filePath(by + QStringLiteral(".csv"));
    const CliRun run = offline({QStringLiteral("--from"), QStringLiteral("2026-11-01"),
        QStringLiteral("--to"), QStringLiteral("2026-11-30"), QStringLiteral("--by"), by,
        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), path});
    QCOMPARE(run.exitCode, 0);
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM, for Excel
    QFile golden(QStringLiteral(REPORT_GOLDEN) + QStringLiteral("/sales-by-") + by + QStringLiteral(".csv"));
    if (qEnvironmentVariableIsSet("EINVOICE_WRITE_GOLDEN") && golden.open(QIODevice::WriteOnly))
        golden.write(bytes);
    golden.close();
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
    QCOMPARE(QString::fromUtf8(bytes), QString::fromUtf8(golden.readAll()));
}

void TestCliReport::offline_xlsxReadsBackWithTypes()
{
    seedStore();
    { // the user's company, as the desktop's Settings keep it for the Demo environment
        QSettings settings(m_home->filePath(QStringLiteral("config/SePay eInvoice/sepay-einvoice.conf")),
            QSettings::IniFormat);
        settings.setValue(QStringLiteral("seller/demo/name"), QStringLiteral("Công ty TNHH Mẫu & Con"));
        settings.setValue(QStringLiteral("seller/demo/taxCode"), QStringLiteral("0312345678"));
    }
    const QString path = m_home->filePath(QStringLiteral("listing.xlsx"));
    CliRun run = offline({QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
        QStringLiteral("2026-11-30"), QStringLiteral("--by"), QStringLiteral("invoice"),
        QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), path});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject sheet
        = xlsxtest::openpyxlView(path).value(QLatin1String("sheets")).toArray().first().toObject();
    QCOMPARE(xlsxtest::valueOf(sheet, "F1").toString(), QStringLiteral("Date"));
    // The seller and the period head every printed page; the table still starts on row 1.
    const QString header = sheet.value(QLatin1String("header_left")).toString();
    // "&&" is how Excel's header language writes one '&' (openpyxl shows it as stored).
    QVERIFY2(header.contains(QStringLiteral("Công ty TNHH Mẫu && Con – Tax code 0312345678"))
            && header.contains(QStringLiteral("2026")),
        qPrintable(header));
    QVERIFY2(header.startsWith(QStringLiteral("DEMO: sample data – ")), qPrintable(header)); // not real sales
    // Row 2: the KCT part of the mixed invoice; its date a real date, its amounts numbers.
    QVERIFY(xlsxtest::cellOf(sheet, "F2").value(QLatin1String("is_date")).toBool());
    QCOMPARE(xlsxtest::valueOf(sheet, "F2").toString(), QStringLiteral("2026-11-12T00:00:00"));
    QCOMPARE(xlsxtest::cellOf(sheet, "I2").value(QLatin1String("type")).toString(), QStringLiteral("int"));
    QCOMPARE(xlsxtest::valueOf(sheet, "I2").toInt(), 300000);
    // Row 3 its subtotal; the tax code stays text.
    QCOMPARE(xlsxtest::valueOf(sheet, "G3").toString(), QStringLiteral("Subtotal: 1 invoice(s)"));
    QCOMPARE(xlsxtest::cellOf(sheet, "H4").value(QLatin1String("type")).toString(), QStringLiteral("str"));
    QCOMPARE(xlsxtest::valueOf(sheet, "H4").toString(), QStringLiteral("0101234567"));
    // The USD invoice last, with its cents.
    QCOMPARE(xlsxtest::valueOf(sheet, "A21").toString(), QStringLiteral("USD"));
    QCOMPARE(xlsxtest::cellOf(sheet, "I21").value(QLatin1String("type")).toString(), QStringLiteral("float"));
    QCOMPARE(xlsxtest::valueOf(sheet, "I21").toString(), QStringLiteral("1000.5"));

    const QString rates = m_home->filePath(QStringLiteral("rates.xlsx"));
    run = offline({QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
        QStringLiteral("2026-11-30"), QStringLiteral("--format"), QStringLiteral("xlsx"),
        QStringLiteral("-o"), rates});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject book = xlsxtest::openpyxlView(rates);
    const QJsonObject form = xlsxtest::sheetNamed(book, QStringLiteral("VAT return 01-GTGT"));
    QCOMPARE(xlsxtest::valueOf(form, "A8").toString(), QStringLiteral("[32]"));
    QCOMPARE(xlsxtest::valueOf(form, "C8").toInt(), 4450000); // 10 % and 8 % sales
    QCOMPARE(xlsxtest::valueOf(form, "C9").toInt(), 409000);
}

// An accountant's Vietnamese desktop (LC_ALL): the workbook speaks Vietnamese, the figures stay.
void TestCliReport::offline_vietnameseLocale_writesVietnameseHeaders()
{
    seedStore();
    const QString path = m_home->filePath(QStringLiteral("listing-vi.xlsx"));
    QProcessEnvironment environment = m_home->environment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("vi_VN.UTF-8"));
    const CliRun run
        = runCli({QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--offline"),
                     QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                     QStringLiteral("2026-11-30"), QStringLiteral("--by"), QStringLiteral("invoice"),
                     QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), path},
            environment);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject sheet
        = xlsxtest::openpyxlView(path).value(QLatin1String("sheets")).toArray().first().toObject();
    QCOMPARE(xlsxtest::valueOf(sheet, "F1").toString(), QStringLiteral("Ngày"));
    QCOMPARE(xlsxtest::valueOf(sheet, "I2").toInt(), 300000);
}

// An invoice of November whose detail was never fetched: the table and the workbook carry the
// figures with the note, as they carry the test-data note.
void TestCliReport::offline_incompletePeriod_saysSoWithTheFigures()
{
    seedStore();
    {
        LocalStore store;
        QVERIFY(
            store.open(m_home->filePath(QStringLiteral("data/SePay eInvoice/sepay-einvoice/einvoice.sqlite")))
                .ok());
        reportseed::Seed late;
        late.ref = QStringLiteral("LATE-1");
        late.day = QDate(2026, 11, 28);
        late.beforeTax = Decimal::fromInteger(100000);
        late.vat = Decimal::fromInteger(10000);
        late.total = Decimal::fromInteger(110000);
        late.withDetail = false;
        reportseed::write(store, QStringLiteral("demo"), {late});
    }
    const QStringList november {QStringLiteral("--from"), QStringLiteral("2026-11-01"),
        QStringLiteral("--to"), QStringLiteral("2026-11-30")};
    CliRun run = offline(november);
    QCOMPARE(run.exitCode, 0);
    const QRegularExpression note(QStringLiteral(
        "INCOMPLETE: 1 of \\d+ invoice(s|\\(s\\)) of the period not fetched yet; figures may change"));
    QVERIFY2(note.match(QString::fromUtf8(run.out)).hasMatch(), run.out.constData());
    QVERIFY2(run.err.contains("Not complete"), run.err.constData());

    const QString path = m_home->filePath(QStringLiteral("incomplete.xlsx"));
    run = offline(november
        + QStringList {QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), path});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject sheet
        = xlsxtest::openpyxlView(path).value(QLatin1String("sheets")).toArray().first().toObject();
    const QString header = sheet.value(QLatin1String("header_left")).toString();
    QVERIFY2(header.startsWith(QStringLiteral("DEMO: sample data – ")), qPrintable(header));
    QVERIFY2(note.match(header.section(QLatin1Char('\n'), 1)).hasMatch(), qPrintable(header));
}

void TestCliReport::online_fetchesWhatThePeriodLacks()
{
    // Two issued invoices: one at 10 %, one mixing 10 % and 5 % (only its XML gives the split).
    QJsonObject single = examplePayload(QStringLiteral("RPT-1"));
    single.insert(QStringLiteral("is_draft"), false);
    QJsonObject mixed = examplePayload(QStringLiteral("RPT-2"));
    mixed.insert(QStringLiteral("is_draft"), false);
    QJsonArray items = mixed.value(QLatin1String("items")).toArray();
    QJsonObject second = items.first().toObject();
    second.insert(QStringLiteral("line_number"), 2);
    second.insert(QStringLiteral("tax_rate"), 5);
    second.insert(QStringLiteral("unit_price"), 100000);
    items.append(second);
    mixed.insert(QStringLiteral("items"), items);
    const auto env
        = m_home->environment(QStringLiteral("sandbox-client-id"), QStringLiteral("sandbox-client-secret"));
    const QString base = m_sandbox->baseUrl().toString(QUrl::StripTrailingSlash);
    for (const QJsonObject &payload : {single, mixed}) {
        const QString file
            = writeJsonFile(m_home->filePath(payload.value(QLatin1String("reference_code")).toString()
                                + QStringLiteral(".json")),
                payload);
        const CliRun created = runCli({QStringLiteral("--base-url"), base, QStringLiteral("invoice"),
                                          QStringLiteral("create"), file, QStringLiteral("--wait")},
            env);
        QVERIFY2(created.exitCode == 0, created.err.constData());
    }
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QStringList period {QStringLiteral("--from"), QStringLiteral("2020-01-01"), QStringLiteral("--to"),
        QStringLiteral("2099-12-31"), QStringLiteral("--format"), QStringLiteral("json")};
    const CliRun run = online(period);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value(QLatin1String("complete")).toBool(), true);
    const QJsonObject vnd = run.json().value(QLatin1String("currencies")).toArray().first().toObject();
    // 10 %: 300,000 + 300,000; 5 %: 200,000 (2 x 100,000).
    QCOMPARE(QJsonDocument(vnd.value(QLatin1String("rows")).toArray()).toJson(QJsonDocument::Compact),
        QByteArray("[{\"before_tax\":200000,\"invoices\":1,\"tax_rate\":5,\"total\":210000,\"vat\":10000},"
                   "{\"before_tax\":600000,\"invoices\":2,\"tax_rate\":10,\"total\":660000,\"vat\":60000}]"));
    QCOMPARE(vnd.value(QLatin1String("totals")).toObject().value(QLatin1String("invoices")).toInt(), 2);
    // The seller of the XML it fetched is kept for the environment (the desktop's Settings show it).
    QSettings settings(
        m_home->filePath(QStringLiteral("config/SePay eInvoice/sepay-einvoice.conf")), QSettings::IniFormat);
    QStringList sellers;
    for (const QString &key : settings.allKeys())
        if (key.startsWith(QLatin1String("seller/")) && key.endsWith(QLatin1String("/taxCode")))
            sellers.append(settings.value(key).toString());
    QCOMPARE(sellers.size(), 1);
    QVERIFY2(TaxCode::check(sellers.first()).isValid(), qPrintable(sellers.first()));
    // The XML was fetched once, for the mixed invoice only; offline now gives the same answer.
    QCOMPARE(
        m_sandbox->requests(QStringLiteral("GET"), QStringLiteral("/v1/invoices/RPT-2/download")).size(), 1);
    QCOMPARE(
        m_sandbox->requests(QStringLiteral("GET"), QStringLiteral("/v1/invoices/RPT-1/download")).size(), 0);
    const CliRun again = runCli(QStringList {QStringLiteral("--base-url"), base, QStringLiteral("report"),
                                    QStringLiteral("sales"), QStringLiteral("--offline")}
            + period,
        env);
    QCOMPARE(again.out, run.out);
    Q_UNUSED(today);
}

void TestCliReport::badArguments_exitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QStringList period {QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
        QStringLiteral("2026-11-30")};
    QTest::newRow("no period") << QStringList();
    QTest::newRow("bad date") << QStringList {QStringLiteral("--from"), QStringLiteral("2026-13-01"),
        QStringLiteral("--to"), QStringLiteral("2026-11-30")};
    QTest::newRow("to before from") << QStringList {QStringLiteral("--from"), QStringLiteral("2026-11-30"),
        QStringLiteral("--to"), QStringLiteral("2026-11-01")};
    QTest::newRow("by") << period + QStringList {QStringLiteral("--by"), QStringLiteral("tax")};
    QTest::newRow("format") << period + QStringList {QStringLiteral("--format"), QStringLiteral("pdf")};
    QTest::newRow("xlsx without -o") << period
            + QStringList {QStringLiteral("--format"), QStringLiteral("xlsx")};
}

void TestCliReport::badArguments_exitTwo()
{
    QFETCH(QStringList, arguments);
    const CliRun run = offline(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(run.out.isEmpty());
}

void TestCliReport::networkFailure_exitOne()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
    closed.close();
    const CliRun run
        = runCli({QStringLiteral("--base-url"), url, QStringLiteral("report"), QStringLiteral("sales"),
                     QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                     QStringLiteral("2026-11-30")},
            m_home->environment(QStringLiteral("id"), QStringLiteral("secret")));
    QCOMPARE(run.exitCode, 1);
}

QTEST_MAIN(TestCliReport)
#include "tst_clireport.moc"
