// The real QtKeychain round trip through KeychainSecretStore and CredentialStore, against the
// Secret Service of a private D-Bus session (packaging/dev/test.sh). Keys are scoped per
// environment. Without a session bus this test fails (see keyringrequirement.h).

#include "api/credentialstore.h"
#include "keyringrequirement.h"
#include "secrets/keychainsecretstore.h"

#include <QUuid>

#include <memory>

using namespace einvoice;

namespace {

// Waits for one secret-store callback and returns its result.
template<typename Start> SecretResult await(Start start)
{
    auto result = std::make_shared<std::optional<SecretResult>>();
    start([result](const SecretResult &r) { *result = r; });
    if (!QTest::qWaitFor([result] { return result->has_value(); }, 15000))
        return SecretResult {SecretResult::Status::Failed, {}, QStringLiteral("no answer")};
    return **result;
}

} // namespace

class TestKeychainIntegration : public QObject
{
    Q_OBJECT

    QString m_service;
    std::unique_ptr<KeychainSecretStore> m_store;

    SecretResult read(const QString &key)
    {
        return await([&](SecretStore::Callback done) { m_store->read(key, this, done); });
    }
    SecretResult write(const QString &key, const QString &value)
    {
        return await([&](SecretStore::Callback done) { m_store->write(key, value, this, done); });
    }
    SecretResult remove(const QString &key)
    {
        return await([&](SecretStore::Callback done) { m_store->remove(key, this, done); });
    }

private Q_SLOTS:
    void init()
    {
        EINVOICE_REQUIRE_KEYRING();
        // A service of its own, so that the test never touches the app's real entries.
        m_service
            = QStringLiteral("sepay-einvoice-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_store = std::make_unique<KeychainSecretStore>(m_service);
    }

    void cleanup() { m_store.reset(); }

    void keychain_storeReadDeleteRoundTrip()
    {
        const QString key
            = SecretStore::scopedKey(QStringLiteral("sandbox"), QStringLiteral("client_secret"));
        const QString secret = QStringLiteral("round-trip-sécret-") + QUuid::createUuid().toString();
        const SecretResult written = write(key, secret);
        QVERIFY2(written.isOk(), qPrintable(written.errorText));
        const SecretResult back = read(key);
        QVERIFY2(back.isOk(), qPrintable(back.errorText));
        QCOMPARE(back.value, secret);
        // Overwrite replaces.
        QVERIFY(write(key, QStringLiteral("second")).isOk());
        QCOMPARE(read(key).value, QStringLiteral("second"));
        QVERIFY(remove(key).isOk());
        QCOMPARE(read(key).status, SecretResult::Status::NotFound);
        // Removing what is gone again is harmless (the Secret Service reports plain success).
        const SecretResult again = remove(key);
        QVERIFY(again.isOk() || again.status == SecretResult::Status::NotFound);
    }

    void keychain_keysAreScopedPerEnvironment()
    {
        const QString sandboxKey
            = SecretStore::scopedKey(QStringLiteral("sandbox"), QStringLiteral("client_secret"));
        const QString productionKey
            = SecretStore::scopedKey(QStringLiteral("production"), QStringLiteral("client_secret"));
        QVERIFY(write(sandboxKey, QStringLiteral("sandbox-value")).isOk());
        QCOMPARE(read(productionKey).status, SecretResult::Status::NotFound);
        QVERIFY(write(productionKey, QStringLiteral("production-value")).isOk());
        QCOMPARE(read(sandboxKey).value, QStringLiteral("sandbox-value"));
        QCOMPARE(read(productionKey).value, QStringLiteral("production-value"));
        QVERIFY(remove(productionKey).isOk());
        QCOMPARE(read(sandboxKey).value, QStringLiteral("sandbox-value"));
        QVERIFY(remove(sandboxKey).isOk());
    }

    void credentialStore_savesLoadsAndRemovesPerEnvironment()
    {
        CredentialStore credentials(m_store.get());
        const Credentials stored {QStringLiteral("id-1"), QStringLiteral("secret-1")};
        QVERIFY(await([&](SecretStore::Callback done) {
            credentials.save(Environment::sandbox(), stored, this, done);
        }).isOk());

        auto load = [&](const Environment &environment) {
            auto found = std::make_shared<std::optional<std::optional<Credentials>>>();
            credentials.load(environment, this,
                [found](const std::optional<Credentials> &c, SecretResult::Status) { *found = c; });
            [&] {
                QVERIFY(QTest::qWaitFor([found] { return found->has_value(); }, 15000));
            }();
            return found->value_or(std::nullopt);
        };
        const auto sandbox = load(Environment::sandbox());
        QVERIFY(sandbox.has_value());
        QCOMPARE(sandbox->clientId, stored.clientId);
        QCOMPARE(sandbox->clientSecret, stored.clientSecret);
        QVERIFY(!load(Environment::production()).has_value());
        QVERIFY(await([&](SecretStore::Callback done) {
            credentials.remove(Environment::sandbox(), this, done);
        }).isOk());
        QVERIFY(!load(Environment::sandbox()).has_value());
    }

    // A custom server's credentials stored by an earlier version under "custom-<host>-<port>" move
    // under the environment's key in the real keychain: readable there, gone from the old scope.
    void credentialStore_movesTheOldCustomScope()
    {
        const QString oldScope = QStringLiteral("custom-einvoice.example.com-8443");
        const QString secret = QStringLiteral("legacy-sécret-") + QUuid::createUuid().toString();
        QVERIFY(
            write(SecretStore::scopedKey(oldScope, QStringLiteral("client_id")), QStringLiteral("legacy-id"))
                .isOk());
        QVERIFY(write(SecretStore::scopedKey(oldScope, QStringLiteral("client_secret")), secret).isOk());
        CredentialStore credentials(m_store.get());
        const Environment custom
            = Environment::custom(QUrl(QStringLiteral("https://EInvoice.example.com:8443/")));
        auto found = std::make_shared<std::optional<std::optional<Credentials>>>();
        credentials.load(
            custom, this, [found](const std::optional<Credentials> &c, SecretResult::Status) { *found = c; });
        QVERIFY(QTest::qWaitFor([found] { return found->has_value(); }, 15000));
        QVERIFY(found->value().has_value());
        QCOMPARE(found->value()->clientSecret, secret);
        const QString newKey = custom.id().key();
        QCOMPARE(read(SecretStore::scopedKey(newKey, QStringLiteral("client_secret"))).value, secret);
        QCOMPARE(read(SecretStore::scopedKey(oldScope, QStringLiteral("client_secret"))).status,
            SecretResult::Status::NotFound);
        QCOMPARE(read(SecretStore::scopedKey(oldScope, QStringLiteral("client_id"))).status,
            SecretResult::Status::NotFound);
        QVERIFY(await([&](SecretStore::Callback done) { credentials.remove(custom, this, done); }).isOk());
    }
};

QTEST_GUILESS_MAIN(TestKeychainIntegration)
#include "tst_keychain_integration.moc"
