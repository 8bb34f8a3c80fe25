// Server answers (sepay-api.md 5.2-5.12): every documented example, tolerances and required fields.

#include "core/invoicejson.h"
#include "sepayresponseexamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace einvoice;
using namespace sepayexamples;

class TestResponseJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void providerList_docExample();
    void providerDetail_docExample();
    void tickets_docExamples();
    void createCheck_docExample();
    void issueCheck_docExample();
    void list_docExample();
    void detail_docExample();
    void download_docExampleIsTruncatedButWholeContentDecodes();
    void usage_docExample();
    void tolerance_data();
    void tolerance();
    void requiredOrMalformed_namesThePath_data();
    void requiredOrMalformed_namesThePath();
};

namespace {

QJsonObject dataOf(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object().value(QStringLiteral("data")).toObject();
}

QJsonObject withField(QJsonObject object, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

template<typename T> const T &ok(const Parsed<T> &parsed)
{
    if (const ParseError *error = std::get_if<ParseError>(&parsed))
        qFatal("unexpected parse error at %s: %s", qPrintable(error->field), qPrintable(error->reason));
    return std::get<T>(parsed);
}

template<typename T> QString errorField(const Parsed<T> &parsed)
{
    const ParseError *error = std::get_if<ParseError>(&parsed);
    return error ? error->field : QStringLiteral("<none>");
}

const QJsonValue removed = QJsonValue(QJsonValue::Undefined);

} // namespace

void TestResponseJson::providerList_docExample()
{
    const QJsonObject data = dataOf(providerListExample);
    const Paging paging = ok(json::parsePaging(data.value(QStringLiteral("paging")).toObject()));
    QCOMPARE(paging.perPage, 20);
    QCOMPARE(paging.total, 2);
    QCOMPARE(paging.hasMore, false);
    QCOMPARE(paging.currentPage, 1);
    QCOMPARE(paging.pageCount, 1);
    const QJsonArray items = data.value(QStringLiteral("items")).toArray();
    const ProviderAccount first
        = ok(json::parseProviderAccount(items.at(0).toObject(), QStringLiteral("data.items[0]")));
    QCOMPARE(first.id, QStringLiteral("5b1c2e40-1a2b-11f1-9c3d-0242ac120002"));
    QCOMPARE(first.provider, QStringLiteral("matbao"));
    QVERIFY(first.active);
    QVERIFY(!first.taxAuthorityApprovedDate.has_value());
    const ProviderAccount second = ok(json::parseProviderAccount(items.at(1).toObject()));
    QVERIFY(!second.active);
    QCOMPARE(second.taxAuthorityApprovedDate, std::optional(QDate(2026, 3, 1)));
    QVERIFY(second.templates.isEmpty());
}

void TestResponseJson::providerDetail_docExample()
{
    const ProviderAccount account
        = ok(json::parseProviderAccount(dataOf(providerDetailExample), QStringLiteral("data")));
    QCOMPARE(account.templates.size(), 2);
    QCOMPARE(account.templates.at(0),
        (InvoiceTemplate {QStringLiteral("1"), QStringLiteral("C26TAA"),
            QStringLiteral("1 - C26TAA - Hóa đơn giá trị gia tăng")}));
    QCOMPARE(account.templates.at(1).invoiceSeries, QStringLiteral("C26TBB"));
}

void TestResponseJson::tickets_docExamples()
{
    const JobTicket create = ok(json::parseJobTicket(dataOf(createTicketExample)));
    QCOMPARE(create.trackingCode, QStringLiteral("3c7d4e10-2b3c-11f1-8a4b-0242ac120002"));
    QVERIFY(create.trackingUrl.endsWith(QStringLiteral("/v1/invoices/create/check/") + create.trackingCode));
    QCOMPARE(create.message, QStringLiteral("Đã tạo yêu cầu xuất bán hóa đơn điện tử"));
    const JobTicket issue = ok(json::parseJobTicket(dataOf(issueTicketExample)));
    QVERIFY(issue.trackingUrl.contains(QStringLiteral("/issue/check/9a8b7c60")));
}

void TestResponseJson::createCheck_docExample()
{
    const JobState state = ok(json::parseJobState(dataOf(createCheckExample)));
    QCOMPARE(state.referenceCode, QStringLiteral("ORDER-000123"));
    QCOMPARE(state.status, JobStatus::Success);
    QCOMPARE(state.message, QStringLiteral("Xuất hóa đơn điện tử thành công"));
    QVERIFY(state.invoice.has_value());
    QCOMPARE(state.invoice->invoiceNumber, QStringLiteral("0"));
    QCOMPARE(state.invoice->status, InvoiceStatus::Draft);
    QVERIFY(state.invoice->xmlUrl.isEmpty());
    QCOMPARE(state.invoice->issuedDate, QDate(2026, 5, 4));
}

void TestResponseJson::issueCheck_docExample()
{
    const JobState state = ok(json::parseJobState(dataOf(issueCheckExample)));
    QVERIFY(state.invoice.has_value());
    const InvoiceSummary &invoice = *state.invoice;
    QCOMPARE(invoice.invoiceNumber, QStringLiteral("17"));
    QCOMPARE(invoice.status, InvoiceStatus::Issued);
    QCOMPARE(invoice.pdfUrl, QStringLiteral("https://provider.example/DownloadPDF.aspx?key=abc"));
    QCOMPARE(invoice.buyer.taxCode, QStringLiteral("0312345678"));
    QCOMPARE(invoice.buyer.type, BuyerType::Unspecified);
    QCOMPARE(invoice.totalBeforeTax, Decimal::fromInteger(280000));
    QCOMPARE(invoice.taxAmount, Decimal());
    QCOMPARE(invoice.totalAmount, Decimal::fromInteger(280000));
    QCOMPARE(invoice.notes, QStringLiteral("Order 123"));
    QCOMPARE(invoice.source, InvoiceSource::Api);
}

void TestResponseJson::list_docExample()
{
    const QJsonObject data = dataOf(listExample);
    QCOMPARE(ok(json::parsePaging(data.value(QStringLiteral("paging")).toObject())).perPage, 10);
    const QJsonArray items = data.value(QStringLiteral("items")).toArray();
    const InvoiceSummary draft
        = ok(json::parseSummary(items.at(1).toObject(), QStringLiteral("data.items[1]")));
    QCOMPARE(draft.referenceCode, QStringLiteral("b2d0c6e2-2b40-11f1-8a4b-0242ac120002"));
    QCOMPARE(draft.status, InvoiceStatus::Draft);
    QCOMPARE(draft.buyer.name, QStringLiteral("Nguyen Van A"));
    QCOMPARE(draft.taxAmount, Decimal::fromInteger(10000));
    QCOMPARE(draft.totalAmount, Decimal::fromInteger(110000));
    QCOMPARE(draft.source, InvoiceSource::Manual);
    QCOMPARE(ok(json::parseSummary(items.at(0).toObject())).invoiceNumber, QStringLiteral("17"));
}

void TestResponseJson::detail_docExample()
{
    const InvoiceDetail detail = ok(json::parseDetail(dataOf(detailExample), QStringLiteral("data")));
    QCOMPARE(detail.summary.referenceCode, QStringLiteral("ORDER-000123"));
    QCOMPARE(detail.summary.buyer.type, BuyerType::Company);
    QCOMPARE(detail.invoiceSeries, QStringLiteral("C26TBB"));
    QCOMPARE(detail.documentType, std::optional(2));
    QCOMPARE(detail.taxAuthorityCode, QStringLiteral("M1-26-ABCDE-00000000017"));
    QCOMPARE(detail.providerStatus, QStringLiteral("4"));
    QCOMPARE(detail.paymentMethod, QStringLiteral("CK"));
    QCOMPARE(detail.lines.size(), 1);
    const RemoteInvoiceLine &line = detail.lines.at(0);
    QCOMPARE(line.lineNumber, 1);
    QCOMPARE(line.lineType, LineType::Goods);
    QCOMPARE(line.itemName, QStringLiteral("Widget"));
    QCOMPARE(line.quantity, Decimal::fromInteger(2));
    QCOMPARE(line.unitPrice, Decimal::fromInteger(150000));
    QCOMPARE(line.totalAmount, Decimal::fromInteger(300000));
    QCOMPARE(line.taxRate, Decimal());
}

void TestResponseJson::download_docExampleIsTruncatedButWholeContentDecodes()
{
    // The documented content ends in "..." (elided); strict base64 refuses it rather than saving
    // a corrupted file.
    const QJsonObject data = dataOf(downloadExample);
    QCOMPARE(errorField(json::parseDownload(data)), QStringLiteral("data.content"));
    QString content = data.value(QStringLiteral("content")).toString();
    content.chop(3);
    const DownloadedFile file = ok(json::parseDownload(withField(data, QStringLiteral("content"), content)));
    QCOMPARE(file.fileType, FileType::Pdf);
    QCOMPARE(file.fileName, QStringLiteral("HD_0000017_20260504.pdf"));
    QVERIFY(file.content.startsWith("%PDF-1.4"));
}

void TestResponseJson::usage_docExample()
{
    QCOMPARE(ok(json::parseQuotaRemaining(dataOf(usageExample))), qint64(120));
}

// Each row: which parser, the data object, a field to set (or remove), and what must be read.
void TestResponseJson::tolerance_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");

