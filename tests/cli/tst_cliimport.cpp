// What sepay-einvoice-cli refuses before sending (issues 14.1-14.5, 14.10, 16.1, 16.5, 16.6): the
// real binary against a SandboxServer in this process; the sandbox's request log proves that
// nothing was sent.

#include "../api/sandboxfixture.h"
#include "clitestsupport.h"
#include "core/clock.h"
#include "core/invoicefieldnames.h"
#include "core/vietnamtime.h"

using namespace einvoice;
using namespace einvoice::test;

namespace {

// The seeded active account's series for this year, dated today in Vietnam.
QByteArray header()
{
    return QStringLiteral("Mã nhóm hóa đơn,Ngày hóa đơn,Ký hiệu,Tài khoản nhà cung cấp,Tên người mua,"
                          "Mã số thuế,Địa chỉ,Tên hàng hóa,Số lượng,Đơn giá,Thuế suất,Ghi chú hóa đơn\n")
        .toUtf8();
}

QByteArray row(const QByteArray &key, const QByteArray &item, const QByteArray &quantity = "1",
    const QByteArray &price = "150000", const QByteArray &notes = {}, const QByteArray &address = "1 Lê Lợi")
{
    const QDate today = VietnamTime::today(SystemClock::instance());
    return key + ',' + today.toString(QStringLiteral("dd/MM/yyyy")).toLatin1() + ",C"
        + today.toString(QStringLiteral("yy")).toLatin1() + "TAA," + SandboxSeeder::ActiveAccountId.toLatin1()
        + ",Công ty Mẫu,0312456782," + address + ',' + item + ",\"" + quantity + "\",\"" + price + "\",10,"
        + notes + '\n';
}

// A zone whose date is not Vietnam's now (UTC-12 until 19:00 in Vietnam, UTC+14 after 17:00).
QString zoneWithAnotherDate()
{
    return SystemClock::instance().nowInVietnam().time().hour() < 19 ? QStringLiteral("<-12>12")
                                                                     : QStringLiteral("<+14>-14");
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<IsolatedHome> m_home;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = m_home->environment();
        e.insert(QStringLiteral("SEPAY_CLIENT_ID"), QStringLiteral("sandbox-client-id"));
        e.insert(QStringLiteral("SEPAY_CLIENT_SECRET"), QStringLiteral("sandbox-client-secret"));
        e.insert(QStringLiteral("TZ"), zoneWithAnotherDate());
        return e;
    }

    CliRun cli(const QStringList &arguments)
    {
        return runCli(QStringList {QStringLiteral("--base-url"),
                          m_sandbox->baseUrl().toString(QUrl::StripTrailingSlash)}
                + arguments,
            env(), 180000);
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_home->filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qWarning() << "cannot write" << file.fileName();
        file.write(bytes);
        return file.fileName();
    }

    qsizetype sent() { return m_sandbox->requests(QString(), QStringLiteral("/v1/")).size(); }

    QJsonObject firstCreateBody()
    {
        const QJsonArray creates
            = m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create"));
        return creates.isEmpty() ? QJsonObject()
                                 : creates.first().toObject().value(QLatin1String("body")).toObject();
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>(SandboxConfig());
        m_home = std::make_unique<IsolatedHome>();
    }

    void cleanup()
    {
        m_sandbox.reset();
        m_home.reset();
    }

