// Environment: which base URLs are allowed (https everywhere, plain http only for loopback),
// names, and the secret-store scope of each environment.

#include "api/environment.h"

#include <QTest>

using namespace einvoice;

class TestEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkBaseUrl_httpsOrLoopbackOnly_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https remote") << QStringLiteral("https://einvoice.example.com") << true;
        QTest::newRow("https with port") << QStringLiteral("https://10.0.0.5:8443/") << true;
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("http 127.0.0.2") << QStringLiteral("http://127.0.0.2:8080") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:9000") << true;
        QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST:9000") << true;
        QTest::newRow("http [::1]") << QStringLiteral("http://[::1]:9000") << true;
        QTest::newRow("http remote") << QStringLiteral("http://einvoice.example.com") << false;
        QTest::newRow("http lan") << QStringLiteral("http://192.168.1.10:8080") << false;
        QTest::newRow("http localhost lookalike") << QStringLiteral("http://localhost.evil.com") << false;
        QTest::newRow("http 0.0.0.0") << QStringLiteral("http://0.0.0.0:80") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
        QTest::newRow("no host") << QStringLiteral("https://") << false;
        QTest::newRow("garbage") << QStringLiteral("not a url") << false;
    }

    void checkBaseUrl_httpsOrLoopbackOnly()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const QString problem = Environment::checkBaseUrl(QUrl(url));
        QCOMPARE(problem.isEmpty(), allowed);
    }

    void credentialsInTheUrl_areRefusedAndNeverKept_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("id and secret") << QStringLiteral("https://my-id:S3cret@einvoice.example.vn");
        QTest::newRow("secret only") << QStringLiteral("https://:S3cret@einvoice.example.vn:8443/api");
        QTest::newRow("id only") << QStringLiteral("http://my-id@127.0.0.1:8080");
        QTest::newRow("encoded") << QStringLiteral("https://my-id:S3%63ret@einvoice.example.vn");
    }

    void credentialsInTheUrl_areRefusedAndNeverKept()
    {
        QFETCH(QString, url);
        const QUrl typed(url);
        QVERIFY(Environment::hasCredentials(typed));
        const QString problem = Environment::checkBaseUrl(typed);
        QVERIFY2(problem.contains(QLatin1String("must not contain")), qPrintable(problem));
        QVERIFY(!problem.contains(QLatin1String("S3c")) && !problem.contains(QLatin1String("my-id")));
        // An Environment built from such a URL anyway (old settings, a caller) drops them.
        for (const Environment &environment : {Environment::custom(typed), Environment::demo(typed),
                 Environment::production().withBaseUrl(typed)}) {
            QVERIFY(environment.baseUrl().userInfo().isEmpty());
            QCOMPARE(environment.baseUrl().host(), typed.host());
            const QString everything
                = environment.baseUrl().toString() + environment.scope() + environment.displayName();
            QVERIFY2(
                !everything.contains(QLatin1String("S3c")) && !everything.contains(QLatin1String("my-id")),
                qPrintable(everything));
        }
    }

    void builtIn_sandboxAndProductionAreHttps()
    {
        for (const Environment &environment : {Environment::sandbox(), Environment::production()}) {
            QCOMPARE(environment.baseUrl().scheme(), QStringLiteral("https"));
            QVERIFY(Environment::checkBaseUrl(environment.baseUrl()).isEmpty());
        }
        QVERIFY(Environment::production().isProduction());
        QVERIFY(!Environment::sandbox().isProduction());
        QVERIFY(
            Environment::production().withBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1"))).isProduction());
    }

    void scope_isOnePerEnvironment()
    {
        QCOMPARE(Environment::demo(QUrl()).scope(), QStringLiteral("demo"));
        QCOMPARE(Environment::sandbox().scope(), QStringLiteral("sandbox"));
        QCOMPARE(Environment::production().scope(), QStringLiteral("production"));
        QCOMPARE(Environment::custom(QUrl(QStringLiteral("https://Api.Example.com"))).scope(),
            QStringLiteral("custom-api.example.com-443"));
        QCOMPARE(Environment::custom(QUrl(QStringLiteral("http://127.0.0.1:8080"))).scope(),
            QStringLiteral("custom-127.0.0.1-8080"));
    }

    void names_roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("known");
        QTest::newRow("demo") << QStringLiteral("demo") << true;
        QTest::newRow("sandbox") << QStringLiteral("sandbox") << true;
        QTest::newRow("production") << QStringLiteral("production") << true;
        QTest::newRow("custom") << QStringLiteral("custom") << true;
        QTest::newRow("prod") << QStringLiteral("prod") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void names_roundTrip()
    {
        QFETCH(QString, name);
        QFETCH(bool, known);
        const auto kind = Environment::kindFromName(name);
        QCOMPARE(kind.has_value(), known);
        if (kind)
            QCOMPARE(Environment::name(*kind), name);
    }
};

QTEST_GUILESS_MAIN(TestEnvironment)
#include "tst_environment.moc"
