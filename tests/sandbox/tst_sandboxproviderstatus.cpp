// How an issued invoice's provider_status moves on the local server (sepay-api.md 4.6): "3" while
// the tax authority has not answered yet, then granted or one of the failures switched on through
// /_sandbox/settings, over loopback HTTP.

#include "correctionsandbox.h"

class SandboxProviderStatusTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CorrectionSandbox> m_sandbox;

    CorrectionSandbox &sb() { return *m_sandbox; }

    QString providerStatus(const QString &reference)
    {
        return sb().detail(reference).value(QLatin1String("provider_status")).toString();
    }

    QJsonObject currentSettings()
    {
        return sb().client->admin("GET", QStringLiteral("/_sandbox/settings")).json;
    }

private Q_SLOTS:
    void init() { m_sandbox = std::make_unique<CorrectionSandbox>(); }
    void cleanup() { m_sandbox.reset(); }

    void byDefault_anIssuedInvoiceIsGrantedAtOnce()
    {
        QVERIFY(sb().issue(QStringLiteral("A")));
        QCOMPARE(providerStatus(QStringLiteral("A")), QStringLiteral("4"));
        QCOMPARE(currentSettings().value(QLatin1String("provider_status_outcome")).toString(),
            QStringLiteral("granted"));
        QCOMPARE(currentSettings().value(QLatin1String("provider_status_delay_ms")).toInt(), 0);
    }

    void withADelay_notYetSentThenGranted()
    {
        QCOMPARE(sb().settings({{QStringLiteral("provider_status_delay_ms"), 300}}).status, 200);
        QVERIFY(sb().issue(QStringLiteral("A")));
        QCOMPARE(providerStatus(QStringLiteral("A")), QStringLiteral("3"));
        QCOMPARE(sb().state(QStringLiteral("A")).value(QLatin1String("provider_status")).toString(),
            QStringLiteral("3"));
        QTRY_COMPARE_WITH_TIMEOUT(providerStatus(QStringLiteral("A")), QStringLiteral("4"), 10000);
    }

    void failures_eachOutcomeIsDecidedWhenTheInvoiceIsIssued_data()
    {
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("code");
        QTest::newRow("signing error") << QStringLiteral("signing_error") << QStringLiteral("2");
        QTest::newRow("no answer") << QStringLiteral("no_answer") << QStringLiteral("5");
        QTest::newRow("not eligible") << QStringLiteral("not_eligible") << QStringLiteral("6");
    }

    void failures_eachOutcomeIsDecidedWhenTheInvoiceIsIssued()
    {
        QFETCH(QString, outcome);
        QFETCH(QString, code);
        QCOMPARE(sb().settings({{QStringLiteral("provider_status_outcome"), outcome}}).status, 200);
        QVERIFY(sb().issue(QStringLiteral("FAILING")));
        QCOMPARE(providerStatus(QStringLiteral("FAILING")), code);
        // Switched back: the next invoice is granted, the failed one keeps its status.
        QCOMPARE(
            sb().settings({{QStringLiteral("provider_status_outcome"), QStringLiteral("granted")}}).status,
            200);
        QVERIFY(sb().issue(QStringLiteral("GOOD")));
        QCOMPARE(providerStatus(QStringLiteral("GOOD")), QStringLiteral("4"));
        QCOMPARE(providerStatus(QStringLiteral("FAILING")), code);
    }

    void aFailureAfterADelay_waitsFirst()
    {
        sb().settings({{QStringLiteral("provider_status_delay_ms"), 300},
            {QStringLiteral("provider_status_outcome"), QStringLiteral("no_answer")}});
        QVERIFY(sb().issue(QStringLiteral("A")));
        QCOMPARE(providerStatus(QStringLiteral("A")), QStringLiteral("3"));
        QTRY_COMPARE_WITH_TIMEOUT(providerStatus(QStringLiteral("A")), QStringLiteral("5"), 10000);
    }

    void anExplicitChange_winsOverThePlannedOutcome()
    {
        sb().settings({{QStringLiteral("provider_status_delay_ms"), 200}});
        QVERIFY(sb().issue(QStringLiteral("A")));
        QVERIFY(sb().issue(QStringLiteral("B")));
        QCOMPARE(sb().change(QStringLiteral("A"), {{QStringLiteral("provider_status"), QStringLiteral("6")}})
                     .status,
            200);
        // B reaching its outcome proves A's planned moment has passed too.
        QTRY_COMPARE_WITH_TIMEOUT(providerStatus(QStringLiteral("B")), QStringLiteral("4"), 10000);
        QCOMPARE(providerStatus(QStringLiteral("A")), QStringLiteral("6"));
    }

    void drafts_keepTheirStatus()
    {
        sb().settings({{QStringLiteral("provider_status_outcome"), QStringLiteral("signing_error")}});
        const auto accepted = sb().client->post(
            QStringLiteral("/v1/invoices/create"), testpayloads::vatInvoice(QStringLiteral("D"), true));
        QCOMPARE(CorrectionSandbox::status(sb().client->pollUntilDone(CorrectionSandbox::pathOf(accepted))),
            QStringLiteral("Success"));
        QCOMPARE(providerStatus(QStringLiteral("D")), QStringLiteral("1"));
    }

    void badSettings_areRefusedNamingTheField()
    {
        const auto outcome
            = sb().settings({{QStringLiteral("provider_status_outcome"), QStringLiteral("4")}});
        QCOMPARE(outcome.status, 400);
        QVERIFY2(outcome.errorMessage().contains(QLatin1String("provider_status_outcome")),
            qPrintable(outcome.errorMessage()));
        const auto delay = sb().settings({{QStringLiteral("provider_status_delay_ms"), -1}});
        QCOMPARE(delay.status, 400);
        QVERIFY(delay.errorMessage().contains(QLatin1String("provider_status_delay_ms")));
        QCOMPARE(currentSettings().value(QLatin1String("provider_status_outcome")).toString(),
            QStringLiteral("granted"));
    }

    void reset_restoresTheConfiguredOutcome()
    {
        sb().settings({{QStringLiteral("provider_status_outcome"), QStringLiteral("not_eligible")},
            {QStringLiteral("provider_status_delay_ms"), 5000}});
        QCOMPARE(sb().client->admin("POST", QStringLiteral("/_sandbox/reset")).status, 200);
        QCOMPARE(currentSettings().value(QLatin1String("provider_status_outcome")).toString(),
            QStringLiteral("granted"));
        QCOMPARE(currentSettings().value(QLatin1String("provider_status_delay_ms")).toInt(), 0);
    }
};

QTEST_MAIN(SandboxProviderStatusTest)
#include "tst_sandboxproviderstatus.moc"