    const auto text = [](const char *s) {
        return QJsonValue(QString::fromUtf8(s));
    };
    QTest::newRow("amount as string with decimals") << "summary"
                                                    << "total_amount" << text("280000.00") << "280000";
    QTest::newRow("amount with cents") << "summary"
                                       << "total_amount" << QJsonValue(12.5) << "12.5";
    QTest::newRow("absent amount reads 0") << "summary"
                                           << "total_amount" << removed << "0";
    QTest::newRow("invoice_number as integer") << "number"
                                               << "invoice_number" << QJsonValue(17) << "17";
    QTest::newRow("issued_date with time") << "date"
                                           << "issued_date" << text("2026-05-04 09:30:00") << "2026-05-04";
    QTest::newRow("absent issued_date") << "date"
                                        << "issued_date" << removed << "";
    QTest::newRow("xml_url string") << "xml"
                                    << "xml_url" << text("https://x/y.xml") << "https://x/y.xml";
    QTest::newRow("absent source") << "source"
                                   << "source" << removed << "0";
    QTest::newRow("unknown source") << "source"
                                    << "source" << text("import") << "0";
    QTest::newRow("unknown extra field") << "summary"
                                         << "unexpected" << QJsonValue(true) << "280000";
    QTest::newRow("undocumented buyer type")
        << "buyertype"
        << "buyer" << QJsonValue(QJsonObject {{QStringLiteral("type"), QStringLiteral("enterprise")}}) << "0";
    QTest::newRow("absent buyer") << "buyertype"
                                  << "buyer" << removed << "0";
    QTest::newRow("job status lower-case") << "job"
                                           << "status" << text("failed") << "2";
    QTest::newRow("job without message") << "job"
                                         << "message" << removed << "1";
    QTest::newRow("job invoice null") << "job"
                                      << "invoice" << QJsonValue() << "1";
    QTest::newRow("quota as integer") << "quota"
                                      << "quota_remaining" << QJsonValue(120) << "120";
    QTest::newRow("quota zero") << "quota"
                                << "quota_remaining" << text("0") << "0";
    QTest::newRow("paging numbers as strings") << "paging"
                                               << "per_page" << text("50") << "50";
    QTest::newRow("paging absent field") << "paging"
                                         << "per_page" << removed << "0";
    QTest::newRow("account without active") << "account"
                                            << "active" << removed << "false";
    QTest::newRow("detail tax rate -2.00") << "detailrate"
                                           << "tax_rate" << text("-2.00") << "-2";
    QTest::newRow("detail numbers as numbers") << "detailrate"
                                               << "tax_rate" << QJsonValue(10) << "10";
    QTest::newRow("detail without optional header fields") << "detailseries"
                                                           << "invoice_series" << removed << "";
}

