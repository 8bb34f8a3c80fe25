// What a replacement or adjustment changes in the sandbox, and when (sepay-api.md appendix B, C;
// emulator additions 11-12): document types, numbers, quota, the detail's link to the origin,
// the two readings of each open point, and the related-invoice block of the XML and PDF.

#include "correctionsandbox.h"
#include "pdftext.h"

#include <QXmlStreamReader>

using namespace testpayloads;

namespace {

// Element path ("HDon/DLHDon/TTChung/TTHDLQuan/TCHDon") -> text.
QHash<QString, QString> xmlValues(const QByteArray &xml)
{
    QHash<QString, QString> values;
    QXmlStreamReader reader(xml);
    QStringList path;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement())
            path.append(reader.name().toString());
        else if (reader.isCharacters() && !reader.isWhitespace())
            values.insert(path.join(QLatin1Char('/')), reader.text().toString());
        else if (reader.isEndElement())
            path.removeLast();
    }
    return values;
}

} // namespace

class SandboxCorrectionStateTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CorrectionSandbox> m_sandbox;

    CorrectionSandbox &sb() { return *m_sandbox; }

    int documentType(const QString &reference)
    {
        return sb().state(reference).value(QLatin1String("document_type")).toInt();
    }

    QByteArray download(const QString &reference, const char *type)
    {
        const auto answer = sb().client->get(
            QStringLiteral("/v1/invoices/%1/download?type=%2").arg(reference, QLatin1String(type)));
        return QByteArray::fromBase64(answer.data().value(QLatin1String("content")).toString().toLatin1());
    }

