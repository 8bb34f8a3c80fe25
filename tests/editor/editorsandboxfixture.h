#pragma once

#include "api/invoicelistjob.h"
#include "api/sepayclient.h"
#include "editor/sepayinvoiceactions.h"
#include "editortestsupport.h"
#include "sandbox/sandboxseeder.h"
#include "sandbox/sandboxserver.h"
#include "store/cataloguerepository.h"
#include "store/localdraftrepository.h"
#include "store/localstore.h"
#include "ui/editor/invoiceeditorpage.h"
#include "ui/editor/linestable.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace einvoice::editortest {

// One editor page wired to the real local sandbox server over loopback, with its drafts and
// catalogue in a real SQLite file in a temporary directory. Build it in a test, call start()
// inside QVERIFY, then drive `page` with key events.
class SandboxEditor
{
public:
    SandboxConfig config;
    test::ScriptedQuestions questions; // says yes unless told otherwise
    bool production = false;
    bool withOutbox = false; // the app's way: creates and issues go through the SQLite outbox
    QTemporaryDir dir;
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<SepayClient> client;
    std::unique_ptr<SepayInvoiceActions> actions;
    std::unique_ptr<LocalStore> store;
    LocalDraftRepository *drafts = nullptr; // the store's
    CatalogueRepository *catalogue = nullptr;
    std::unique_ptr<InvoiceEditorPage> page;

    SandboxEditor()
    {
        config.jobPendingPolls = 1;
        questions.answer = true;
    }
    ~SandboxEditor() { page.reset(); }

    QString databasePath() const { return dir.filePath(QStringLiteral("app.sqlite")); }

    // Starts the server, opens the database and shows the page. False when any step failed.
    bool start()
    {
        server = std::make_unique<SandboxServer>(config);
        if (!server->listen() || !dir.isValid())
            return false;
        ClientOptions options;
        options.polling.initialIntervalMs = 20;
        options.polling.maxIntervalMs = 50;
        client = std::make_unique<SepayClient>(Environment::demo(server->baseUrl()), options);
        client->setCredentials({config.clientId, config.clientSecret});
        store = std::make_unique<LocalStore>();
        if (!store->open(databasePath()).ok())
            return false;
        actions = withOutbox
            ? std::make_unique<SepayInvoiceActions>(client.get(), &store->outbox(), QStringLiteral("demo"))
            : std::make_unique<SepayInvoiceActions>(client.get());
        drafts = &store->drafts();
        catalogue = &store->catalogue();
        return showPage();
    }

    bool showPage()
    {
        EditorServices services;
        services.actions = actions.get();
        services.drafts = drafts;
        services.catalogue = catalogue;
        services.questions = &questions;
        services.environment = QStringLiteral("demo");
        services.environmentName = QStringLiteral("Demo");
        services.production = production;
        page.reset();
        page = std::make_unique<InvoiceEditorPage>(services);
        page->resize(1400, 900);
        page->show();
        page->activateWindow();
        return QTest::qWaitForWindowActive(page.get());
    }

    template<typename T> T *child(const char *name) const
    {
        return page->findChild<T *>(QLatin1String(name));
    }

    // Picks the seeded active account (templates 1 and 2) once the accounts arrived.
    bool chooseActiveAccount()
    {
        auto *accounts = child<QComboBox>("accountCombo");
        auto *templates = child<QComboBox>("templateCombo");
        if (!accounts || !templates)
            return false;
        const auto listed = [accounts] {
            return accounts->findData(SandboxSeeder::ActiveAccountId) > 0;
        };
        if (!QTest::qWaitFor(listed, 10000))
            return false;
        accounts->setCurrentIndex(accounts->findData(SandboxSeeder::ActiveAccountId));
        return QTest::qWaitFor([templates] { return templates->count() >= 2; }, 10000);
    }

    void focusAndType(const char *name, const QString &text)
    {
        auto *edit = child<QWidget>(name);
        QVERIFY(edit);
        edit->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), edit);
        typeText(text);
    }

    // Chooses the active account, types a buyer and one 10 % line of 2 x 1.500.000, and leaves
    // the form valid. Check QTest::currentTestFailed() after it.
    void fillOneLineInvoice(const QString &buyerName)
    {
        QVERIFY(chooseActiveAccount());
        focusAndType("buyerNameEdit", buyerName);
        focusAndType("buyerTaxCodeEdit", QStringLiteral("0100109106"));
        focusAndType("buyerAddressEdit", QStringLiteral("12 Lê Lợi, Quận 1, TP. Hồ Chí Minh"));
        QTableView *table = page->linesTable();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 1)); // the item code
        for (const QString &cell : {QStringLiteral("SP01"), QStringLiteral("Bàn phím cơ"),
                 QStringLiteral("cái"), QStringLiteral("2"), QStringLiteral("1.500.000"), QString(),
                 QString(), QStringLiteral("10")}) {
            if (!cell.isEmpty())
                typeText(cell);
            pressKey(Qt::Key_Tab);
        }
        pressKey(Qt::Key_Escape);
        QTRY_COMPARE(table->model()->rowCount(), 2); // Tab past the last cell added an empty line
        table->model()->removeRows(1, 1);
        QVERIFY2(!hasErrors(page->issues()), qPrintable(page->issues().value(0).text()));
    }

    // GET (or POST with a body) on the sandbox's admin path, e.g. "/_sandbox/faults".
    QJsonObject admin(const QString &path, const std::optional<QJsonObject> &body = std::nullopt) const
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(server->baseUrl().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = body ? nam.post(request, QJsonDocument(*body).toJson()) : nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        const bool finished = done.wait(5000);
        reply->deleteLater();
        return finished ? QJsonDocument::fromJson(reply->readAll()).object() : QJsonObject();
    }

    // The bodies of the logged /v1 requests to the path, oldest first.
    QList<QJsonObject> loggedRequests(const QString &method, const QString &path) const
    {
        QList<QJsonObject> found;
        const QJsonArray all
            = admin(QStringLiteral("/_sandbox/requests")).value(QStringLiteral("requests")).toArray();
        for (const QJsonValue &entry : all) {
            const QJsonObject request = entry.toObject();
            if (request.value(QStringLiteral("method")).toString() == method
                && request.value(QStringLiteral("path")).toString() == path)
                found.append(request);
        }
        return found;
    }

    // What the server lists (GET /v1/invoices through the API client), up to 100 invoices.
    // Empty (nullopt) when the listing failed, so that "not on the server" cannot pass by accident.
    std::optional<QList<InvoiceSummary>> serverInvoices() const
    {
        InvoiceListQuery query;
        query.perPage = 100;
        InvoiceListJob *job = client->listInvoices(query);
        bool done = false;
        std::optional<QList<InvoiceSummary>> result;
        const QMetaObject::Connection connection
            = QObject::connect(job, &ApiJob::finished, job, [job, &result, &done] {
                  done = true;
                  if (job->succeeded())
                      result = job->invoices();
              });
        if (!QTest::qWaitFor([&done] { return done; }, 10000))
            QObject::disconnect(connection);
        return result;
    }

    // How many listed invoices have the reference code; -1 when the listing failed.
    int countOnServer(const QString &referenceCode) const
    {
        const std::optional<QList<InvoiceSummary>> listed = serverInvoices();
        if (!listed)
            return -1;
        int count = 0;
        for (const InvoiceSummary &summary : *listed)
            count += summary.referenceCode == referenceCode ? 1 : 0;
        return count;
    }
};

} // namespace einvoice::editortest