namespace {

QString readAfterChange(const QString &kind, const QString &key, const QJsonValue &value)
{
    const QJsonObject summary = dataOf(issueCheckExample).value(QStringLiteral("invoice")).toObject();
    const QJsonObject changed = withField(summary, key, value);
    if (kind == QLatin1String("summary"))
        return ok(json::parseSummary(changed)).totalAmount.toString();
    if (kind == QLatin1String("number"))
        return ok(json::parseSummary(changed)).invoiceNumber;
    if (kind == QLatin1String("date"))
        return ok(json::parseSummary(changed)).issuedDate.toString(Qt::ISODate);
    if (kind == QLatin1String("xml"))
        return ok(json::parseSummary(changed)).xmlUrl;
    if (kind == QLatin1String("source"))
        return QString::number(int(ok(json::parseSummary(changed)).source));
    if (kind == QLatin1String("buyertype"))
        return QString::number(int(ok(json::parseSummary(changed)).buyer.type));
    if (kind == QLatin1String("job")) {
        const JobState state = ok(json::parseJobState(withField(dataOf(issueCheckExample), key, value)));
        return QString::number(int(state.status)) + (state.invoice || !state.message.isEmpty() ? u'+' : u' ');
    }
    if (kind == QLatin1String("quota"))
        return QString::number(ok(json::parseQuotaRemaining(withField(dataOf(usageExample), key, value))));
    if (kind == QLatin1String("paging")) {
        const QJsonObject paging = dataOf(listExample).value(QStringLiteral("paging")).toObject();
        return QString::number(ok(json::parsePaging(withField(paging, key, value))).perPage);
    }
    if (kind == QLatin1String("account")) {
        const bool active
            = ok(json::parseProviderAccount(withField(dataOf(providerDetailExample), key, value))).active;
        return active ? QStringLiteral("true") : QStringLiteral("false");
    }
    const QJsonObject detail = dataOf(detailExample);
    if (kind == QLatin1String("detailseries"))
        return ok(json::parseDetail(withField(detail, key, value))).invoiceSeries;
    QJsonObject item = detail.value(QStringLiteral("items")).toArray().at(0).toObject();
    const QJsonObject changedDetail
        = withField(detail, QStringLiteral("items"), QJsonArray {withField(item, key, value)});
    return ok(json::parseDetail(changedDetail)).lines.at(0).taxRate.toString();
}

} // namespace

