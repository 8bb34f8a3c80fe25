// CredentialStore over a fake secret store: keys follow EnvironmentId::key(), and credentials an
// earlier version kept under the old custom scope ("custom-<host>-<port>") move under the new key
// when first loaded: written there first, removed from the old scope only after that succeeded.
#include "api/credentialstore.h"
#include "support/fakesecretstore.h"

#include <QTest>

#include <memory>

using namespace einvoice;

namespace {

const QUrl customUrl(QStringLiteral("https://Einvoice.Example.com/"));
const QString oldScope = QStringLiteral("custom-einvoice.example.com-443");
const QString newScope = QStringLiteral("custom:https://einvoice.example.com:443");

QString key(const QString &scope, const char *name)
{
    return SecretStore::scopedKey(scope, QLatin1String(name));
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<CredentialStore> m_store;

    SecretResult write(const QString &secretKey, const QString &value)
    {
        std::optional<SecretResult> result;
        m_secrets->write(secretKey, value, this, [&result](const SecretResult &r) { result = r; });
        [&] {
            QTRY_VERIFY(result.has_value());
        }();
        return result.value_or(SecretResult {});
    }
    std::optional<Credentials> load(const Environment &environment, SecretResult::Status *status = nullptr)
    {
        bool answered = false;
        std::optional<Credentials> found;
        m_store->load(environment, this, [&](const std::optional<Credentials> &c, SecretResult::Status s) {
            answered = true;
            found = c;
            if (status)
                *status = s;
        });
        [&] {
            QTRY_VERIFY(answered);
        }();
        return found;
    }
    void writeOldScope()
    {
        QVERIFY(write(key(oldScope, "client_id"), QStringLiteral("old-id")).isOk());
        QVERIFY(write(key(oldScope, "client_secret"), QStringLiteral("old-sécret")).isOk());
    }

private Q_SLOTS:
    void init()
    {
        m_secrets = std::make_unique<FakeSecretStore>();
        m_store = std::make_unique<CredentialStore>(m_secrets.get());
    }

    void save_usesTheEnvironmentKey()
    {
        bool saved = false;
        m_store->save(Environment::custom(customUrl), {QStringLiteral("id"), QStringLiteral("secret")}, this,
            [&saved](const SecretResult &r) { saved = r.isOk(); });
        QTRY_VERIFY(saved);
        QVERIFY(m_secrets->contains(key(newScope, "client_id")));
        QVERIFY(m_secrets->contains(key(newScope, "client_secret")));
        QVERIFY(!m_secrets->contains(key(oldScope, "client_secret")));
    }

    void oldCustomScope_movesUnderTheNewKeyOnLoad()
    {
        writeOldScope();
        const auto found = load(Environment::custom(customUrl));
        QVERIFY(found.has_value());
        QCOMPARE(found->clientId, QStringLiteral("old-id"));
        QCOMPARE(found->clientSecret, QStringLiteral("old-sécret"));
        QTRY_VERIFY(!m_secrets->contains(key(oldScope, "client_secret")));
        QVERIFY(!m_secrets->contains(key(oldScope, "client_id")));
        QVERIFY(m_secrets->contains(key(newScope, "client_secret")));
        // The next load reads the new key only.
        const int reads = m_secrets->readCount();
        QVERIFY(load(Environment::custom(customUrl)).has_value());
        QCOMPARE(m_secrets->readCount(), reads + 2);
    }

    // The new write fails: the credentials still work for this session and stay where they were.
    void failedWrite_keepsTheOldScope()
    {
        writeOldScope();
        m_secrets->setWritesFail(true);
        const auto found = load(Environment::custom(customUrl));
        QVERIFY(found.has_value());
        QCOMPARE(found->clientSecret, QStringLiteral("old-sécret"));
        QCOMPARE(m_secrets->removeCount(), 0);
        QVERIFY(m_secrets->contains(key(oldScope, "client_secret")));
        QVERIFY(!m_secrets->contains(key(newScope, "client_secret")));
    }

    void nothingStored_isNotFound()
    {
        SecretResult::Status status = SecretResult::Status::Ok;
        QVERIFY(!load(Environment::custom(customUrl), &status).has_value());
        QCOMPARE(status, SecretResult::Status::NotFound);
        QVERIFY(!load(Environment::sandbox(), &status).has_value());
        QCOMPARE(status, SecretResult::Status::NotFound);
    }

    // An http server typed without a port was scoped with 443.
    void httpWithoutPort_oldScopeWith443_isFound()
    {
        const QString old443 = QStringLiteral("custom-localhost-443");
        QVERIFY(write(key(old443, "client_id"), QStringLiteral("local-id")).isOk());
        QVERIFY(write(key(old443, "client_secret"), QStringLiteral("local-secret")).isOk());
        const auto found = load(Environment::custom(QUrl(QStringLiteral("http://localhost"))));
        QVERIFY(found.has_value());
        QCOMPARE(found->clientId, QStringLiteral("local-id"));
        QTRY_VERIFY(m_secrets->contains(key(QStringLiteral("custom:http://localhost:80"), "client_secret")));
        QTRY_VERIFY(!m_secrets->contains(key(old443, "client_secret")));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
