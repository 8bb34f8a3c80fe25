// With no reachable Secret Service (the session bus address points nowhere), the session store
// falls back to memory, says so once with persistenceLost(), and keeps working for the session.

#include "secrets/keychainsecretstore.h"
#include "secrets/sessionsecretstore.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace einvoice;

class TestSecretFallback : public QObject
{
    Q_OBJECT

    template<typename Start> SecretResult await(Start start)
    {
        auto result = std::make_shared<std::optional<SecretResult>>();
        start([result](const SecretResult &r) { *result = r; });
        if (!QTest::qWaitFor([result] { return result->has_value(); }, 15000))
            return SecretResult {SecretResult::Status::Failed, {}, QStringLiteral("no answer")};
        return **result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Before anything in this process opens the session bus.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/einvoice-test-bus");
    }

    void keychain_unreachableIsUnavailable()
    {
        KeychainSecretStore keychain(QStringLiteral("sepay-einvoice-test-fallback"));
        keychain.setTimeoutMs(3000);
        const SecretResult result = await([&](SecretStore::Callback done) {
            keychain.read(QStringLiteral("sandbox/client_secret"), this, done);
        });
        QCOMPARE(result.status, SecretResult::Status::Unavailable);
    }

    void session_fallsBackToMemoryAndEmitsPersistenceLost()
    {
        auto *keychain = new KeychainSecretStore(QStringLiteral("sepay-einvoice-test-fallback"));
        keychain->setTimeoutMs(3000);
        SessionSecretStore store(keychain);
        QSignalSpy lost(&store, &SecretStore::persistenceLost);
        QVERIFY(store.isPersistent());

        const QString key
            = SecretStore::scopedKey(QStringLiteral("sandbox"), QStringLiteral("client_secret"));
        const SecretResult written = await([&](SecretStore::Callback done) {
            store.write(key, QStringLiteral("kept-in-memory"), this, done);
        });
        QVERIFY2(written.isOk(), qPrintable(written.errorText));
        QCOMPARE(lost.count(), 1);
        QVERIFY(!store.isPersistent());

        const SecretResult back = await([&](SecretStore::Callback done) { store.read(key, this, done); });
        QVERIFY(back.isOk());
        QCOMPARE(back.value, QStringLiteral("kept-in-memory"));
        QVERIFY(await([&](SecretStore::Callback done) { store.remove(key, this, done); }).isOk());
        QCOMPARE(await([&](SecretStore::Callback done) { store.read(key, this, done); }).status,
            SecretResult::Status::NotFound);
        QCOMPARE(lost.count(), 1); // said once, not per call
    }
};

QTEST_GUILESS_MAIN(TestSecretFallback)
#include "tst_secretfallback.moc"