void TestResponseJson::tolerance()
{
    QFETCH(QString, kind);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);

    QString read = readAfterChange(kind, key, value);
    if (kind == QLatin1String("job")) { // "status" plus whether message or invoice was kept
        QCOMPARE(read.left(1), expected);
        QCOMPARE(read.endsWith(u'+'), true);
        return;
    }
    QCOMPARE(read, expected);
}

void TestResponseJson::requiredOrMalformed_namesThePath_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");

    const auto text = [](const char *s) {
        return QJsonValue(QString::fromUtf8(s));
    };
    QTest::newRow("summary reference_code") << "summary"
                                            << "reference_code" << removed << "data.items[0].reference_code";
    QTest::newRow("summary invoice_number") << "summary"
                                            << "invoice_number" << removed << "data.items[0].invoice_number";
    QTest::newRow("summary status") << "summary"
                                    << "status" << removed << "data.items[0].status";
    QTest::newRow("summary null status") << "summary"
                                         << "status" << QJsonValue() << "data.items[0].status";
    QTest::newRow("summary unknown status") << "summary"
                                            << "status" << text("deleted") << "data.items[0].status";
    QTest::newRow("summary amount not a number")
        << "summary"
        << "total_amount" << text("abc") << "data.items[0].total_amount";
    QTest::newRow("summary bad date") << "summary"
                                      << "issued_date" << text("May 4") << "data.items[0].issued_date";
    QTest::newRow("summary buyer not object") << "summary"
                                              << "buyer" << text("x") << "data.items[0].buyer";
    QTest::newRow("job reference_code") << "job"
                                        << "reference_code" << removed << "data.reference_code";
    QTest::newRow("job status") << "job"
                                << "status" << removed << "data.status";
    QTest::newRow("job unknown status") << "job"
                                        << "status" << text("Done") << "data.status";
    QTest::newRow("job invoice without status")
        << "job"
        << "invoice"
        << QJsonValue(QJsonObject {{QStringLiteral("reference_code"), QStringLiteral("R")},
               {QStringLiteral("invoice_number"), QStringLiteral("0")}})
        << "data.invoice.status";
    QTest::newRow("ticket tracking_code") << "ticket"
                                          << "tracking_code" << removed << "data.tracking_code";
    QTest::newRow("account id") << "account"
                                << "id" << removed << "data.id";
    QTest::newRow("account bad approval date")
        << "account"
        << "tax_authority_approved_date" << text("01/03/2026") << "data.tax_authority_approved_date";
    QTest::newRow("account template series")
        << "account"
        << "templates"
        << QJsonValue(QJsonArray {QJsonObject {{QStringLiteral("template_code"), QStringLiteral("1")}}})
        << "data.templates[0].invoice_series";
    QTest::newRow("detail item line_number") << "detailitem"
                                             << "line_number" << removed << "data.items[0].line_number";
    QTest::newRow("detail item item_name") << "detailitem"
                                           << "item_name" << removed << "data.items[0].item_name";
    QTest::newRow("detail item bad quantity") << "detailitem"
                                              << "quantity" << text("2,00") << "data.items[0].quantity";
    QTest::newRow("detail item line_type 9") << "detailitem"
                                             << "line_type" << QJsonValue(9) << "data.items[0].line_type";
    QTest::newRow("download file_type") << "download"
                                        << "file_type" << removed << "data.file_type";
    QTest::newRow("download unknown type") << "download"
                                           << "file_type" << text("docx") << "data.file_type";
    QTest::newRow("download file_name") << "download"
                                        << "file_name" << removed << "data.file_name";
    QTest::newRow("download content") << "download"
                                      << "content" << removed << "data.content";
    QTest::newRow("quota missing") << "quota"
                                   << "quota_remaining" << removed << "data.quota_remaining";
    QTest::newRow("quota negative") << "quota"
                                    << "quota_remaining" << text("-5") << "data.quota_remaining";
    QTest::newRow("quota with letters") << "quota"
                                        << "quota_remaining" << text("12a") << "data.quota_remaining";
    QTest::newRow("quota decimal") << "quota"
                                   << "quota_remaining" << QJsonValue(1.5) << "data.quota_remaining";
    QTest::newRow("paging has_more as text") << "paging"
                                             << "has_more" << text("maybe") << "data.paging.has_more";
}

