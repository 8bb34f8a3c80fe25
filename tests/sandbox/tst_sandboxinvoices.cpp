// Contract tests of the write side (sepay-api.md 5.4-5.8): create, the two job checks, issue,
// delete, and the validation answers 400 / 403 / 404 / 409 / 422.

#include "pdftext.h"
#include "sandbox/sandboxserver.h"
#include "sandboxtestclient.h"
#include "testpayloads.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using einvoice::SandboxConfig;
using einvoice::SandboxServer;
using namespace testpayloads;

class SandboxInvoicesTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;

    QString checkPath(const SandboxTestClient::Result &accepted, const char *kind)
    {
        return QStringLiteral("/v1/invoices/") + QLatin1String(kind) + QStringLiteral("/check/")
            + accepted.data().value(QLatin1String("tracking_code")).toString();
    }

    SandboxTestClient::Result createDone(const QJsonObject &payload)
    {
        return m_client->pollUntilDone(
            checkPath(m_client->post(QStringLiteral("/v1/invoices/create"), payload), "create"));
    }

    SandboxTestClient::Result issue(const QString &reference)
    {
        return m_client->post(
            QStringLiteral("/v1/invoices/issue"), {{QStringLiteral("reference_code"), reference}});
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>(SandboxConfig {});
        QVERIFY(m_server->listen());
        m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void create_returnsTrackingUrlOnItsOwnHost()
    {
        const auto result
            = m_client->post(QStringLiteral("/v1/invoices/create"), vatInvoice(QStringLiteral("ORDER-1")));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json.value(QLatin1String("success")).toBool(), true);
        const QString tracking = result.data().value(QLatin1String("tracking_code")).toString();
        QVERIFY(!tracking.isEmpty());
        QCOMPARE(result.data().value(QLatin1String("tracking_url")).toString(),
            m_server->baseUrl().toString() + QStringLiteral("/v1/invoices/create/check/") + tracking);
        QCOMPARE(result.data().value(QLatin1String("message")).toString(),
            QStringLiteral("Đã tạo yêu cầu xuất bán hóa đơn điện tử"));
    }

    void createCheck_isPendingThenSuccessWithDraftNumberZero()
    {
        const auto accepted
            = m_client->post(QStringLiteral("/v1/invoices/create"), vatInvoice(QStringLiteral("ORDER-2")));
        const auto first = m_client->get(checkPath(accepted, "create"));
        QCOMPARE(first.data().value(QLatin1String("status")).toString(), QStringLiteral("Pending"));
        QVERIFY(!first.data().contains(QLatin1String("invoice")));
        const auto second = m_client->get(checkPath(accepted, "create"));
        QCOMPARE(second.data().value(QLatin1String("status")).toString(), QStringLiteral("Success"));
        QCOMPARE(second.data().value(QLatin1String("reference_code")).toString(), QStringLiteral("ORDER-2"));
        const QJsonObject invoice = second.data().value(QLatin1String("invoice")).toObject();
        QCOMPARE(invoice.value(QLatin1String("invoice_number")).toString(), QStringLiteral("0"));
        QCOMPARE(invoice.value(QLatin1String("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(invoice.value(QLatin1String("source")).toString(), QStringLiteral("api"));
        QCOMPARE(invoice.value(QLatin1String("total_amount")).toInteger(), 438000);
        QCOMPARE(m_client->get(QStringLiteral("/v1/usage"))
                     .data()
                     .value(QLatin1String("quota_remaining"))
                     .toString(),
            QStringLiteral("500"));
    }

    void createCheck_unknownOrOtherKindTrackingCodeIs404()
    {
        QCOMPARE(m_client->get(QStringLiteral("/v1/invoices/create/check/nope")).status, 404);
        const auto accepted
            = m_client->post(QStringLiteral("/v1/invoices/create"), vatInvoice(QStringLiteral("ORDER-3")));
        QCOMPARE(m_client->get(checkPath(accepted, "issue")).status, 404);
    }

    void create_generatesReferenceCodeWhenOmitted()
    {
        QJsonObject payload = vatInvoice(QString());
        payload.remove(QStringLiteral("reference_code"));
        const auto done = createDone(payload);
        QCOMPARE(done.data().value(QLatin1String("status")).toString(), QStringLiteral("Success"));
        QCOMPARE(done.data().value(QLatin1String("reference_code")).toString().size(), 36);
    }

    void create_rejectsBadFieldsNamingThem_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QJsonValue remove(QJsonValue::Undefined);
        QTest::newRow("no template") << QStringLiteral("template_code") << remove
                                     << QStringLiteral("template_code");
        QTest::newRow("no series") << QStringLiteral("invoice_series") << remove
                                   << QStringLiteral("invoice_series");
        QTest::newRow("bad date") << QStringLiteral("issued_date") << QJsonValue(QStringLiteral("04/05/2026"))
                                  << QStringLiteral("issued_date");
        QTest::newRow("future date") << QStringLiteral("issued_date")
                                     << QJsonValue(QStringLiteral("2099-01-01 00:00:00"))
                                     << QStringLiteral("issued_date");
        QTest::newRow("currency") << QStringLiteral("currency") << QJsonValue(QStringLiteral("EUR"))
                                  << QStringLiteral("currency");
        QTest::newRow("no account") << QStringLiteral("provider_account_id") << remove
                                    << QStringLiteral("provider_account_id");
        QTest::newRow("payment") << QStringLiteral("payment_method") << QJsonValue(QStringLiteral("CASH"))
                                 << QStringLiteral("payment_method");
        QTest::newRow("total") << QStringLiteral("total_amount") << QJsonValue(100000.5)
                               << QStringLiteral("total_amount");
        QTest::newRow("total too large (fuzz_create_request)")
            << QStringLiteral("total_amount") << QJsonValue(2.9e94) << QStringLiteral("total_amount");
        QTest::newRow("no buyer") << QStringLiteral("buyer") << remove << QStringLiteral("buyer");
        QTest::newRow("no items") << QStringLiteral("items") << QJsonValue(QJsonArray())
                                  << QStringLiteral("items");
        QTest::newRow("line type") << QStringLiteral("items")
                                   << QJsonValue(QJsonArray {QJsonObject {{QStringLiteral("line_number"), 1},
                                          {QStringLiteral("line_type"), 9},
                                          {QStringLiteral("item_name"), QStringLiteral("X")}}})
                                   << QStringLiteral("items[0].line_type");
        QTest::newRow("quantity") << QStringLiteral("items")
                                  << QJsonValue(QJsonArray {QJsonObject {{QStringLiteral("line_number"), 1},
                                         {QStringLiteral("line_type"), 1},
                                         {QStringLiteral("item_name"), QStringLiteral("X")},
                                         {QStringLiteral("quantity"), 1.255}}})
                                  << QStringLiteral("items[0].quantity");
        QTest::newRow("tax rate") << QStringLiteral("items")
                                  << QJsonValue(QJsonArray {QJsonObject {{QStringLiteral("line_number"), 1},
                                         {QStringLiteral("line_type"), 1},
                                         {QStringLiteral("item_name"), QStringLiteral("X")},
                                         {QStringLiteral("tax_rate"), 7}}})
                                  << QStringLiteral("items[0].tax_rate");
        QTest::newRow("quantity x price past the largest amount")
            << QStringLiteral("items")
            << QJsonValue(QJsonArray {
                   QJsonObject {{QStringLiteral("line_number"), 1}, {QStringLiteral("line_type"), 1},
                       {QStringLiteral("item_name"), QStringLiteral("X")}, {QStringLiteral("quantity"), 9e9},
                       {QStringLiteral("unit_price"), 9e9}, {QStringLiteral("tax_rate"), 10}}})
            << QStringLiteral("items[0]");
        QTest::newRow("series") << QStringLiteral("invoice_series") << QJsonValue(QStringLiteral("C99TZZ"))
                                << QStringLiteral("invoice_series");
        QTest::newRow("template") << QStringLiteral("template_code") << QJsonValue(QStringLiteral("6"))
                                  << QStringLiteral("template_code");
        QTest::newRow("inactive") << QStringLiteral("provider_account_id") << QJsonValue(InactiveAccount)
                                  << QStringLiteral("provider_account_id");
    }

    void create_rejectsBadFieldsNamingThem()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QJsonObject payload = vatInvoice(QStringLiteral("ORDER-BAD"));
        if (value.isUndefined())
            payload.remove(key);
        else
            payload.insert(key, value);
        const auto result = m_client->post(QStringLiteral("/v1/invoices/create"), payload);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.errorCode(), QStringLiteral("BAD_REQUEST"));
        QVERIFY2(result.errorMessage().contains(field), qPrintable(result.errorMessage()));
    }

    void create_reusedReferenceCodeIs409()
    {
        QCOMPARE(m_client->post(QStringLiteral("/v1/invoices/create"), vatInvoice(QStringLiteral("ORDER-4")))
                     .status,
            200);
        const auto again
            = m_client->post(QStringLiteral("/v1/invoices/create"), vatInvoice(QStringLiteral("ORDER-4")));
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), QStringLiteral("EINVOICE_DOCUMENT_EXISTED"));
        QCOMPARE(again.errorMessage(), QStringLiteral("Hệ thống đã ghi nhận hoá đơn cho mã tham chiếu này."));
    }

    void create_withoutQuotaIs403ButDraftsStillWork()
    {
        m_client->admin("POST", QStringLiteral("/_sandbox/quota"), {{QStringLiteral("quota_remaining"), 0}});
        const auto result = m_client->post(
            QStringLiteral("/v1/invoices/create"), vatInvoice(QStringLiteral("ORDER-5"), false));
        QCOMPARE(result.status, 403);
        QCOMPARE(result.errorCode(), QStringLiteral("QUOTA_EXCEEDED"));
        QCOMPARE(m_client->post(QStringLiteral("/v1/invoices/create"), vatInvoice(QStringLiteral("ORDER-6")))
                     .status,
            200);
    }

    void createNotDraft_issuesInTheSameJob()
    {
        const auto done = createDone(vatInvoice(QStringLiteral("ORDER-7"), false));
        QCOMPARE(done.data().value(QLatin1String("status")).toString(), QStringLiteral("Success"));
        const QJsonObject invoice = done.data().value(QLatin1String("invoice")).toObject();
        QCOMPARE(invoice.value(QLatin1String("status")).toString(), QStringLiteral("issued"));
        QCOMPARE(invoice.value(QLatin1String("invoice_number")).toString(), QStringLiteral("1"));
        QCOMPARE(m_client->get(QStringLiteral("/v1/usage"))
                     .data()
                     .value(QLatin1String("quota_remaining"))
                     .toString(),
            QStringLiteral("499"));
        const auto detail = m_client->get(QStringLiteral("/v1/invoices/ORDER-7"));
        QVERIFY(detail.data()
                    .value(QLatin1String("tax_authority_code"))
                    .toString()
                    .startsWith(QLatin1String("M1-")));
        QCOMPARE(detail.data().value(QLatin1String("provider_status")).toString(), QStringLiteral("4"));
    }

    // The issued invoice's PDF shows each line's discount, the trade-discount line as such, totals
    // computed from them, and a company buyer's person beside the company.
    void download_pdfShowsDiscountsAndTheBuyersPerson()
    {
        QJsonObject payload = vatInvoice(QStringLiteral("DISC-1"), false);
        QJsonArray items = payload.value(QLatin1String("items")).toArray();
        QJsonObject byRate = items.at(0).toObject();
        byRate.insert(QStringLiteral("discount_tax"), 12.5); // 300.000 - 37.500 = 262.500 at 10 %
        QJsonObject byAmount = items.at(1).toObject();
        byAmount.insert(QStringLiteral("discount_amount"), 15000); // 100.000 - 15.000 = 85.000 at 8 %
        const QJsonObject trade {{QStringLiteral("line_number"), 3}, {QStringLiteral("line_type"), 3},
            {QStringLiteral("item_name"), QStringLiteral("Chiết khấu doanh số quý 2")},
            {QStringLiteral("before_discount_and_tax_amount"), 50000}, {QStringLiteral("tax_rate"), 10}};
        payload.insert(QStringLiteral("items"), QJsonArray {byRate, byAmount, trade});
        QJsonObject buyer = payload.value(QLatin1String("buyer")).toObject();
        buyer.insert(QStringLiteral("name"), QStringLiteral("Trần Thị Bích Ngọc"));
        buyer.insert(QStringLiteral("legal_name"), QStringLiteral("Công ty Cổ phần Hoa Sen Việt"));
        payload.insert(QStringLiteral("buyer"), buyer);
        const auto done = createDone(payload);
        QCOMPARE(done.data().value(QLatin1String("status")).toString(), QStringLiteral("Success"));
        const auto file = m_client->get(QStringLiteral("/v1/invoices/DISC-1/download?type=pdf"));
        QCOMPARE(file.status, 200);
        const QString pdf = pdfText(
            QByteArray::fromBase64(file.data().value(QLatin1String("content")).toString().toLatin1()))
                                .simplified();
        // 10 %: 262.500 - 50.000 = 212.500, VAT 21.250; 8 %: 85.000, VAT 6.800.
        for (const char *shown : {"12,5%", "37.500", "262.500", "15.000", "85.000", "(Chiết khấu thương mại)",
                 "-50.000", "Tổng chiết khấu thương mại: 50.000", "Cộng tiền hàng: 297.500",
                 "Tiền thuế GTGT: 28.050", "Tổng tiền thanh toán: 325.550",
                 "Họ tên người mua hàng: Trần Thị Bích Ngọc", "Tên đơn vị: Công ty Cổ phần Hoa Sen Việt"})
            QVERIFY2(
                pdf.contains(QString::fromUtf8(shown)), qPrintable(QString::fromUtf8(shown) + u'\n' + pdf));
    }

    void issue_assignsSequentialNumbersPerSeriesAndTakesQuota()
    {
        for (const char *reference : {"ORDER-A", "ORDER-B"}) {
            createDone(vatInvoice(QLatin1String(reference)));
            const auto accepted = issue(QLatin1String(reference));
            QCOMPARE(accepted.status, 200);
            QVERIFY(accepted.data()
                        .value(QLatin1String("tracking_url"))
                        .toString()
                        .contains(QLatin1String("/v1/invoices/issue/check/")));
            QCOMPARE(
                m_client->get(checkPath(accepted, "issue")).data().value(QLatin1String("status")).toString(),
                QStringLiteral("Pending"));
        }
        QStringList numbers;
        const auto list = m_client->get(QStringLiteral("/v1/invoices"));
        for (const QJsonValue &item : list.data().value(QLatin1String("items")).toArray())
            numbers.append(item.toObject().value(QLatin1String("invoice_number")).toString());
        QCOMPARE(numbers, (QStringList {QStringLiteral("0"), QStringLiteral("0")})); // jobs not polled yet
        const auto a = m_client->pollUntilDone(QStringLiteral("/v1/invoices/issue/check/")
            + issue(QStringLiteral("ORDER-A")).data().value(QLatin1String("tracking_code")).toString());
        QCOMPARE(a.data().value(QLatin1String("message")).toString(),
            QStringLiteral("Xuất bán hóa đơn điện tử thành công"));
        QCOMPARE(a.data()
                     .value(QLatin1String("invoice"))
                     .toObject()
                     .value(QLatin1String("invoice_number"))
                     .toString(),
            QStringLiteral("1"));
        const auto b = m_client->pollUntilDone(QStringLiteral("/v1/invoices/issue/check/")
            + issue(QStringLiteral("ORDER-B")).data().value(QLatin1String("tracking_code")).toString());
        QCOMPARE(b.data()
                     .value(QLatin1String("invoice"))
                     .toObject()
                     .value(QLatin1String("invoice_number"))
                     .toString(),
            QStringLiteral("2"));
        QCOMPARE(m_client->get(QStringLiteral("/v1/usage"))
                     .data()
                     .value(QLatin1String("quota_remaining"))
                     .toString(),
            QStringLiteral("498"));
    }

    void issue_unknownOrIssuedOrMissingReference()
    {
        QCOMPARE(issue(QStringLiteral("NOPE")).status, 404);
        QCOMPARE(m_client->post(QStringLiteral("/v1/invoices/issue"), QJsonObject()).status, 400);
        createDone(vatInvoice(QStringLiteral("ORDER-8"), false));
        QCOMPARE(issue(QStringLiteral("ORDER-8")).status, 404);
    }

    void issue_registrationNotApprovedIs422()
    {
        createDone(vatInvoice(QStringLiteral("ORDER-9")));
        m_client->admin("POST", QStringLiteral("/_sandbox/accounts/") + ActiveAccount,
            {{QStringLiteral("registration_approved"), false}});
        const auto result = issue(QStringLiteral("ORDER-9"));
        QCOMPARE(result.status, 422);
        QCOMPARE(result.errorCode(), QStringLiteral("REGISTRATION_NOT_TAX_APPROVED"));
    }

    void issue_dateBeforeTaxApprovalIs422()
    {
        const auto accounts = m_client->get(QStringLiteral("/v1/provider-accounts/") + ApprovedAccount);
        const QDate approved = QDate::fromString(
            accounts.data().value(QLatin1String("tax_authority_approved_date")).toString(), Qt::ISODate);
        QVERIFY(approved.isValid());
        QJsonObject payload = vatInvoice(QStringLiteral("ORDER-10"));
        payload.insert(QStringLiteral("provider_account_id"), ApprovedAccount);
        payload.insert(QStringLiteral("invoice_series"),
            accounts.data()
                .value(QLatin1String("templates"))
                .toArray()
                .at(0)
                .toObject()
                .value(QLatin1String("invoice_series")));
        payload.insert(QStringLiteral("issued_date"),
            QString(approved.addDays(-1).toString(Qt::ISODate) + QStringLiteral(" 10:00:00")));
        QCOMPARE(
            createDone(payload).data().value(QLatin1String("status")).toString(), QStringLiteral("Success"));
        const auto result = issue(QStringLiteral("ORDER-10"));
        QCOMPARE(result.status, 422);
        QCOMPARE(result.errorCode(), QStringLiteral("INVOICE_DATE_BEFORE_TAX_APPROVAL"));
    }

    void job_withFailMarkerInBuyerNameFailsAndFreesTheReference()
    {
        QJsonObject payload = vatInvoice(QStringLiteral("ORDER-11"));
        QJsonObject buyer = payload.value(QLatin1String("buyer")).toObject();
        buyer.insert(QStringLiteral("name"), QStringLiteral("Công ty [FAIL]"));
        payload.insert(QStringLiteral("buyer"), buyer);
        const auto done = createDone(payload);
        QCOMPARE(done.data().value(QLatin1String("status")).toString(), QStringLiteral("Failed"));
        QVERIFY(!done.data().value(QLatin1String("message")).toString().isEmpty());
        QCOMPARE(m_client->get(QStringLiteral("/v1/invoices/ORDER-11")).status, 404);
        QCOMPARE(m_client->post(QStringLiteral("/v1/invoices/create"), vatInvoice(QStringLiteral("ORDER-11")))
                     .status,
            200);
    }

    void delete_removesDraftsByPostOrDelete()
    {
        createDone(vatInvoice(QStringLiteral("ORDER-12")));
        const auto deleted = m_client->postRaw(QStringLiteral("/v1/invoices/delete/ORDER-12"), QByteArray());
        QCOMPARE(deleted.status, 200);
        QCOMPARE(
            deleted.data().value(QLatin1String("reference_code")).toString(), QStringLiteral("ORDER-12"));
        QCOMPARE(deleted.data().value(QLatin1String("message")).toString(),
            QStringLiteral("Hóa đơn nháp đã được xóa thành công"));
        QCOMPARE(m_client->get(QStringLiteral("/v1/invoices/ORDER-12")).status, 404);
        createDone(vatInvoice(QStringLiteral("ORDER-13")));
        const QByteArray bearer = "Bearer " + m_client->token().toLatin1();
        QCOMPARE(
            m_client->call("DELETE", QStringLiteral("/v1/invoices/delete/ORDER-13"), QByteArray(), bearer)
                .status,
            200);
        QCOMPARE(m_client->postRaw(QStringLiteral("/v1/invoices/delete/ORDER-13"), QByteArray()).status, 404);
    }

    void delete_refusesIssuedInvoices()
    {
        createDone(vatInvoice(QStringLiteral("ORDER-14"), false));
        const auto result = m_client->postRaw(QStringLiteral("/v1/invoices/delete/ORDER-14"), QByteArray());
        QCOMPARE(result.status, 400);
        QCOMPARE(result.errorCode(), QStringLiteral("BAD_REQUEST"));
    }
};

QTEST_MAIN(SandboxInvoicesTest)
#include "tst_sandboxinvoices.moc"
