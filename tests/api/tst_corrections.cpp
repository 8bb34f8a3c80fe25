// Replacement and adjustment through SepayClient against the local sandbox (sepay-api.md appendix
// B, C): both readings of each open point, exactly-once under faults, the tracking URL check, and
// refusals made before anything is sent.

#include "api/correctionoperation.h"
#include "api/tokenmanager.h"
#include "api/trackingurl.h"
#include "correctionfixture.h"

using namespace einvoice;
using namespace einvoice::test;

Q_DECLARE_METATYPE(CorrectionKind)
Q_DECLARE_METATYPE(CorrectionContract::DecreaseSign)

class TestCorrections : public QObject
{
    Q_OBJECT

private:
    struct Outcome
    {
        bool finished = false;
        ApiError error;
        bool adopted = false;
        bool succeeded = false;
        std::optional<JobState> state;
        QString referenceCode;
        QString trackingCode;
    };

    static Outcome run(CorrectionOperation *operation)
    {
        Outcome outcome;
        outcome.finished = finish(operation, [&] {
            outcome.error = operation->error();
            outcome.adopted = operation->adopted();
            outcome.succeeded = operation->succeeded();
            outcome.state = operation->jobState();
            outcome.referenceCode = operation->referenceCode();
            outcome.trackingCode = operation->trackingCode();
        });
        return outcome;
    }

    static Outcome correct(SepayClient *client, const InvoiceDetail &origin, CorrectionKind kind,
        const QString &reference = QStringLiteral("C-1"), bool wait = true)
    {
        return run(client->correctInvoice(
            CorrectionRequest {correctionInvoice(kind, reference), kind, origin}, wait));
    }

    static bool ended(const Outcome &outcome, JobStatus status = JobStatus::Success)
    {
        return outcome.finished && outcome.succeeded && outcome.state && outcome.state->status == status;
    }

    static QString describe(const Outcome &outcome) { return outcome.error.text(); }

    static int correctionsOf(SandboxFixture &sandbox, const QString &origin)
    {
        return int(sandboxState(sandbox, origin).value(QLatin1String("corrections")).toArray().size());
    }

private Q_SLOTS:
    void kinds_followWhicheverCheckPathTheServerNames_data()
    {
        QTest::addColumn<CorrectionKind>("kind");
        QTest::addColumn<QString>("reading");
        QTest::newRow("replace, replace/check") << CorrectionKind::Replace << QStringLiteral("replace");
        QTest::newRow("replace, create/check") << CorrectionKind::Replace << QStringLiteral("create");
        for (CorrectionKind kind : {CorrectionKind::Increase, CorrectionKind::Decrease,
                 CorrectionKind::Combined, CorrectionKind::Info}) {
            for (const char *reading : {"adjust", "create"}) {
                QTest::newRow(
                    qPrintable(correctionKindName(kind) + QStringLiteral(", ") + QLatin1String(reading)))
                    << kind << QString::fromLatin1(reading);
            }
        }
    }

    void kinds_followWhicheverCheckPathTheServerNames()
    {
        QFETCH(CorrectionKind, kind);
        QFETCH(QString, reading);
        SandboxFixture sandbox;
        sandbox.settings(
            {{isAdjustment(kind) ? QStringLiteral("adjust_check_path") : QStringLiteral("replace_check_path"),
                 reading},
                {QStringLiteral("job_pending_polls"), 2}});
        auto client = sandbox.client();
        const auto origin = issueOrigin(client.get(), QStringLiteral("O-1"));
        QVERIFY(origin);
        const Outcome outcome = correct(client.get(), *origin, kind);
        QVERIFY2(ended(outcome), qPrintable(describe(outcome)));
        QCOMPARE(outcome.state->invoice->referenceCode, QStringLiteral("C-1"));
        QCOMPARE(outcome.state->invoice->status, InvoiceStatus::Issued);
        QVERIFY(!outcome.adopted);
        const QString post = isAdjustment(kind) ? QStringLiteral("/v1/invoices/adjust")
                                                : QStringLiteral("/v1/invoices/replace");
        QCOMPARE(sandbox.requests(QStringLiteral("POST"), post).size(), 1);
        const QString checks = QStringLiteral("/v1/invoices/%1/check/%2").arg(reading, outcome.trackingCode);
        QCOMPARE(sandbox.requests(QStringLiteral("GET"), checks).size(), 3); // Pending twice, then Success
        QCOMPARE(sandboxState(sandbox, QStringLiteral("O-1")).value(QLatin1String("document_type")).toInt(),
            originDocumentTypeAfter(kind));
        QCOMPARE(sandboxState(sandbox, QStringLiteral("C-1")).value(QLatin1String("document_type")).toInt(),
            documentTypeOf(kind));
    }