void TestResponseJson::requiredOrMalformed_namesThePath()
{
    QFETCH(QString, kind);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);

    const QString data = QStringLiteral("data");
    QString actual;
    if (kind == QLatin1String("summary")) {
        const QJsonObject item
            = dataOf(listExample).value(QStringLiteral("items")).toArray().at(0).toObject();
        actual = errorField(json::parseSummary(withField(item, key, value), QStringLiteral("data.items[0]")));
    } else if (kind == QLatin1String("job")) {
        actual = errorField(json::parseJobState(withField(dataOf(createCheckExample), key, value)));
    } else if (kind == QLatin1String("ticket")) {
        actual = errorField(json::parseJobTicket(withField(dataOf(createTicketExample), key, value)));
    } else if (kind == QLatin1String("account")) {
        actual = errorField(
            json::parseProviderAccount(withField(dataOf(providerDetailExample), key, value), data));
    } else if (kind == QLatin1String("detailitem")) {
        const QJsonObject detail = dataOf(detailExample);
        const QJsonObject item = detail.value(QStringLiteral("items")).toArray().at(0).toObject();
        const QJsonObject changed
            = withField(detail, QStringLiteral("items"), QJsonArray {withField(item, key, value)});
        actual = errorField(json::parseDetail(changed, data));
    } else if (kind == QLatin1String("download")) {
        actual = errorField(json::parseDownload(withField(dataOf(downloadExample), key, value)));
    } else if (kind == QLatin1String("quota")) {
        actual = errorField(json::parseQuotaRemaining(withField(dataOf(usageExample), key, value)));
    } else {
        const QJsonObject paging = dataOf(listExample).value(QStringLiteral("paging")).toObject();
        actual = errorField(json::parsePaging(withField(paging, key, value)));
    }
    QCOMPARE(actual, field);
}

QTEST_GUILESS_MAIN(TestResponseJson)
#include "tst_responsejson.moc"
