// Contract tests of the read side of the sandbox (sepay-api.md 5.1-5.3, 5.9-5.12): envelopes,
// quirks, routing. Every test talks to a real SandboxServer over loopback.

#include "core/taxcode.h"
#include "sandbox/sandboxserver.h"
#include "sandboxtestclient.h"
#include "testpayloads.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using einvoice::SandboxConfig;
using einvoice::SandboxServer;
using namespace testpayloads;

class SandboxContractTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;

    void start(SandboxConfig config = {})
    {
        m_client.reset();
        m_server = std::make_unique<SandboxServer>(config);
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
        m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    }

    QString issuedInvoice(const QString &reference)
    {
        const auto created
            = m_client->post(QStringLiteral("/v1/invoices/create"), vatInvoice(reference, false));
        m_client->pollUntilDone(QStringLiteral("/v1/invoices/create/check/")
            + created.data().value(QLatin1String("tracking_code")).toString());
        return created.data().value(QLatin1String("tracking_code")).toString();
    }

private Q_SLOTS:
    void init() { start(); }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void token_returnsBearerTokenInSuccessEnvelope()
    {
        const auto result = m_client->call("POST", QStringLiteral("/v1/token"), QByteArray(),
            m_client->basic(QStringLiteral("sandbox-client-id"), QStringLiteral("sandbox-client-secret")));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json.value(QLatin1String("success")).toBool(), true);
        QVERIFY(!result.data().value(QLatin1String("access_token")).toString().isEmpty());
        QCOMPARE(result.data().value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(result.data().value(QLatin1String("expires_in")).toInt(), 86400);
    }

    void token_wrongSecretIs401WithDocumentedMessage()
    {
        const auto result = m_client->call("POST", QStringLiteral("/v1/token"), QByteArray(),
            m_client->basic(QStringLiteral("sandbox-client-id"), QStringLiteral("wrong")));
        QCOMPARE(result.status, 401);
        QCOMPARE(result.json.value(QLatin1String("success")).toBool(true), false);
        QCOMPARE(result.errorCode(), QStringLiteral("UNAUTHORIZED"));
        QCOMPARE(result.errorMessage(), QStringLiteral("Sai thông tin client_id hoặc client_secret."));
    }

    void token_withoutBasicHeaderIs400WithDocumentedMessage()
    {
        const auto result = m_client->call("POST", QStringLiteral("/v1/token"), QByteArray(), "Bearer x");
        QCOMPARE(result.status, 400);
        QCOMPARE(result.errorCode(), QStringLiteral("BAD_REQUEST"));
        QCOMPARE(result.errorMessage(), QStringLiteral("Thiếu hoặc sai định dạng trường bắt buộc."));
    }

    void token_acceptsConfiguredCredentials()
    {
        SandboxConfig config;
        config.clientId = QStringLiteral("my-id");
        config.clientSecret = QStringLiteral("my-secret");
        start(config);
        const auto result = m_client->call("POST", QStringLiteral("/v1/token"), QByteArray(),
            m_client->basic(QStringLiteral("my-id"), QStringLiteral("my-secret")));
        QCOMPARE(result.status, 200);
    }

    void bearerEndpoints_refuseMissingToken_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("accounts") << QByteArray("GET") << QStringLiteral("/v1/provider-accounts");
        QTest::newRow("account") << QByteArray("GET")
                                 << (QStringLiteral("/v1/provider-accounts/") + ActiveAccount);
        QTest::newRow("create") << QByteArray("POST") << QStringLiteral("/v1/invoices/create");
        QTest::newRow("create-check") << QByteArray("GET") << QStringLiteral("/v1/invoices/create/check/x");
        QTest::newRow("issue") << QByteArray("POST") << QStringLiteral("/v1/invoices/issue");
        QTest::newRow("issue-check") << QByteArray("GET") << QStringLiteral("/v1/invoices/issue/check/x");
        QTest::newRow("delete") << QByteArray("POST") << QStringLiteral("/v1/invoices/delete/x");
        QTest::newRow("list") << QByteArray("GET") << QStringLiteral("/v1/invoices");
        QTest::newRow("detail") << QByteArray("GET") << QStringLiteral("/v1/invoices/x");
        QTest::newRow("download") << QByteArray("GET") << QStringLiteral("/v1/invoices/x/download?type=pdf");
        QTest::newRow("usage") << QByteArray("GET") << QStringLiteral("/v1/usage");
    }

    void bearerEndpoints_refuseMissingToken()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const auto result = m_client->call(method, path, QByteArray(), "Bearer not-a-token");
        QCOMPARE(result.status, 401);
        QCOMPARE(result.errorCode(), QStringLiteral("UNAUTHORIZED"));
        QCOMPARE(result.json.value(QLatin1String("success")).toBool(true), false);
    }

    void providerAccounts_listHasNoSuccessKeyAndThreeAccounts()
    {
        const auto result = m_client->get(QStringLiteral("/v1/provider-accounts"));
        QCOMPARE(result.status, 200);
        QVERIFY(!result.json.contains(QLatin1String("success")));
        const QJsonObject paging = result.data().value(QLatin1String("paging")).toObject();
        QCOMPARE(paging.value(QLatin1String("per_page")).toInt(), 20);
        QCOMPARE(paging.value(QLatin1String("total")).toInt(), 3);
        QCOMPARE(paging.value(QLatin1String("has_more")).toBool(true), false);
        QCOMPARE(paging.value(QLatin1String("current_page")).toInt(), 1);
        QCOMPARE(paging.value(QLatin1String("page_count")).toInt(), 1);
        const QJsonArray items = result.data().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 3);
        const QJsonObject first = items.at(0).toObject();
        QCOMPARE(first.keys(),
            (QStringList {QStringLiteral("active"), QStringLiteral("id"), QStringLiteral("provider"),
                QStringLiteral("tax_authority_approved_date")}));
        QVERIFY(first.value(QLatin1String("tax_authority_approved_date")).isNull());
        QCOMPARE(items.at(1).toObject().value(QLatin1String("active")).toBool(true), false);
        QVERIFY(items.at(2).toObject().value(QLatin1String("tax_authority_approved_date")).isString());
    }

    void providerAccount_detailListsTemplatesWithCurrentYearSeries()
    {
        const auto result = m_client->get(QStringLiteral("/v1/provider-accounts/") + ActiveAccount);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json.value(QLatin1String("success")).toBool(), true);
        const QJsonArray templates = result.data().value(QLatin1String("templates")).toArray();
        QCOMPARE(templates.size(), 2);
        const QJsonObject vat = templates.at(0).toObject();
        QCOMPARE(vat.value(QLatin1String("template_code")).toString(), QStringLiteral("1"));
        QCOMPARE(vat.value(QLatin1String("invoice_series")).toString(), vatSeries());
        QCOMPARE(vat.value(QLatin1String("invoice_label")).toString(),
            QStringLiteral("1 - ") + vatSeries() + QStringLiteral(" - Hóa đơn giá trị gia tăng"));
        QCOMPARE(
            templates.at(1).toObject().value(QLatin1String("template_code")).toString(), QStringLiteral("2"));
    }

    void providerAccount_unknownIdIs404()
    {
        const auto result = m_client->get(QStringLiteral("/v1/provider-accounts/nope"));
        QCOMPARE(result.status, 404);
        QCOMPARE(result.errorCode(), QStringLiteral("NOT_FOUND"));
    }

    void usage_quotaIsAStringWithoutSuccessKey()
    {
        const auto result = m_client->get(QStringLiteral("/v1/usage"));
        QCOMPARE(result.status, 200);
        QVERIFY(!result.json.contains(QLatin1String("success")));
        QVERIFY(result.data().value(QLatin1String("quota_remaining")).isString());
        QCOMPARE(result.data().value(QLatin1String("quota_remaining")).toString(), QStringLiteral("500"));
    }

    void routing_wrongMethodOnKnownPathIs405()
    {
        const auto result = m_client->call("GET", QStringLiteral("/v1/invoices/create"), QByteArray(),
            "Bearer " + m_client->token().toLatin1());
        QCOMPARE(result.status, 405);
        QCOMPARE(result.errorCode(), QStringLiteral("METHOD_NOT_ALLOWED"));
        QCOMPARE(result.header("Allow"), QByteArray("POST"));
        QCOMPARE(m_client->call("PUT", QStringLiteral("/v1/usage")).status, 405);
        QCOMPARE(m_client->call("GET", QStringLiteral("/v1/token")).status, 405);
    }

    void routing_unknownPathIsJson404()
    {
        const auto result = m_client->call("GET", QStringLiteral("/v2/whatever"));
        QCOMPARE(result.status, 404);
        QVERIFY(result.isJson);
        QCOMPARE(result.errorCode(), QStringLiteral("NOT_FOUND"));
    }

    void list_pagesNewestFirstWithoutSuccessKey()
    {
        SandboxConfig config;
        config.seedInvoices = 25;
        start(config);
        const auto result = m_client->get(QStringLiteral("/v1/invoices?page=2&per_page=10"));
        QCOMPARE(result.status, 200);
        QVERIFY(!result.json.contains(QLatin1String("success")));
        const QJsonObject paging = result.data().value(QLatin1String("paging")).toObject();
        QCOMPARE(paging.value(QLatin1String("total")).toInt(), 25);
        QCOMPARE(paging.value(QLatin1String("page_count")).toInt(), 3);
        QCOMPARE(paging.value(QLatin1String("has_more")).toBool(), true);
        const QJsonArray items = result.data().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 10);
        QString previous = QStringLiteral("9999");
        for (const QJsonValue &item : items) {
            const QJsonObject object = item.toObject();
            QVERIFY(object.value(QLatin1String("issued_date")).toString() <= previous);
            previous = object.value(QLatin1String("issued_date")).toString();
            QVERIFY(object.value(QLatin1String("xml_url")).isNull());
            const bool draft = object.value(QLatin1String("status")).toString() == QLatin1String("draft");
            QCOMPARE(object.value(QLatin1String("invoice_number")).toString() == QLatin1String("0"), draft);
        }
    }

    void list_clampsPerPageAndFiltersBySource()
    {
        SandboxConfig config;
        config.seedInvoices = 30;
        start(config);
        const auto all = m_client->get(QStringLiteral("/v1/invoices?per_page=500"));
        QCOMPARE(
            all.data().value(QLatin1String("paging")).toObject().value(QLatin1String("per_page")).toInt(),
            100);
        const auto manual = m_client->get(QStringLiteral("/v1/invoices?source=manual&per_page=100"));
        const QJsonArray items = manual.data().value(QLatin1String("items")).toArray();
        QVERIFY(!items.isEmpty());
        for (const QJsonValue &item : items)
            QCOMPARE(item.toObject().value(QLatin1String("source")).toString(), QStringLiteral("manual"));
        QVERIFY(items.size() < 30);
        QCOMPARE(m_client->get(QStringLiteral("/v1/invoices?source=other")).status, 400);
        const auto beyond = m_client->get(QStringLiteral("/v1/invoices?page=9"));
        QCOMPARE(beyond.data().value(QLatin1String("items")).toArray().size(), 0);
        QCOMPARE(beyond.data()
                     .value(QLatin1String("paging"))
                     .toObject()
                     .value(QLatin1String("has_more"))
                     .toBool(true),
            false);
    }

    void seed_isDeterministicWithValidBuyerTaxCodes()
    {
        SandboxConfig config;
        config.seedInvoices = 12;
        config.randomSeed = 7;
        start(config);
        const QJsonArray first = m_client->get(QStringLiteral("/v1/invoices?per_page=100"))
                                     .data()
                                     .value(QLatin1String("items"))
                                     .toArray();
        start(config);
        const QJsonArray second = m_client->get(QStringLiteral("/v1/invoices?per_page=100"))
                                      .data()
                                      .value(QLatin1String("items"))
                                      .toArray();
        QCOMPARE(first.size(), 12);
        for (qsizetype i = 0; i < first.size(); ++i) {
            QJsonObject a = first.at(i).toObject();
            QJsonObject b = second.at(i).toObject();
            a.remove(QLatin1String("pdf_url"));
            b.remove(QLatin1String("pdf_url"));
            QCOMPARE(a, b);
            const QString taxCode
                = a.value(QLatin1String("buyer")).toObject().value(QLatin1String("tax_code")).toString();
            if (!taxCode.isEmpty())
                QVERIFY2(einvoice::TaxCode::check(taxCode).isValid(), qPrintable(taxCode));
        }
    }

    void detail_isHiddenWhileBeingCreatedAnd404WhenUnknown()
    {
        m_client->post(QStringLiteral("/v1/invoices/create"), vatInvoice(QStringLiteral("ORDER-D1")));
        QCOMPARE(m_client->get(QStringLiteral("/v1/invoices/ORDER-D1")).status, 404);
        const auto unknown = m_client->get(QStringLiteral("/v1/invoices/NO-SUCH"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), QStringLiteral("NOT_FOUND"));
    }

    void detail_afterCreateShowsDocumentedFields()
    {
        const auto created
            = m_client->post(QStringLiteral("/v1/invoices/create"), vatInvoice(QStringLiteral("ORDER-D2")));
        m_client->pollUntilDone(QStringLiteral("/v1/invoices/create/check/")
            + created.data().value(QLatin1String("tracking_code")).toString());
        const auto result = m_client->get(QStringLiteral("/v1/invoices/ORDER-D2"));
        QCOMPARE(result.status, 200);
        const QJsonObject data = result.data();
        QCOMPARE(data.value(QLatin1String("invoice_number")).toString(), QStringLiteral("0"));
        QCOMPARE(data.value(QLatin1String("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(data.value(QLatin1String("document_type")).toInt(), 1);
        QCOMPARE(data.value(QLatin1String("provider_status")).toString(), QStringLiteral("1"));
        QCOMPARE(data.value(QLatin1String("invoice_series")).toString(), vatSeries());
        QCOMPARE(data.value(QLatin1String("total_before_tax")).toInteger(), 400000);
        QCOMPARE(data.value(QLatin1String("tax_amount")).toInteger(), 38000);
        QCOMPARE(data.value(QLatin1String("total_amount")).toInteger(), 438000);
        const QJsonObject item = data.value(QLatin1String("items")).toArray().at(0).toObject();
        QCOMPARE(item.value(QLatin1String("quantity")).toString(), QStringLiteral("2.00"));
        QCOMPARE(item.value(QLatin1String("unit_price")).toString(), QStringLiteral("150000.00"));
        QCOMPARE(item.value(QLatin1String("total_amount")).toString(), QStringLiteral("300000.00"));
        QCOMPARE(item.value(QLatin1String("tax_rate")).toString(), QStringLiteral("10.00"));
        QCOMPARE(item.value(QLatin1String("tax_amount")).toString(), QStringLiteral("30000.00"));
        QVERIFY(data.value(QLatin1String("pdf_url")).toString().startsWith(m_server->baseUrl().toString()));
    }

    void download_acceptsReferenceAndBothTrackingCodes()
    {
        const QString createTracking = issuedInvoice(QStringLiteral("ORDER-F1"));
        for (const QString &code : {QStringLiteral("ORDER-F1"), createTracking}) {
            const auto result = m_client->get(
                QStringLiteral("/v1/invoices/") + code + QStringLiteral("/download?type=xml"));
            QCOMPARE(result.status, 200);
            QCOMPARE(result.data().value(QLatin1String("file_type")).toString(), QStringLiteral("xml"));
            QVERIFY(result.data()
                        .value(QLatin1String("file_name"))
                        .toString()
                        .startsWith(QLatin1String("HD_0000001_")));
            const QByteArray xml
                = QByteArray::fromBase64(result.data().value(QLatin1String("content")).toString().toLatin1());
            QVERIFY(xml.contains("<HDon>"));
        }
        const auto draft
            = m_client->post(QStringLiteral("/v1/invoices/create"), vatInvoice(QStringLiteral("ORDER-F2")));
        m_client->pollUntilDone(QStringLiteral("/v1/invoices/create/check/")
            + draft.data().value(QLatin1String("tracking_code")).toString());
        const auto issue = m_client->post(QStringLiteral("/v1/invoices/issue"),
            {{QStringLiteral("reference_code"), QStringLiteral("ORDER-F2")}});
        const QString issueTracking = issue.data().value(QLatin1String("tracking_code")).toString();
        m_client->pollUntilDone(QStringLiteral("/v1/invoices/issue/check/") + issueTracking);
        const auto pdf = m_client->get(
            QStringLiteral("/v1/invoices/") + issueTracking + QStringLiteral("/download?type=pdf"));
        QCOMPARE(pdf.status, 200);
        QVERIFY(QByteArray::fromBase64(pdf.data().value(QLatin1String("content")).toString().toLatin1())
                    .startsWith("%PDF"));
    }

    void download_refusesBadTypeDraftsAndUnknownCodes()
    {
        issuedInvoice(QStringLiteral("ORDER-G1"));
        QCOMPARE(m_client->get(QStringLiteral("/v1/invoices/ORDER-G1/download?type=doc")).status, 400);
        QCOMPARE(m_client->get(QStringLiteral("/v1/invoices/nothing/download?type=pdf")).status, 404);
        const auto draft
            = m_client->post(QStringLiteral("/v1/invoices/create"), vatInvoice(QStringLiteral("ORDER-G2")));
        m_client->pollUntilDone(QStringLiteral("/v1/invoices/create/check/")
            + draft.data().value(QLatin1String("tracking_code")).toString());
        QCOMPARE(m_client->get(QStringLiteral("/v1/invoices/ORDER-G2/download?type=pdf")).status, 400);
    }

    void sharedDataFile_twoServersSeeTheSameInvoices()
    {
        QTemporaryDir dir;
        SandboxConfig config;
        config.dataFile = dir.filePath(QStringLiteral("sandbox.sqlite"));
        start(config);
        SandboxServer other(config);
        QVERIFY(other.listen());
        SandboxTestClient otherClient(other.baseUrl());
        issuedInvoice(QStringLiteral("ORDER-S1"));
        const auto seen = otherClient.get(QStringLiteral("/v1/invoices/ORDER-S1"));
        QCOMPARE(seen.status, 200);
        QCOMPARE(seen.data().value(QLatin1String("status")).toString(), QStringLiteral("issued"));
        QCOMPARE(otherClient.get(QStringLiteral("/v1/usage"))
                     .data()
                     .value(QLatin1String("quota_remaining"))
                     .toString(),
            QStringLiteral("499"));
    }
};

QTEST_MAIN(SandboxContractTest)
#include "tst_sandboxcontract.moc"
