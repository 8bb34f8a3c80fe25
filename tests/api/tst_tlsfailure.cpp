// A server whose TLS certificate cannot be trusted (issue 21): the request fails at once with a
// message naming the certificate problem, and is not tried again (it used to be tried four
// times). A real TLS server on loopback with a self-signed certificate made by openssl.

#include "api/usagejob.h"
#include "sandboxfixture.h"

#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>

using namespace einvoice;
using namespace einvoice::test;

class TestTlsFailure : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QSslServer m_server;
    int m_handshakes = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        const QString certificate = m_dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
            openssl.readAllStandardError().constData());
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate::fromPath(certificate).value(0));
        QFile keyFile(key);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        configuration.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
        QVERIFY(!configuration.localCertificate().isNull() && !configuration.privateKey().isNull());
        m_server.setSslConfiguration(configuration);
        connect(&m_server, &QSslServer::startedEncryptionHandshake, this, [this] { ++m_handshakes; });
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    }

    void untrustedCertificate_failsOnceNamingTheProblem()
    {
        ClientOptions options = fastOptions();
        QCOMPARE(options.retry.maxAttempts, 4); // transient failures would be tried four times
        QUrl url(QStringLiteral("https://127.0.0.1"));
        url.setPort(m_server.serverPort());
        SepayClient client(Environment::custom(url), options);
        client.setCredentials(Credentials {QStringLiteral("id"), QStringLiteral("secret")});
        auto *job = client.usage();
        ApiError error;
        QVERIFY(finish(job, [&] { error = job->error(); }));
        QCOMPARE(error.kind, ApiError::Kind::Tls);
        QVERIFY(!error.isTransient());
        QVERIFY2(error.text().contains(QLatin1String("certificate")), qPrintable(error.text()));
        QVERIFY2(error.message.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
            qPrintable(error.message));
        QCOMPARE(error.kindName(), QStringLiteral("tls"));
        QCOMPARE(m_handshakes, 1); // a retry happens before the job finishes: there was none
    }
};

QTEST_MAIN(TestTlsFailure)
#include "tst_tlsfailure.moc"