    void decrease_isSentInTheContractsSignReading_data()
    {
        QTest::addColumn<CorrectionContract::DecreaseSign>("client");
        QTest::addColumn<QString>("server");
        QTest::addColumn<bool>("accepted");
        using S = CorrectionContract::DecreaseSign;
        QTest::newRow("negative, server negative") << S::Negative << QStringLiteral("negative") << true;
        QTest::newRow("positive, server positive") << S::Positive << QStringLiteral("positive") << true;
        QTest::newRow("negative, server positive") << S::Negative << QStringLiteral("positive") << false;
        QTest::newRow("positive, server negative") << S::Positive << QStringLiteral("negative") << false;
    }

    void decrease_isSentInTheContractsSignReading()
    {
        QFETCH(CorrectionContract::DecreaseSign, client);
        QFETCH(QString, server);
        QFETCH(bool, accepted);
        SandboxFixture sandbox;
        sandbox.settings({{QStringLiteral("decrease_sign"), server}});
        ClientOptions options = fastOptions();
        options.corrections.decreaseSign = client;
        auto sepay = sandbox.client(options);
        const auto origin = issueOrigin(sepay.get(), QStringLiteral("O-1"));
        QVERIFY(origin);
        const Outcome outcome = correct(sepay.get(), *origin, CorrectionKind::Decrease);
        const QJsonArray posts
            = sandbox.requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/adjust"));
        QCOMPARE(posts.size(), 1);
        const QJsonObject body = posts.first().toObject().value(QLatin1String("body")).toObject();
        const double quantity = body.value(QLatin1String("items"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QLatin1String("quantity"))
                                    .toDouble();
        QCOMPARE(quantity, client == CorrectionContract::DecreaseSign::Negative ? -1.0 : 1.0);
        QCOMPARE(body.value(QLatin1String("adjustment_type")).toString(), QStringLiteral("decrease"));
        QCOMPARE(
            body.value(QLatin1String("original_invoice_reference_code")).toString(), QStringLiteral("O-1"));
        QCOMPARE(body.value(QLatin1String("is_draft")).toBool(true), false);
        if (accepted) {
            QVERIFY2(ended(outcome), qPrintable(describe(outcome)));
            // Run again: the detail reads back in this reading's signs and is adopted.
            const Outcome again = correct(sepay.get(), *origin, CorrectionKind::Decrease);
            QVERIFY2(again.succeeded && again.adopted, qPrintable(describe(again)));
            QCOMPARE(correctionsOf(sandbox, QStringLiteral("O-1")), 1);
        } else {
            QCOMPARE(outcome.error.httpStatus, 422);
            QCOMPARE(outcome.error.code, QStringLiteral("ADJUSTMENT_SIGN_MISMATCH"));
            QCOMPARE(correctionsOf(sandbox, QStringLiteral("O-1")), 0);
        }
    }

    void faults_endAsExactlyOneCorrection_data()
    {
        QTest::addColumn<CorrectionKind>("kind");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("lookedUp"); // the new reference code was looked up before a resend
        for (CorrectionKind kind : {CorrectionKind::Replace, CorrectionKind::Decrease}) {
            const QString name = correctionKindName(kind) + QStringLiteral(": ");
            // Dropped before the server ran it: Qt may send it again on a fresh connection by
            // itself, or the look-up finds nothing (404) and the operation sends it again.
            QTest::newRow(qPrintable(name + QStringLiteral("connection dropped")))
                << kind << QStringLiteral("drop_next") << false;
            // Ran, but the answer was cut: the look-up (or the 409 of a resend) finds it.
            QTest::newRow(qPrintable(name + QStringLiteral("answer cut off")))
                << kind << QStringLiteral("malformed_next") << true;
            QTest::newRow(qPrintable(name + QStringLiteral("500")))
                << kind << QStringLiteral("error_next") << true;
            QTest::newRow(qPrintable(name + QStringLiteral("429")))
                << kind << QStringLiteral("rate_limit_next") << true;
        }
    }

    void faults_endAsExactlyOneCorrection()
    {
        QFETCH(CorrectionKind, kind);
        QFETCH(QString, fault);
        QFETCH(bool, lookedUp);
        SandboxFixture sandbox;
        sandbox.faults({{QStringLiteral("retry_after_seconds"), 0}});
        auto client = sandbox.client();
        const auto origin = issueOrigin(client.get(), QStringLiteral("O-1"));
        QVERIFY(origin);
        sandbox.admin(QStringLiteral("/_sandbox/requests/clear"));
        const QString post = isAdjustment(kind) ? QStringLiteral("/v1/invoices/adjust")
                                                : QStringLiteral("/v1/invoices/replace");
        sandbox.faults({{fault, 1}, {QStringLiteral("next_path"), post}});
        const Outcome outcome = correct(client.get(), *origin, kind);
        QVERIFY2(outcome.finished && outcome.succeeded, qPrintable(describe(outcome)));
        // The one the fault hit and one more, both with the same reference code.
        QCOMPARE(
            sandbox.postedReferenceCodes(post), (QStringList {QStringLiteral("C-1"), QStringLiteral("C-1")}));
        if (lookedUp)
            QVERIFY(!sandbox.requests(QStringLiteral("GET"), QStringLiteral("/v1/invoices/C-1")).isEmpty());
        QCOMPARE(correctionsOf(sandbox, QStringLiteral("O-1")), 1);
        QTRY_COMPARE(sandboxState(sandbox, QStringLiteral("C-1")).value(QLatin1String("status")).toString(),
            QStringLiteral("issued"));
        QCOMPARE(sandboxState(sandbox, QStringLiteral("O-1")).value(QLatin1String("document_type")).toInt(),
            originDocumentTypeAfter(kind));
    }

    void expiredToken_isRenewedAndTheCorrectionSentOnce()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        const auto origin = issueOrigin(client.get(), QStringLiteral("O-1"));
        QVERIFY(origin);
        sandbox.admin(QStringLiteral("/_sandbox/expire-tokens"));
        sandbox.admin(QStringLiteral("/_sandbox/requests/clear"));
        const Outcome outcome = correct(client.get(), *origin, CorrectionKind::Replace);
        QVERIFY2(ended(outcome), qPrintable(describe(outcome)));
        QCOMPARE(client->tokens()->fetchCount(), 2);
        QCOMPARE(sandbox.requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/replace")).size(),
            2); // 401, replay
        QCOMPARE(correctionsOf(sandbox, QStringLiteral("O-1")), 1);
    }