    void batch_refusesBeforeSending_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("named"); // what the message must name
        QTest::newRow("empty file") << QByteArray() << QStringList() << QStringList {QStringLiteral("empty")};
        QTest::newRow("header only") << header() << QStringList()
                                     << QStringList {QStringLiteral("no invoice rows")};
        QTest::newRow("header only, cr line ends") << QByteArray(header()).replace(
            '\n', '\r') << QStringList() << QStringList {QStringLiteral("no invoice rows")};
        QTest::newRow("ambiguous usd-like price")
            << QByteArray(header() + row("A", "X", "1", "12.345")) << QStringList()
            << QStringList {QStringLiteral("line 2 unit_price"), QStringLiteral("--decimal-separator")};
        QTest::newRow("column mixes conventions")
            << QByteArray(header() + row("A", "X", "1", "1.234,5") + row("B", "Y", "1", "12.5"))
            << QStringList()
            << QStringList {QStringLiteral("line 2 unit_price"), QStringLiteral("line 3 unit_price")};
        QTest::newRow("stated separator against the file")
            << QByteArray(header() + row("A", "X", "1", "1.234,5"))
            << QStringList {QStringLiteral("--decimal-separator"), QStringLiteral(".")}
            << QStringList {QStringLiteral("line 2 unit_price")};
        QTest::newRow("0.125 kg") << QByteArray(header() + row("A", "X", "0.125")) << QStringList()
                                  << QStringList {QStringLiteral("line 2 quantity"), QStringLiteral("0.125")};
        QTest::newRow("nul in a name")
            << QByteArray(header() + row("A", QByteArray("B\0n", 3))) << QStringList()
            << QStringList {QStringLiteral("line 2 item_name"), QStringLiteral("U+0000")};
        QTest::newRow("not utf-8") << QByteArray(header() + row("A", "X") + row("B", "Gh\xFF"))
                                   << QStringList() << QStringList {QStringLiteral("Line 3")};
        QTest::newRow("keys that differ only in case")
            << QByteArray(header() + row("hd1", "X") + row("HD1", "Y")) << QStringList()
            << QStringList {QStringLiteral("line 2 invoice_key"), QStringLiteral("line 3 invoice_key")};
        QTest::newRow("company without address")
            << QByteArray(header() + row("A", "X", "1", "1000", {}, {})) << QStringList()
            << QStringList {QStringLiteral("line 2 buyer_address")};
        QTest::newRow("item name of 10 MB")
            << QByteArray(header() + row("A", QByteArray(10 << 20, 'x'))) << QStringList()
            << QStringList {QStringLiteral("line 2 item_name")};
        QTest::newRow("note of 100 MB")
            << QByteArray(header() + row("A", "X", "1", "1000", QByteArray(100 << 20, 'n'))) << QStringList()
            << QStringList {QStringLiteral("line 2 notes")};
        QByteArray manyLines = header();
        for (int i = 0; i < 100000; ++i)
            manyLines += row("A", "X");
        QTest::newRow("100,000 lines in one invoice")
            << manyLines << QStringList() << QStringList {QStringLiteral("line 2 items")};
        QTest::newRow("bad decimal separator option")
            << QByteArray(header() + row("A", "X"))
            << QStringList {QStringLiteral("--decimal-separator"), QStringLiteral(";")}
            << QStringList {QStringLiteral("--decimal-separator")};
    }

    void batch_refusesBeforeSending()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, options);
        QFETCH(QStringList, named);
        const QString path = write(QStringLiteral("batch.csv"), bytes);
        const CliRun run
            = cli(QStringList {QStringLiteral("batch"), path, QStringLiteral("--yes")} + options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.crashed);
        for (const QString &words : named)
            QVERIFY2(QString::fromUtf8(run.err).contains(words), run.err.left(2000).constData());
        QCOMPARE(sent(), 0);
    }

    void batch_statedSeparatorReadsTheFile_data()
    {
        QTest::addColumn<QString>("separator");
        QTest::addColumn<double>("price");
        QTest::newRow("comma: 1.500 is fifteen hundred") << QStringLiteral(",") << 1500.0;
        QTest::newRow("dot: 1.500 is one and a half") << QStringLiteral(".") << 1.5;
    }

    void batch_statedSeparatorReadsTheFile()
    {
        QFETCH(QString, separator);
        QFETCH(double, price);
        const QString path = write(QStringLiteral("stated.csv"), header() + row("A", "X", "2", "1.500"));
        const CliRun run = cli({QStringLiteral("batch"), path, QStringLiteral("--decimal-separator"),
            separator, QStringLiteral("--draft"), QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject item = firstCreateBody().value(QLatin1String("items")).toArray().first().toObject();
        QCOMPARE(item.value(QLatin1String("unit_price")).toDouble(), price);
    }

    void batch_crOnlyWindows1258FileIsIssuedInVietnamTime()
    {
        // "CSV (Macintosh)" line ends, Windows-1258 letters, a machine whose date is not Vietnam's.
        QByteArray bytes = header() + row("A", "B\xE0n ph\xEDm", "1,5", "1.500.000");
        bytes.replace("Công ty Mẫu", "C\xF4ng ty Nguy\xEA\xDEn");
        bytes.replace(
            QStringLiteral("Mã nhóm hóa đơn,Ngày hóa đơn,Ký hiệu,Tài khoản nhà cung cấp,Tên người mua,")
                .toUtf8(),
            "Ma nhom hoa don,Ngay hoa don,Ky hieu,Tai khoan nha cung cap,Ten nguoi mua,");
        bytes.replace(
            QStringLiteral("Mã số thuế,Địa chỉ,Tên hàng hóa,Số lượng,Đơn giá,Thuế suất,Ghi chú hóa đơn")
                .toUtf8(),
            "Ma so thue,Dia chi,Ten hang hoa,So luong,Don gia,Thue suat,Ghi chu hoa don");
        bytes.replace("1 Lê Lợi", "1 L\xEA L\xF5\xF2i");
        bytes.replace('\n', '\r');
        const QString path = write(QStringLiteral("mac.csv"), bytes);
        const CliRun run
            = cli({QStringLiteral("batch"), path, QStringLiteral("--draft"), QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject body = firstCreateBody();
        const QString today
            = VietnamTime::today(SystemClock::instance()).toString(QStringLiteral("yyyy-MM-dd"));
        QCOMPARE(body.value(QLatin1String("issued_date")).toString(), today + QStringLiteral(" 00:00:00"));
        const QJsonObject buyer = body.value(QLatin1String("buyer")).toObject();
        QCOMPARE(buyer.value(QLatin1String("name")).toString(), QStringLiteral("Công ty Nguyễn"));
        QCOMPARE(buyer.value(QLatin1String("address")).toString(), QStringLiteral("1 Lê Lợi"));
        const QJsonObject item = body.value(QLatin1String("items")).toArray().first().toObject();
        QCOMPARE(item.value(QLatin1String("item_name")).toString(), QStringLiteral("Bàn phím"));
        QCOMPARE(item.value(QLatin1String("quantity")).toDouble(), 1.5);
        QCOMPARE(item.value(QLatin1String("unit_price")).toDouble(), 1500000.0);
    }

    void template_isDatedTodayInVietnam()
    {
        const QString path = m_home->filePath(QStringLiteral("mau.csv"));
        const CliRun run = runCli({QStringLiteral("template"), QStringLiteral("-o"), path}, env());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(
            VietnamTime::today(SystemClock::instance()).toString(QStringLiteral("dd/MM/yyyy"))));
    }

    void create_refusesBeforeSending_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value"); // "" means: take the field out
        QTest::newRow("nul in the buyer name")
            << QStringLiteral("buyer.name") << QStringLiteral("Cong\u0000ty");
        QTest::newRow("escape in the note") << QStringLiteral("notes") << QStringLiteral("a\u001Bb");
        QTest::newRow("line break in an item name")
            << QStringLiteral("items[0].item_name") << QStringLiteral("a\nb");
        QTest::newRow("note of 100 MB") << QStringLiteral("notes") << QString(100 << 20, u'n');
        QTest::newRow("item name of 10 MB")
            << QStringLiteral("items[0].item_name") << QString(10 << 20, u'x');
        QTest::newRow("100,000 lines") << QStringLiteral("items") << QString();
        QTest::newRow("company without address") << QStringLiteral("buyer.address") << QString();
        QTest::newRow("company without any name") << QStringLiteral("buyer.legal_name") << QString();
    }

    void create_refusesBeforeSending()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QJsonObject payload = examplePayload(QStringLiteral("CLI-LIMIT-1"));
        QJsonObject buyer = payload.value(QLatin1String("buyer")).toObject();
        QJsonArray items = payload.value(QLatin1String("items")).toArray();
        QJsonObject item = items.first().toObject();
        if (field == QLatin1String("notes")) {
            payload.insert(QStringLiteral("notes"), value);
        } else if (field == QLatin1String("buyer.name")) {
            buyer.insert(QStringLiteral("name"), value);
        } else if (field == QLatin1String("buyer.address")) {
            buyer.remove(QStringLiteral("address"));
        } else if (field == QLatin1String("buyer.legal_name")) {
            buyer.remove(QStringLiteral("name"));
            buyer.remove(QStringLiteral("legal_name"));
        } else if (field == QLatin1String("items[0].item_name")) {
            item.insert(QStringLiteral("item_name"), value);
        }
        payload.insert(QStringLiteral("buyer"), buyer);
        items.replace(0, item);
        if (field == QLatin1String("items")) {
            for (int i = 1; i < 100000; ++i)
                items.append(item);
        }
        payload.insert(QStringLiteral("items"), items);
        const QString path = writeJsonFile(m_home->filePath(QStringLiteral("invoice.json")), payload);
        const CliRun run
            = cli({QStringLiteral("invoice"), QStringLiteral("create"), path, QStringLiteral("--draft")});
        QCOMPARE(run.exitCode, 2);
        // The field by the name people read (issue 16.13), not by its wire path.
        QVERIFY2(run.err.contains((InvoiceFieldNames::label(field) + u':').toUtf8()),
            run.err.left(2000).constData());
        QCOMPARE(sent(), 0);
    }
};

QTEST_MAIN(TestCliImport)
#include "tst_cliimport.moc"