private Q_SLOTS:
    void init() { m_sandbox = std::make_unique<CorrectionSandbox>(); }
    void cleanup() { m_sandbox.reset(); }

    void replace_changesTheOriginOnlyWhenTheJobSucceeds()
    {
        QVERIFY(sb().issue(QStringLiteral("O")));
        const QString originNumber
            = sb().detail(QStringLiteral("O")).value(QLatin1String("invoice_number")).toString();
        const qint64 quota = sb().quota();
        sb().settings({{QStringLiteral("job_pending_polls"), 2}});
        const auto accepted
            = sb().send(CorrectionSandbox::replacement(QStringLiteral("O"), QStringLiteral("R")));
        QCOMPARE(accepted.status, 200);
        QVERIFY(!accepted.data().value(QLatin1String("tracking_code")).toString().isEmpty());
        const auto pending = sb().client->get(CorrectionSandbox::pathOf(accepted));
        QCOMPARE(CorrectionSandbox::status(pending), QStringLiteral("Pending"));
        QCOMPARE(documentType(QStringLiteral("O")), 2);
        QCOMPARE(sb().state(QStringLiteral("R")).value(QLatin1String("status")).toString(),
            QStringLiteral("creating"));
        QCOMPARE(sb().quota(), quota);
        const auto done = sb().client->pollUntilDone(CorrectionSandbox::pathOf(accepted));
        QCOMPARE(CorrectionSandbox::status(done), QStringLiteral("Success"));
        QCOMPARE(done.data()
                     .value(QLatin1String("invoice"))
                     .toObject()
                     .value(QLatin1String("reference_code"))
                     .toString(),
            QStringLiteral("R"));
        QCOMPARE(documentType(QStringLiteral("O")), 5);
        QCOMPARE(sb().quota(), quota - 1);
        const QJsonObject detail = sb().detail(QStringLiteral("R"));
        QCOMPARE(detail.value(QLatin1String("document_type")).toInt(), 4);
        QCOMPARE(detail.value(QLatin1String("status")).toString(), QStringLiteral("issued"));
        QCOMPARE(detail.value(QLatin1String("provider_status")).toString(), QStringLiteral("4"));
        QCOMPARE(
            detail.value(QLatin1String("original_invoice_reference_code")).toString(), QStringLiteral("O"));
        QVERIFY(!detail.contains(QLatin1String("adjustment_type")));
        // The next number of the series the replacement uses (the origin's).
        QCOMPARE(detail.value(QLatin1String("invoice_number")).toString(),
            QString::number(originNumber.toInt() + 1));
        QCOMPARE(sb().detail(QStringLiteral("O")).value(QLatin1String("status")).toString(),
            QStringLiteral("issued"));
        QCOMPARE(sb().state(QStringLiteral("O")).value(QLatin1String("corrections")).toArray(),
            QJsonArray {QStringLiteral("R")});
    }

    void replace_chainOfReplacements()
    {
        QVERIFY(sb().issue(QStringLiteral("O")));
        QCOMPARE(CorrectionSandbox::status(sb().sendAndSettle(
                     CorrectionSandbox::replacement(QStringLiteral("O"), QStringLiteral("R1")))),
            QStringLiteral("Success"));
        QCOMPARE(CorrectionSandbox::status(sb().sendAndSettle(
                     CorrectionSandbox::replacement(QStringLiteral("R1"), QStringLiteral("R2")))),
            QStringLiteral("Success"));
        QCOMPARE(documentType(QStringLiteral("O")), 5);
        QCOMPARE(documentType(QStringLiteral("R1")), 5);
        QCOMPARE(documentType(QStringLiteral("R2")), 4);
        QCOMPARE(sb().detail(QStringLiteral("R2"))
                     .value(QLatin1String("original_invoice_reference_code"))
                     .toString(),
            QStringLiteral("R1"));
    }

    void adjust_marksTheOriginAdjustedAndMayBeRepeated_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<int>("documentType");
        QTest::newRow("increase") << QStringLiteral("increase") << 1 << 6;
        QTest::newRow("decrease") << QStringLiteral("decrease") << -1 << 7;
        QTest::newRow("info") << QStringLiteral("info") << 0 << 8;
        QTest::newRow("combined") << QStringLiteral("combined") << -1 << 9;
    }

    void adjust_marksTheOriginAdjustedAndMayBeRepeated()
    {
        QFETCH(QString, type);
        QFETCH(int, quantity);
        QFETCH(int, documentType);
        QVERIFY(sb().issue(QStringLiteral("O")));
        const qint64 quota = sb().quota();
        for (const QString &reference : {QStringLiteral("A1"), QStringLiteral("A2")}) {
            const auto done = sb().sendAndSettle(
                CorrectionSandbox::adjustment(QStringLiteral("O"), reference, type, quantity, 150000));
            QCOMPARE(CorrectionSandbox::status(done), QStringLiteral("Success"));
            const QJsonObject detail = sb().detail(reference);
            QCOMPARE(detail.value(QLatin1String("document_type")).toInt(), documentType);
            QCOMPARE(detail.value(QLatin1String("adjustment_type")).toString(), type);
            QCOMPARE(detail.value(QLatin1String("original_invoice_reference_code")).toString(),
                QStringLiteral("O"));
            QCOMPARE(this->documentType(QStringLiteral("O")), 10);
        }
        QCOMPARE(sb().quota(), quota - 2);
        QCOMPARE(sb().state(QStringLiteral("O")).value(QLatin1String("corrections")).toArray().size(), 2);
    }

    void failedJob_leavesTheOriginAndFreesTheReferenceCode()
    {
        QVERIFY(sb().issue(QStringLiteral("O")));
        const qint64 quota = sb().quota();
        QJsonObject failing = CorrectionSandbox::replacement(QStringLiteral("O"), QStringLiteral("R"));
        QJsonObject buyer = failing.value(QLatin1String("buyer")).toObject();
        buyer.insert(QStringLiteral("name"), QStringLiteral("Công ty [FAIL]"));
        failing.insert(QStringLiteral("buyer"), buyer);
        QCOMPARE(CorrectionSandbox::status(sb().sendAndSettle(failing)), QStringLiteral("Failed"));
        QCOMPARE(documentType(QStringLiteral("O")), 2);
        QCOMPARE(sb().quota(), quota);
        QCOMPARE(sb().client->get(QStringLiteral("/v1/invoices/R")).status, 404);
        QCOMPARE(CorrectionSandbox::status(sb().sendAndSettle(
                     CorrectionSandbox::replacement(QStringLiteral("O"), QStringLiteral("R")))),
            QStringLiteral("Success"));
    }

    void originCancelledWhileTheJobWaits_failsTheJob()
    {
        QVERIFY(sb().issue(QStringLiteral("O")));
        sb().settings({{QStringLiteral("job_pending_polls"), 2}});
        const auto accepted
            = sb().send(CorrectionSandbox::replacement(QStringLiteral("O"), QStringLiteral("R")));
        QCOMPARE(accepted.status, 200);
        QCOMPARE(sb().change(QStringLiteral("O"), {{QStringLiteral("cancelled"), true}}).status, 200);
        const auto done = sb().client->pollUntilDone(CorrectionSandbox::pathOf(accepted));
        QCOMPARE(CorrectionSandbox::status(done), QStringLiteral("Failed"));
        QVERIFY(done.data().value(QLatin1String("message")).toString().contains(QStringLiteral("hủy")));
        QCOMPARE(documentType(QStringLiteral("O")), 3);
        QCOMPARE(sb().detail(QStringLiteral("O")).value(QLatin1String("status")).toString(),
            QStringLiteral("cancelled"));
        QCOMPARE(sb().client->admin("GET", QStringLiteral("/_sandbox/invoices/R")).status, 404);
    }

    void readings_checkPath_data()
    {
        QTest::addColumn<QString>("type"); // empty: replace
        QTest::addColumn<QString>("reading");
        QTest::newRow("replace, replace/check") << QString() << QStringLiteral("replace");
        QTest::newRow("replace, create/check") << QString() << QStringLiteral("create");
        QTest::newRow("adjust, adjust/check") << QStringLiteral("increase") << QStringLiteral("adjust");
        QTest::newRow("adjust, create/check") << QStringLiteral("increase") << QStringLiteral("create");
    }

    void readings_checkPath()
    {
        QFETCH(QString, type);
        QFETCH(QString, reading);
        const bool adjusting = !type.isEmpty();
        const QString own = adjusting ? QStringLiteral("adjust") : QStringLiteral("replace");
        const QString key = own + QStringLiteral("_check_path");
        QCOMPARE(sb().settings({{key, reading}}).json.value(key).toString(), reading);
        QVERIFY(sb().issue(QStringLiteral("O")));
        const auto accepted = sb().send(adjusting
                ? CorrectionSandbox::adjustment(QStringLiteral("O"), QStringLiteral("C"), type, 1, 1000)
                : CorrectionSandbox::replacement(QStringLiteral("O"), QStringLiteral("C")));
        const QString tracking = accepted.data().value(QLatin1String("tracking_code")).toString();
        const QString expected = QStringLiteral("/v1/invoices/%1/check/%2").arg(reading, tracking);
        QCOMPARE(accepted.data().value(QLatin1String("tracking_url")).toString(),
            sb().baseUrl().toString() + expected);
        const QString other = reading == own ? QStringLiteral("create") : own;
        QCOMPARE(
            sb().client->get(QStringLiteral("/v1/invoices/%1/check/%2").arg(other, tracking)).status, 404);
        QCOMPARE(CorrectionSandbox::status(sb().client->pollUntilDone(expected)), QStringLiteral("Success"));
    }

    void readings_decreaseSign_data()
    {
        QTest::addColumn<QString>("reading");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("total");
        QTest::newRow("negative reading, negative line")
            << QStringLiteral("negative") << -1 << 200 << qint64(-165000);
        QTest::newRow("negative reading, positive line")
            << QStringLiteral("negative") << 1 << 422 << qint64(0);
        QTest::newRow("positive reading, positive line")
            << QStringLiteral("positive") << 1 << 200 << qint64(165000);
        QTest::newRow("positive reading, negative line")
            << QStringLiteral("positive") << -1 << 422 << qint64(0);
    }

    void readings_decreaseSign()
    {
        QFETCH(QString, reading);
        QFETCH(int, quantity);
        QFETCH(int, status);
        QFETCH(qint64, total);
        sb().settings({{QStringLiteral("decrease_sign"), reading}});
        QVERIFY(sb().issue(QStringLiteral("O")));
        const QJsonObject payload = CorrectionSandbox::adjustment(
            QStringLiteral("O"), QStringLiteral("D"), QStringLiteral("decrease"), quantity, 150000);
        const auto accepted = sb().send(payload);
        QCOMPARE(accepted.status, status);
        if (status != 200) {
            QCOMPARE(accepted.errorCode(), QStringLiteral("ADJUSTMENT_SIGN_MISMATCH"));
            return;
        }
        QCOMPARE(CorrectionSandbox::status(sb().client->pollUntilDone(CorrectionSandbox::pathOf(accepted))),
            QStringLiteral("Success"));
        const QJsonObject detail = sb().detail(QStringLiteral("D"));
        QCOMPARE(detail.value(QLatin1String("document_type")).toInt(), 7);
        QCOMPARE(detail.value(QLatin1String("total_amount")).toInteger(), total);
    }

    void settings_listTheReadingsRefuseBadValuesAndReset()
    {
        const QJsonObject defaults = sb().client->admin("GET", QStringLiteral("/_sandbox/settings")).json;
        QCOMPARE(defaults.value(QLatin1String("replace_check_path")).toString(), QStringLiteral("replace"));
        QCOMPARE(defaults.value(QLatin1String("adjust_check_path")).toString(), QStringLiteral("adjust"));
        QCOMPARE(defaults.value(QLatin1String("decrease_sign")).toString(), QStringLiteral("negative"));
        QCOMPARE(defaults.value(QLatin1String("correction_tracking_base")).toString(), QString());
        QCOMPARE(sb().settings({{QStringLiteral("adjust_check_path"), QStringLiteral("issue")}}).status, 400);
        QCOMPARE(sb().settings({{QStringLiteral("decrease_sign"), QStringLiteral("minus")}}).status, 400);
        QCOMPARE(sb().settings({{QStringLiteral("correction_tracking_base"), 5}}).status, 400);
        QCOMPARE(sb().settings({{QStringLiteral("decrease_sign"), QStringLiteral("positive")}}).status, 200);
        sb().client->admin("POST", QStringLiteral("/_sandbox/reset"));
        QCOMPARE(sb().client->admin("GET", QStringLiteral("/_sandbox/settings")).json, defaults);
    }

    void trackingBase_namesAnotherHostForClientTests()
    {
        sb().settings(
            {{QStringLiteral("correction_tracking_base"), QStringLiteral("http://203.0.113.9:8080")}});
        QVERIFY(sb().issue(QStringLiteral("O")));
        const auto accepted
            = sb().send(CorrectionSandbox::replacement(QStringLiteral("O"), QStringLiteral("R")));
        const QUrl url(accepted.data().value(QLatin1String("tracking_url")).toString());
        QCOMPARE(url.host(), QStringLiteral("203.0.113.9"));
        QVERIFY(url.path().startsWith(QLatin1String("/v1/invoices/replace/check/")));
    }

    void adminInvoice_refusesWhatCannotHappen()
    {
        QVERIFY(sb().issue(QStringLiteral("O")));
        const auto draft
            = sb().client->post(QStringLiteral("/v1/invoices/create"), vatInvoice(QStringLiteral("D"), true));
        sb().client->pollUntilDone(CorrectionSandbox::pathOf(draft));
        QCOMPARE(sb().change(QStringLiteral("D"), {{QStringLiteral("cancelled"), true}}).status, 400);
        QCOMPARE(sb().change(QStringLiteral("O"), {{QStringLiteral("provider_status"), QStringLiteral("0")}})
                     .status,
            400);
        QCOMPARE(sb().change(QStringLiteral("O"), {{QStringLiteral("provider_status"), 4}}).status, 400);
        QCOMPARE(sb().change(QStringLiteral("O"), {{QStringLiteral("document_type"), 5}}).status, 400);
        QCOMPARE(sb().change(QStringLiteral("NOPE"), {{QStringLiteral("cancelled"), true}}).status, 404);
        const auto moved
            = sb().change(QStringLiteral("O"), {{QStringLiteral("provider_status"), QStringLiteral("5")}});
        QCOMPARE(moved.status, 200);
        QCOMPARE(sb().detail(QStringLiteral("O")).value(QLatin1String("provider_status")).toString(),
            QStringLiteral("5"));
        QCOMPARE(documentType(QStringLiteral("O")), 2);
    }

    void files_replacementCarriesTheRelatedInvoiceBlockAndLine()
    {
        QVERIFY(sb().issue(QStringLiteral("O")));
        const QJsonObject origin = sb().detail(QStringLiteral("O"));
        QVERIFY(CorrectionSandbox::status(sb().sendAndSettle(
                    CorrectionSandbox::replacement(QStringLiteral("O"), QStringLiteral("R"))))
            == QLatin1String("Success"));
        const QHash<QString, QString> xml = xmlValues(download(QStringLiteral("R"), "xml"));
        const QString block = QStringLiteral("HDon/DLHDon/TTChung/TTHDLQuan/");
        QCOMPARE(xml.value(block + QStringLiteral("TCHDon")), QStringLiteral("1"));
        QCOMPARE(xml.value(block + QStringLiteral("KHMSHDCLQuan")), QStringLiteral("1"));
        QCOMPARE(xml.value(block + QStringLiteral("KHHDCLQuan")), vatSeries());
        QCOMPARE(xml.value(block + QStringLiteral("SHDCLQuan")),
            origin.value(QLatin1String("invoice_number")).toString());
        QCOMPARE(xml.value(block + QStringLiteral("NLHDCLQuan")),
            origin.value(QLatin1String("issued_date")).toString());
        const QDate date
            = QDate::fromString(origin.value(QLatin1String("issued_date")).toString(), Qt::ISODate);
        const QString line = QStringLiteral("Thay thế cho hóa đơn Mẫu số 1 ký hiệu %1 số %2 ngày %3")
                                 .arg(vatSeries())
                                 .arg(origin.value(QLatin1String("invoice_number")).toString().toInt(), 7, 10,
                                     QLatin1Char('0'))
                                 .arg(date.toString(QStringLiteral("dd 'tháng' MM 'năm' yyyy")));
        QCOMPARE(xml.value(block + QStringLiteral("GChu")), line);
        const QString pdf = pdfText(download(QStringLiteral("R"), "pdf")).simplified();
        QVERIFY2(pdf.contains(line), qPrintable(pdf.left(600)));
        // The origin's own files carry no such block.
        QVERIFY(!xmlValues(download(QStringLiteral("O"), "xml")).contains(block + QStringLiteral("TCHDon")));
    }

    void files_decreaseIsPrintedWithItsLineAndMinusWords()
    {
        QVERIFY(sb().issue(QStringLiteral("O")));
        QVERIFY(CorrectionSandbox::status(sb().sendAndSettle(CorrectionSandbox::adjustment(
                    QStringLiteral("O"), QStringLiteral("D"), QStringLiteral("decrease"), -2, 150000)))
            == QLatin1String("Success"));
        const QHash<QString, QString> xml = xmlValues(download(QStringLiteral("D"), "xml"));
        QCOMPARE(xml.value(QStringLiteral("HDon/DLHDon/TTChung/TTHDLQuan/TCHDon")), QStringLiteral("2"));
        QCOMPARE(xml.value(QStringLiteral("HDon/DLHDon/NDHDon/TToan/TgTTTBSo")), QStringLiteral("-330000"));
        QCOMPARE(xml.value(QStringLiteral("HDon/DLHDon/NDHDon/TToan/TgTTTBChu")),
            QStringLiteral("Âm ba trăm ba mươi nghìn đồng"));
        const QString pdf = pdfText(download(QStringLiteral("D"), "pdf")).simplified();
        QVERIFY2(pdf.contains(QStringLiteral("Điều chỉnh giảm cho hóa đơn Mẫu số 1 ký hiệu ")),
            qPrintable(pdf.left(600)));
        QVERIFY2(pdf.contains(QStringLiteral("Âm ba trăm ba mươi nghìn đồng")), qPrintable(pdf));
    }
};

QTEST_MAIN(SandboxCorrectionStateTest)
#include "tst_sandboxcorrectionstate.moc"