    void conflict_adoptsTheSameCorrectionAndRefusesAnotherInvoice()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        const auto origin = issueOrigin(client.get(), QStringLiteral("O-1"));
        QVERIFY(origin);
        QVERIFY(ended(correct(client.get(), *origin, CorrectionKind::Increase)));
        // The same adjustment again (a second run of the same file): 409, found, adopted.
        const Outcome again = correct(client.get(), *origin, CorrectionKind::Increase);
        QVERIFY2(again.finished && again.succeeded && again.adopted, qPrintable(describe(again)));
        QCOMPARE(correctionsOf(sandbox, QStringLiteral("O-1")), 1);
        // The file edited and run again under the same code: not adopted, nothing new.
        Invoice edited = correctionInvoice(CorrectionKind::Increase, QStringLiteral("C-1"));
        edited.lines.first().unitPrice = Decimal::fromInteger(250000);
        const Outcome changed = run(
            client->correctInvoice(CorrectionRequest {edited, CorrectionKind::Increase, *origin}, true));
        QVERIFY(changed.finished && !changed.succeeded && !changed.adopted);
        QCOMPARE(changed.error.code, QStringLiteral("REFERENCE_CODE_CONFLICT"));
        QVERIFY2(
            changed.error.message.contains(QLatin1String("unit_price")), qPrintable(changed.error.text()));
        QCOMPARE(correctionsOf(sandbox, QStringLiteral("O-1")), 1);
        // A reference code that an ordinary invoice holds is not adopted.
        QVERIFY(issueOrigin(client.get(), QStringLiteral("PLAIN")));
        const Outcome clash
            = correct(client.get(), *origin, CorrectionKind::Increase, QStringLiteral("PLAIN"));
        QVERIFY(clash.finished && !clash.succeeded);
        QCOMPARE(clash.error.httpStatus, 409);
        QVERIFY2(clash.error.message.contains(QLatin1String("PLAIN")), qPrintable(clash.error.text()));
        QCOMPARE(correctionsOf(sandbox, QStringLiteral("O-1")), 1);
    }

    void refusedOrigin_sendsNothing_data()
    {
        QTest::addColumn<CorrectionKind>("kind");
        QTest::addColumn<QJsonObject>("change"); // admin change of the origin
        QTest::addColumn<bool>("replaceFirst");
        QTest::newRow("second replacement") << CorrectionKind::Replace << QJsonObject() << true;
        QTest::newRow("adjust a replaced invoice") << CorrectionKind::Increase << QJsonObject() << true;
        QTest::newRow("cancelled") << CorrectionKind::Replace
                                   << QJsonObject {{QStringLiteral("cancelled"), true}} << false;
        QTest::newRow("provider status 3")
            << CorrectionKind::Decrease
            << QJsonObject {{QStringLiteral("provider_status"), QStringLiteral("3")}} << false;
    }

    void refusedOrigin_sendsNothing()
    {
        QFETCH(CorrectionKind, kind);
        QFETCH(QJsonObject, change);
        QFETCH(bool, replaceFirst);
        SandboxFixture sandbox;
        auto client = sandbox.client();
        auto origin = issueOrigin(client.get(), QStringLiteral("O-1"));
        QVERIFY(origin);
        if (replaceFirst)
            QVERIFY(ended(correct(client.get(), *origin, CorrectionKind::Replace, QStringLiteral("R-1"))));
        if (!change.isEmpty())
            sandbox.admin(QStringLiteral("/_sandbox/invoices/O-1"), change);
        auto *detail = client->invoice(QStringLiteral("O-1"));
        QVERIFY(finish(detail, [&] { origin = detail->invoice(); }));
        sandbox.admin(QStringLiteral("/_sandbox/requests/clear"));
        const Outcome outcome = correct(client.get(), *origin, kind, QStringLiteral("C-2"));
        QVERIFY(outcome.finished && !outcome.succeeded);
        QCOMPARE(outcome.error.kind, ApiError::Kind::Validation);
        QCOMPARE(outcome.error.issues.first().field, QStringLiteral("original_invoice_reference_code"));
        QVERIFY(outcome.error.text().contains(QLatin1String("O-1")));
        QCOMPARE(sandbox.requests().size(), 0);
    }

    void invalidCorrection_sendsNothing()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        const auto origin = issueOrigin(client.get(), QStringLiteral("O-1"));
        QVERIFY(origin);
        sandbox.admin(QStringLiteral("/_sandbox/requests/clear"));
        Invoice invoice = correctionInvoice(CorrectionKind::Decrease, QStringLiteral("C-1"));
        invoice.lines.first().quantity = Decimal::fromInteger(3); // a decrease that raises
        const Outcome outcome = run(
            client->correctInvoice(CorrectionRequest {invoice, CorrectionKind::Decrease, *origin}, true));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Validation);
        QCOMPARE(sandbox.requests().size(), 0);
    }

    void generatedReferenceCode_isFixedBeforeSending()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        const auto origin = issueOrigin(client.get(), QStringLiteral("O-1"));
        QVERIFY(origin);
        auto *operation = client->correctInvoice(
            CorrectionRequest {correctionInvoice(CorrectionKind::Replace), CorrectionKind::Replace, *origin},
            true);
        const QString code = operation->referenceCode();
        QVERIFY(operation->referenceCodeGenerated());
        QVERIFY(!code.isEmpty());
        QCOMPARE(operation->payload().value(QLatin1String("reference_code")).toString(), code);
        const Outcome outcome = run(operation);
        QVERIFY(ended(outcome));
        QCOMPARE(outcome.state->invoice->referenceCode, code);
    }

    void trackingUrlOnAnotherHost_isNotFollowed()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        const auto origin = issueOrigin(client.get(), QStringLiteral("O-1"));
        QVERIFY(origin);
        sandbox.settings(
            {{QStringLiteral("correction_tracking_base"), QStringLiteral("http://203.0.113.9:8080")}});
        sandbox.admin(QStringLiteral("/_sandbox/requests/clear"));
        const Outcome outcome = correct(client.get(), *origin, CorrectionKind::Replace);
        QVERIFY(outcome.finished && !outcome.succeeded);
        QCOMPARE(outcome.error.kind, ApiError::Kind::Parse);
        QCOMPARE(outcome.error.field, QStringLiteral("data.tracking_url"));
        QVERIFY2(
            outcome.error.text().contains(QLatin1String("203.0.113.9")), qPrintable(outcome.error.text()));
        QVERIFY(!outcome.trackingCode.isEmpty()); // accepted: look it up by reference code
        QCOMPARE(sandbox.requests(QStringLiteral("GET")).size(), 0);
    }

    void trackingUrl_check_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("tracking");
        QTest::addColumn<QString>("path"); // empty: refused
        const QString tc = QStringLiteral("/v1/invoices/adjust/check/abc");
        const auto row
            = [&tc](const char *name, const char *base, const char *tracking, bool withTc, bool followed) {
                  const QString url = QString::fromLatin1(tracking) + (withTc ? tc : QString());
                  QTest::newRow(name) << QString::fromLatin1(base) << url << (followed ? tc : QString());
              };
        const char *local = "http://127.0.0.1:8080";
        const char *sepay = "https://einvoice-api.sepay.vn";
        const char *proxy = "https://proxy.example/api";
        row("same server", local, "http://127.0.0.1:8080", true, true);
        row("https default port", sepay, "https://einvoice-api.sepay.vn:443", true, true);
        row("host case", sepay, "https://EINVOICE-API.sepay.vn", true, true);
        row("under a base path", proxy, "https://proxy.example/api", true, true);
        row("another host", sepay, "https://evil.example", true, false);
        row("another port", local, "http://127.0.0.1:9090", true, false);
        row("plain http", sepay, "http://einvoice-api.sepay.vn", true, false);
        row("user info", sepay, "https://x@einvoice-api.sepay.vn", true, false);
        row("outside the base path", proxy, "https://proxy.example", true, false);
        row("not an API path", local, "http://127.0.0.1:8080/_sandbox/reset", false, false);
        row("dot segments", local, "http://127.0.0.1:8080/v1/../_sandbox/reset", false, false);
        row("relative", local, "", true, false);
        row("empty", local, "", false, false);
    }

    void trackingUrl_check()
    {
        QFETCH(QString, base);
        QFETCH(QString, tracking);
        QFETCH(QString, path);
        const TrackingUrl checked = TrackingUrl::check(QUrl(base), tracking);
        QCOMPARE(checked.path(), path);
        QCOMPARE(checked.isFollowable(), !path.isEmpty());
        QCOMPARE(checked.problem().isEmpty(), !path.isEmpty());
    }

    void contract_isCorrectionOf_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("link");
        QTest::addColumn<int>("type"); // 0: not in the detail
        QTest::addColumn<bool>("matches");
        const auto row
            = [](const char *name, const char *reference, const char *link, int type, bool matches) {
                  QTest::newRow(name)
                      << QString::fromLatin1(reference) << QString::fromLatin1(link) << type << matches;
              };
        row("the replacement", "R-1", "O-1", 4, true);
        row("replaced since", "R-1", "O-1", 5, true);
        row("another origin", "R-1", "O-2", 4, false);
        row("an adjustment of it", "R-1", "O-1", 6, false);
        row("the origin itself", "O-1", "", 10, false);
        row("an unlinked ordinary invoice", "R-1", "", 2, false);
        row("unlinked, right type", "R-1", "", 4, true);
        row("the documented detail", "R-1", "", 0, true);
    }

    void contract_isCorrectionOf()
    {
        QFETCH(QString, reference);
        QFETCH(QString, link);
        QFETCH(int, type);
        QFETCH(bool, matches);
        InvoiceDetail found;
        found.summary.referenceCode = reference;
        found.originalReferenceCode = link;
        if (type)
            found.documentType = type;
        QCOMPARE(CorrectionContract::isCorrectionOf(found, CorrectionKind::Replace, QStringLiteral("O-1")),
            matches);
    }

    void contract_fallbackAndPayload()
    {
        const CorrectionContract contract;
        QCOMPARE(contract.endpointPath(CorrectionKind::Replace), QStringLiteral("/v1/invoices/replace"));
        QCOMPARE(contract.endpointPath(CorrectionKind::Info), QStringLiteral("/v1/invoices/adjust"));
        QCOMPARE(contract.fallbackCheckPath(CorrectionKind::Combined, QStringLiteral("t 1")),
            QStringLiteral("/v1/invoices/adjust/check/t%201"));
        const QJsonObject replace
            = contract.payload(correctionInvoice(CorrectionKind::Replace, QStringLiteral("R")),
                CorrectionKind::Replace, QStringLiteral("O"));
        QVERIFY(!replace.contains(QLatin1String("adjustment_type")));
        QCOMPARE(
            replace.value(QLatin1String("original_invoice_reference_code")).toString(), QStringLiteral("O"));
        QCOMPARE(replace.value(QLatin1String("is_draft")).toBool(true), false);
        for (const char *key :
            {"template_code", "invoice_series", "issued_date", "provider_account_id", "buyer", "items"})
            QVERIFY2(replace.contains(QLatin1String(key)), key);
    }
};

QTEST_GUILESS_MAIN(TestCorrections)
#include "tst_corrections.moc"
