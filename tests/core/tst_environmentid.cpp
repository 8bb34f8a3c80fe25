// The environment identity (issue 15): one key spelling for settings, store, outbox, secrets and
// logs, custom servers keyed by their normalised base URL, and every spelling earlier versions
// wrote resolved to it.
#include "core/environmentid.h"
#include "core/legacyenvironmentkeys.h"

#include <QTest>

using namespace einvoice;

class TestEnvironmentId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void key_ofEachKind()
    {
        QCOMPARE(EnvironmentId().key(), QStringLiteral("demo"));
        QCOMPARE(EnvironmentId(EnvironmentKind::Sandbox).key(), QStringLiteral("sandbox"));
        QCOMPARE(EnvironmentId(EnvironmentKind::Production).key(), QStringLiteral("production"));
        // The URL only counts for Custom.
        QCOMPARE(EnvironmentId(EnvironmentKind::Sandbox, QUrl(QStringLiteral("https://x.example"))).key(),
            QStringLiteral("sandbox"));
        QVERIFY(EnvironmentId(EnvironmentKind::Production).isProduction());
    }

    void customKey_isTheNormalisedUrl_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("key");
        const QString https = QStringLiteral("custom:https://api.example.com:443");
        QTest::newRow("plain") << "https://api.example.com" << https;
        QTest::newRow("trailing slash") << "https://api.example.com/" << https;
        QTest::newRow("upper case") << "HTTPS://API.Example.COM" << https;
        QTest::newRow("explicit port") << "https://api.example.com:443" << https;
        QTest::newRow("user info dropped") << "https://user:secret@api.example.com" << https;
        QTest::newRow("query dropped") << "https://api.example.com/?a=1#x" << https;
        QTest::newRow("path kept") << "https://api.example.com/einvoice//"
                                   << "custom:https://api.example.com:443/einvoice";
        QTest::newRow("other port") << "https://api.example.com:8443"
                                    << "custom:https://api.example.com:8443";
        QTest::newRow("http default port") << "http://localhost"
                                           << "custom:http://localhost:80";
        QTest::newRow("ipv6") << "http://[::1]:8080"
                              << "custom:http://[::1]:8080";
    }
    void customKey_isTheNormalisedUrl()
    {
        QFETCH(QString, typed);
        QFETCH(QString, key);
        const EnvironmentId id = EnvironmentId::custom(QUrl(typed));
        QVERIFY(id.isValid());
        QCOMPARE(id.key(), key);
        QVERIFY(!id.key().contains(QLatin1String("secret")));
        QCOMPARE(EnvironmentId::fromKey(key), std::optional<EnvironmentId>(id));
    }

    void custom_withoutAUsableUrl_isInvalid()
    {
        QVERIFY(!EnvironmentId::custom(QUrl()).isValid());
        QVERIFY(!EnvironmentId::custom(QUrl(QStringLiteral("not a url"))).isValid());
        QVERIFY(!EnvironmentId(EnvironmentKind::Custom).isValid());
    }

    void fromKey_acceptsOnlyTodaysSpelling_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("known");
        QTest::newRow("demo") << "demo" << true;
        QTest::newRow("sandbox") << "sandbox" << true;
        QTest::newRow("production") << "production" << true;
        QTest::newRow("Production") << "Production" << false;
        QTest::newRow("bare custom") << "custom" << false;
        QTest::newRow("unnormalised url") << "custom:https://API.example.com/" << false;
        QTest::newRow("authority") << "custom@api.example.com:443" << false;
        QTest::newRow("scope") << "custom-api.example.com-443" << false;
        QTest::newRow("empty") << "" << false;
    }
    void fromKey_acceptsOnlyTodaysSpelling()
    {
        QFETCH(QString, key);
        QFETCH(bool, known);
        QCOMPARE(EnvironmentId::fromKey(key).has_value(), known);
        QCOMPARE(legacyenvironmentkeys::isCurrent(key), known);
    }

    void kindNames_roundTrip()
    {
        for (auto kind : {EnvironmentKind::Demo, EnvironmentKind::Sandbox, EnvironmentKind::Production,
                 EnvironmentKind::Custom})
            QCOMPARE(EnvironmentId::kindFromName(EnvironmentId::kindName(kind)), std::optional(kind));
        QCOMPARE(EnvironmentId::kindFromName(u"PRODUCTION"), std::optional(EnvironmentKind::Production));
        QVERIFY(!EnvironmentId::kindFromName(u"prod"));
    }

    void hostedBaseUrls_areHttps()
    {
        QCOMPARE(EnvironmentId::hostedBaseUrl(EnvironmentKind::Sandbox).scheme(), QStringLiteral("https"));
        QCOMPARE(EnvironmentId::hostedBaseUrl(EnvironmentKind::Production).scheme(), QStringLiteral("https"));
        QVERIFY(EnvironmentId::hostedBaseUrl(EnvironmentKind::Demo).isEmpty());
    }

    // Every spelling an earlier version wrote for a custom server: the store's "custom:<typed>",
    // the batch runner's "custom@<authority>", the secret scope "custom-<host>-<port>" and the bare
    // "custom" of the settings.
    void legacyKeys_resolveToTheCurrentKey_data()
    {
        QTest::addColumn<QString>("old");
        QTest::addColumn<QStringList>("known");
        QTest::addColumn<QString>("expected"); // empty: cannot tell
        const QStringList typed {QStringLiteral("https://Einvoice.Example.com/api/")};
        const QString key = QStringLiteral("custom:https://einvoice.example.com:443/api");
        const QString local = QStringLiteral("custom:http://127.0.0.1:8080");
        QTest::newRow("current") << key << QStringList() << key;
        QTest::newRow("demo") << "demo" << typed << "demo";
        QTest::newRow("store url as typed")
            << "custom:https://Einvoice.Example.com/api/" << QStringList() << key;
        QTest::newRow("authority, known url") << "custom@einvoice.example.com" << typed << key;
        QTest::newRow("authority with port, known url") << "custom@einvoice.example.com:443" << typed << key;
        QTest::newRow("authority, unknown https")
            << "custom@other.example.com:8443" << typed << "custom:https://other.example.com:8443";
        QTest::newRow("authority, unknown loopback") << "custom@127.0.0.1:8080" << QStringList() << local;
        QTest::newRow("authority with user info") << "custom@me@127.0.0.1:8080" << QStringList() << local;
        QTest::newRow("scope, known url") << "custom-einvoice.example.com-443" << typed << key;
        QTest::newRow("scope, dashed host") << "custom-my-server.example.com-8443" << QStringList()
                                            << "custom:https://my-server.example.com:8443";
        QTest::newRow("scope, loopback") << "custom-127.0.0.1-8080" << QStringList() << local;
        QTest::newRow("bare custom, one known url") << "custom" << typed << key;
        QTest::newRow("bare custom, no url") << "custom" << QStringList() << QString();
        QTest::newRow("bad port") << "custom-host-99999" << QStringList() << QString();
        QTest::newRow("garbage") << "staging" << typed << QString();
    }
    void legacyKeys_resolveToTheCurrentKey()
    {
        QFETCH(QString, old);
        QFETCH(QStringList, known);
        QFETCH(QString, expected);
        QList<QUrl> urls;
        for (const QString &url : std::as_const(known))
            urls.append(QUrl(url));
        const auto resolved = legacyenvironmentkeys::resolve(old, urls);
        QCOMPARE(resolved ? resolved->key() : QString(), expected);
    }

    void legacySecretScopes_areWhatEarlierVersionsWrote()
    {
        using legacyenvironmentkeys::secretScopes;
        QCOMPARE(secretScopes(EnvironmentId(EnvironmentKind::Sandbox)), QStringList());
        QCOMPARE(secretScopes(EnvironmentId::custom(QUrl(QStringLiteral("https://Api.Example.com/")))),
            QStringList {QStringLiteral("custom-api.example.com-443")});
        QCOMPARE(secretScopes(EnvironmentId::custom(QUrl(QStringLiteral("http://127.0.0.1:8080")))),
            QStringList {QStringLiteral("custom-127.0.0.1-8080")});
        // Typed without a port, an http address was scoped with 443.
        QCOMPARE(secretScopes(EnvironmentId::custom(QUrl(QStringLiteral("http://localhost")))),
            QStringList({QStringLiteral("custom-localhost-80"), QStringLiteral("custom-localhost-443")}));
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentId)
#include "tst_environmentid.moc"
