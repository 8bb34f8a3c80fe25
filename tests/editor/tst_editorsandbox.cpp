#include "api/sepayclient.h"
#include "core/invoicejson.h"
#include "editor/invoicelinesmodel.h"
#include "editor/linecolumns.h"
#include "editor/sepayinvoiceactions.h"
#include "editortestsupport.h"
#include "sandbox/sandboxseeder.h"
#include "sandbox/sandboxserver.h"
#include "store/localdraftrepository.h"
#include "store/localstore.h"
#include "ui/editor/invoiceeditorpage.h"
#include "ui/editor/linestable.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;
using namespace einvoice::editortest;

// The editor against the real local sandbox server over loopback: what is typed is exactly what
// the server receives.
class TestEditorSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveDraftThenIssue_sendsExactlyWhatWasTyped();

private:
    QJsonArray loggedRequests(const QUrl &base);
};

QJsonArray TestEditorSandbox::loggedRequests(const QUrl &base)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply
        = nam.get(QNetworkRequest(base.resolved(QUrl(QStringLiteral("/_sandbox/requests")))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(5000))
        return {};
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("requests")).toArray();
}

void TestEditorSandbox::saveDraftThenIssue_sendsExactlyWhatWasTyped()
{
    SandboxConfig config;
    SandboxServer server(config);
    QVERIFY(server.listen());
    ClientOptions options;
    options.polling.initialIntervalMs = 20;
    options.polling.maxIntervalMs = 50;
    SepayClient client(Environment::demo(server.baseUrl()), options);
    client.setCredentials({config.clientId, config.clientSecret});
    SepayInvoiceActions actions(&client);
    QTemporaryDir dir;
    LocalStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("app.sqlite"))).ok());
    LocalDraftRepository &drafts = store.drafts();

    EditorServices services;
    services.actions = &actions;
    services.drafts = &drafts;
    services.environment = QStringLiteral("demo");
    InvoiceEditorPage page(services);
    page.resize(1400, 900);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));

    auto *accounts = page.findChild<QComboBox *>(QStringLiteral("accountCombo"));
    QTRY_VERIFY(accounts->findData(SandboxSeeder::ActiveAccountId) > 0);
    accounts->setCurrentIndex(accounts->findData(SandboxSeeder::ActiveAccountId));
    auto *templates = page.findChild<QComboBox *>(QStringLiteral("templateCombo"));
    QTRY_VERIFY(templates->count() >= 2); // the active account's templates arrived
    QCOMPARE(page.invoice().templateCode, QStringLiteral("1"));
    auto *name = page.findChild<QWidget *>(QStringLiteral("buyerNameEdit"));
    name->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), name);
    typeText(QStringLiteral("Công ty TNHH Bình Minh"));
    pressKey(Qt::Key_Tab); // legal name
    pressKey(Qt::Key_Tab); // tax code
    typeText(QStringLiteral("0100109106"));
    pressKey(Qt::Key_Tab); // address: required for a buyer with a tax code
    typeText(QStringLiteral("12 Lê Lợi, Quận 1, TP.HCM"));
    page.linesTable()->setFocus();
    page.linesTable()->setCurrentIndex(page.linesModel()->index(0, LineColumns::ItemCode));
    for (const QString &cell : {QStringLiteral("SP01"), QStringLiteral("Bàn phím cơ"), QStringLiteral("cái"),
             QStringLiteral("2"), QStringLiteral("1.500.000"), QString(), QString(), QStringLiteral("8")}) {
        if (!cell.isEmpty())
            typeText(cell);
        pressKey(Qt::Key_Tab);
    }
    pressKey(Qt::Key_Escape);
    QTRY_COMPARE(page.linesModel()->rowCount(), 2);
    page.linesModel()->removeRows(1, 1);
    QVERIFY2(!hasErrors(page.issues()), qPrintable(page.issues().value(0).text()));

    const Invoice typed = page.invoice();
    page.findChild<QPushButton *>(QStringLiteral("saveDraftButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(page.stage(), InvoiceEditorPage::Stage::ServerDraft, 15000);
    QCOMPARE(page.serverReferenceCode(), typed.referenceCode);
    page.findChild<QPushButton *>(QStringLiteral("issueDraftButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(page.stage(), InvoiceEditorPage::Stage::Issued, 15000);
    QVERIFY(!page.invoiceNumber().isEmpty());
    QVERIFY(page.invoiceNumber() != QLatin1String("0"));

    QJsonObject createBody;
    int issues = 0;
    for (const QJsonValue &entry : loggedRequests(server.baseUrl())) {
        const QJsonObject request = entry.toObject();
        const QString path = request.value(QStringLiteral("path")).toString();
        if (path == QLatin1String("/v1/invoices/create"))
            createBody = request.value(QStringLiteral("body")).toObject();
        if (path == QLatin1String("/v1/invoices/issue"))
            ++issues;
    }
    Invoice expected = typed;
    expected.isDraft = true;
    QCOMPARE(createBody, json::toCreatePayload(expected));
    const QJsonObject buyer = createBody.value(QStringLiteral("buyer")).toObject();
    QCOMPARE(buyer.value(QStringLiteral("name")).toString(), QStringLiteral("Công ty TNHH Bình Minh"));
    QCOMPARE(buyer.value(QStringLiteral("tax_code")).toString(), QStringLiteral("0100109106"));
    QCOMPARE(buyer.value(QStringLiteral("address")).toString(), QStringLiteral("12 Lê Lợi, Quận 1, TP.HCM"));
    const QJsonObject item = createBody.value(QStringLiteral("items")).toArray().at(0).toObject();
    QCOMPARE(item.value(QStringLiteral("item_name")).toString(), QStringLiteral("Bàn phím cơ"));
    QCOMPARE(item.value(QStringLiteral("unit_price")).toDouble(), 1500000.0);
    QCOMPARE(item.value(QStringLiteral("tax_rate")).toInt(), 8);
    QCOMPARE(createBody.value(QStringLiteral("is_draft")).toBool(), true);
    QCOMPARE(issues, 1);
    QVERIFY(drafts.list(QStringLiteral("demo")).value().isEmpty()); // sent: no longer a local draft
}

QTEST_MAIN(TestEditorSandbox)
#include "tst_editorsandbox.moc"
