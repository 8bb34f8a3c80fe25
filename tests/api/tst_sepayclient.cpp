// Every endpoint of the API through SepayClient against the real sandbox server on loopback.

#include "api/createinvoiceoperation.h"
#include "api/deletedraftjob.h"
#include "api/downloadjob.h"
#include "api/invoicedetailjob.h"
#include "api/issueinvoiceoperation.h"
#include "api/jobpoller.h"
#include "api/provideraccountjob.h"
#include "api/provideraccountsjob.h"
#include "api/tokenmanager.h"
#include "api/usagejob.h"
#include "sandboxfixture.h"

using namespace einvoice;
using namespace einvoice::test;

class TestSepayClient : public QObject
{
    Q_OBJECT

private:
    // Creates a draft and waits for its job; returns the reference code.
    QString createDraft(SepayClient *client, const QString &reference = QString())
    {
        auto *op = client->createInvoice(sampleInvoice(reference), true);
        QString code;
        bool ok = false;
        [&] {
            QVERIFY(finish(op, [&] {
                code = op->referenceCode();
                ok = op->succeeded() && !op->jobFailed();
            }));
        }();
        return ok ? code : QString();
    }

private Q_SLOTS:
    void token_fetchedOnceAndReused()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        for (int i = 0; i < 3; ++i) {
            auto *job = client->usage();
            QVERIFY(finish(job, [&] { QVERIFY(job->succeeded()); }));
        }
        QCOMPARE(client->tokens()->fetchCount(), 1);
        QCOMPARE(sandbox.requests(QStringLiteral("POST"), QStringLiteral("/v1/token")).size(), 1);
        QVERIFY(client->tokens()->expiresAtUtc() > QDateTime::currentDateTimeUtc().addSecs(3600));
    }

    void token_wrongSecretIsAuthenticationFailure()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        client->setCredentials(Credentials {QStringLiteral("sandbox-client-id"), QStringLiteral("wrong")});
        auto *job = client->usage();
        ApiError error;
        QVERIFY(finish(job, [&] { error = job->error(); }));
        QVERIFY(error.isAuthenticationFailure());
        QCOMPARE(error.code, QStringLiteral("UNAUTHORIZED"));
        QVERIFY(!error.text().contains(QStringLiteral("wrong")));
    }

    void providerAccounts_listAndShow()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        auto *list = client->listProviderAccounts();
        QList<ProviderAccount> accounts;
        QVERIFY(finish(list, [&] {
            accounts = list->accounts();
            QVERIFY(list->succeeded());
            QCOMPARE(list->paging().currentPage, 1);
        }));
        QVERIFY(!accounts.isEmpty());
        auto *show = client->providerAccount(accounts.first().id);
        QVERIFY(finish(show, [&] {
            QVERIFY(show->succeeded());
            QCOMPARE(show->account().id, accounts.first().id);
            QVERIFY(!show->account().templates.isEmpty());
        }));
        auto *missing = client->providerAccount(QStringLiteral("no-such-account"));
        QVERIFY(finish(missing, [&] { QVERIFY(missing->error().isNotFound()); }));
    }

    void create_draftPollIssueGetDownloadDelete()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        const QString reference = createDraft(client.get(), QStringLiteral("ORDER-0001"));
        QCOMPARE(reference, QStringLiteral("ORDER-0001"));

        auto *issue = client->issueInvoice(reference, true);
        QVERIFY(finish(issue, [&] {
            QVERIFY2(issue->succeeded(), qPrintable(issue->error().text()));
            QCOMPARE(issue->jobState()->status, JobStatus::Success);
            QVERIFY(!issue->trackingCode().isEmpty());
            QCOMPARE(issue->invoice()->status, InvoiceStatus::Issued);
            QVERIFY(issue->invoice()->invoiceNumber != QStringLiteral("0"));
        }));

        auto *detail = client->invoice(reference);
        QVERIFY(finish(detail, [&] {
            QVERIFY(detail->succeeded());
            QCOMPARE(detail->invoice().summary.status, InvoiceStatus::Issued);
            QCOMPARE(detail->invoice().lines.size(), 1);
            QCOMPARE(detail->invoice().summary.totalAmount, Decimal::fromInteger(330000));
        }));

        auto *pdf = client->download(reference, FileType::Pdf);
        QVERIFY(finish(pdf, [&] {
            QVERIFY2(pdf->succeeded(), qPrintable(pdf->error().text()));
            QVERIFY(pdf->file().content.startsWith("%PDF"));
        }));
        auto *xml = client->download(reference, FileType::Xml);
        QVERIFY(finish(xml, [&] {
            QVERIFY(xml->succeeded());
            QVERIFY(xml->file().content.contains("<"));
        }));

        // Issued invoices cannot be deleted; a fresh draft can.
        auto *refused = client->deleteDraft(reference);
        QVERIFY(finish(refused, [&] { QCOMPARE(refused->error().httpStatus, 400); }));
        const QString draft = createDraft(client.get());
        auto *remove = client->deleteDraft(draft);
        QVERIFY(finish(remove, [&] { QVERIFY(remove->succeeded()); }));
        auto *gone = client->invoice(draft);
        QVERIFY(finish(gone, [&] { QVERIFY(gone->error().isNotFound()); }));
    }

    void create_withoutWaitReturnsTicketThenStatusAndPoll()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        auto *op = client->createInvoice(sampleInvoice(), false);
        QString tracking;
        QString reference = op->referenceCode();
        QVERIFY(!reference.isEmpty()); // fixed before anything is sent
        QVERIFY(finish(op, [&] {
            QVERIFY(op->succeeded());
            QCOMPARE(op->referenceCode(), reference);
            QCOMPARE(op->jobState()->status, JobStatus::Pending);
            tracking = op->trackingCode();
        }));
        auto *status = client->jobStatus(JobKind::Create, tracking);
        QVERIFY(finish(status, [&] {
            QVERIFY(status->succeeded());
            QCOMPARE(status->state().referenceCode, reference);
        }));
        auto *poller = client->pollJob(JobKind::Create, tracking);
        QVERIFY(finish(poller, [&] {
            QVERIFY(poller->succeeded());
            QCOMPARE(poller->state().status, JobStatus::Success);
        }));
    }

    void list_pagesAndSourceFilter()
    {
        SandboxConfig config;
        config.seedInvoices = 7;
        SandboxFixture sandbox(config);
        auto client = sandbox.client();
        InvoiceListQuery query;
        query.perPage = 5;
        auto *first = client->listInvoices(query);
        QVERIFY(finish(first, [&] {
            QVERIFY(first->succeeded());
            QCOMPARE(first->invoices().size(), 5);
            QCOMPARE(first->paging().total, 7);
            QVERIFY(first->paging().hasMore);
        }));
        query.page = 2;
        query.source = InvoiceSource::Manual;
        auto *second = client->listInvoices(query);
        QVERIFY(finish(second, [&] {
            QVERIFY(second->succeeded());
            for (const InvoiceSummary &s : second->invoices())
                QCOMPARE(s.source, InvoiceSource::Manual);
        }));
        const QJsonObject logged
            = sandbox.requests(QStringLiteral("GET"), QStringLiteral("/v1/invoices")).last().toObject();
        QVERIFY(logged.value(QLatin1String("query")).toString().contains(QStringLiteral("source=manual")));
    }

    void usage_decreasesAfterIssue()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        qint64 before = 0;
        auto *usage = client->usage();
        QVERIFY(finish(usage, [&] { before = usage->quotaRemaining(); }));
        const QString reference = createDraft(client.get());
        auto *issue = client->issueInvoice(reference, true);
        QVERIFY(finish(issue, [&] { QVERIFY(issue->succeeded()); }));
        auto *after = client->usage();
        QVERIFY(finish(after, [&] { QCOMPARE(after->quotaRemaining(), before - 1); }));
    }

    void create_invalidInvoiceIsRefusedLocally()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        Invoice invoice = sampleInvoice();
        invoice.lines.clear();
        auto *op = client->createInvoice(invoice, false);
        QVERIFY(finish(op, [&] {
            QCOMPARE(op->error().kind, ApiError::Kind::Validation);
            QVERIFY(!op->error().issues.isEmpty());
        }));
        QCOMPARE(sandbox.requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices")).size(), 0);
    }

    void create_existingReferenceIsAdopted()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        createDraft(client.get(), QStringLiteral("ORDER-DUP"));
        auto *again = client->createInvoice(sampleInvoice(QStringLiteral("ORDER-DUP")), true);
        QVERIFY(finish(again, [&] {
            QVERIFY(again->succeeded());
            QVERIFY(again->adopted());
            QCOMPARE(again->invoice()->referenceCode, QStringLiteral("ORDER-DUP"));
        }));
        QCOMPARE(sandbox.requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create")).size(), 2);
    }

    void request_carriesUserAgentAndBearer()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        auto *job = client->usage();
        QVERIFY(finish(job, [] {}));
        const QJsonObject headers = sandbox.requests(QStringLiteral("GET"), QStringLiteral("/v1/usage"))
                                        .first()
                                        .toObject()
                                        .value(QLatin1String("headers"))
                                        .toObject();
        QString userAgent;
        QString authorization;
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (it.key().compare(QLatin1String("user-agent"), Qt::CaseInsensitive) == 0)
                userAgent = it.value().toString();
            if (it.key().compare(QLatin1String("authorization"), Qt::CaseInsensitive) == 0)
                authorization = it.value().toString();
        }
        QVERIFY2(userAgent.startsWith(QStringLiteral("sepay-einvoice/")), qPrintable(userAgent));
        QVERIFY(authorization.startsWith(QStringLiteral("Bearer")));
    }
};

QTEST_MAIN(TestSepayClient) // QGuiApplication: the sandbox renders PDFs
#include "tst_sepayclient.moc"
