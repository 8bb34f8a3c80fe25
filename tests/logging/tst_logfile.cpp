// The rotating log file, the redaction filter and the Qt message handler.

#include "../testfiles.h"
#include "logging/logfile.h"
#include "logging/loghandler.h"
#include "logging/logredactor.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;

Q_LOGGING_CATEGORY(lcLogTest, "einvoice.logtest")

namespace {

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList g_forwarded;

void recordingHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_forwarded.append(message);
}

} // namespace

class TestLogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        LogHandler::uninstall();
        LogRedactor::clearSecrets();
    }

    void append_rotatesAtTheSizeLimitAndKeepsOnlyTheNewestFiles()
    {
        QTemporaryDir dir;
        LogFile log(dir.path(), 100, 2);
        for (int i = 0; i < 40; ++i)
            log.append(QStringLiteral("line %1 ....................").arg(i, 2, 10, QLatin1Char('0')));
        QVERIFY(QFile::exists(log.filePath()));
        QVERIFY(QFile::exists(log.rotatedFilePath(1)));
        QVERIFY(QFile::exists(log.rotatedFilePath(2)));
        QVERIFY(!QFile::exists(log.rotatedFilePath(3)));
        for (const QString &path : {log.filePath(), log.rotatedFilePath(1), log.rotatedFilePath(2)})
            QVERIFY2(QFileInfo(path).size() <= 100, qPrintable(path));
        QVERIFY(readAll(log.filePath()).contains(QStringLiteral("line 39")));
        QVERIFY(readAll(log.rotatedFilePath(1)).contains(QStringLiteral("line 3")));
        QVERIFY(!readAll(log.rotatedFilePath(2)).contains(QStringLiteral("line 00")));
    }

    void append_doesNotRotateBelowTheLimit()
    {
        QTemporaryDir dir;
        LogFile log(dir.path(), 1000, 5);
        log.append(QStringLiteral("one"));
        log.append(QStringLiteral("two"));
        QVERIFY(!QFile::exists(log.rotatedFilePath(1)));
        QCOMPARE(readAll(log.filePath()), QStringLiteral("one\ntwo\n"));
    }

    void append_createsOwnerOnlyFoldersAndFile()
    {
        const test::DesktopUmask umask;
        QTemporaryDir dir;
        LogFile log(dir.filePath(QStringLiteral("data/app/logs")));
        log.append(QStringLiteral("one"));
        QCOMPARE(test::modeOf(log.filePath()), 0600);
        for (const char *folder : {"data", "data/app", "data/app/logs"})
            QCOMPARE(test::modeOf(dir.filePath(QLatin1String(folder))), 0700);
    }

    void defaultDirectory_isLogsUnderTheDataLocation()
    {
        QVERIFY(LogFile::defaultDirectory().endsWith(QStringLiteral("/logs")));
        QVERIFY(QFileInfo(LogFile::defaultDirectory()).isAbsolute());
    }

    void redact_removesSecrets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("authorization header")
            << QStringLiteral("POST /token Authorization: Basic Y2xpZW50OnNlY3JldA==")
            << QStringLiteral("Y2xpZW50");
        QTest::newRow("authorization lower case")
            << QStringLiteral("authorization: tok-123456") << QStringLiteral("tok-123456");
        QTest::newRow("authorization json")
            << QStringLiteral("{\"Authorization\": \"Bearer abc.def.ghi\"}") << QStringLiteral("abc.def");
        QTest::newRow("basic") << QStringLiteral("using Basic dXNlcjpwYXNz= now")
                               << QStringLiteral("dXNlcjpwYXNz");
        QTest::newRow("bearer") << QStringLiteral("token Bearer eyJhbGciOi.J9x-y_z")
                                << QStringLiteral("eyJhbGciOi");
        QTest::newRow("client_secret query")
            << QStringLiteral("grant_type=client_credentials&client_secret=s3cr3t&x=1")
            << QStringLiteral("s3cr3t");
        QTest::newRow("client_secret json")
            << QStringLiteral("{\"client_secret\":\"s3cr3t-json\"}") << QStringLiteral("s3cr3t-json");
        QTest::newRow("access_token")
            << QStringLiteral("access_token=AT-999888") << QStringLiteral("AT-999888");
    }

    void redact_removesSecrets()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const QString out = LogRedactor::redact(text);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(LogRedactor::placeholder()), qPrintable(out));
    }

    void redact_leavesOrdinaryTextAlone()
    {
        const QString text = QStringLiteral("Issued invoice 0000123 for 1.250.000 VND (basic plan)");
        QCOMPARE(LogRedactor::redact(text), text);
    }

    void redact_hidesARegisteredSecretAnywhere()
    {
        LogRedactor::addSecret(QStringLiteral("hunter2-secret"));
        const QString out = LogRedactor::redact(QStringLiteral("failed with hunter2-secret in body"));
        QCOMPARE(out, QStringLiteral("failed with [redacted] in body"));
        LogRedactor::removeSecret(QStringLiteral("hunter2-secret"));
        QVERIFY(LogRedactor::redact(QStringLiteral("hunter2-secret")).contains(QStringLiteral("hunter2")));
    }

    void addSecret_ignoresTooShortStrings()
    {
        LogRedactor::addSecret(QStringLiteral("a"));
        QCOMPARE(LogRedactor::redact(QStringLiteral("a banana")), QStringLiteral("a banana"));
    }

    void append_neverWritesARegisteredSecret()
    {
        QTemporaryDir dir;
        LogFile log(dir.path());
        LogRedactor::addSecret(QStringLiteral("XyZ-client-secret"));
        log.append(QStringLiteral("body {\"x\":\"XyZ-client-secret\"} Authorization: Basic abcdef"));
        const QString written = readAll(log.filePath());
        QVERIFY(!written.contains(QStringLiteral("XyZ-client-secret")));
        QVERIFY(!written.contains(QStringLiteral("abcdef")));
        QVERIFY(written.contains(QStringLiteral("[redacted]")));
    }

    void recentLines_returnsTheLastLinesAcrossRotation()
    {
        QTemporaryDir dir;
        LogFile log(dir.path(), 60, 3);
        for (int i = 0; i < 20; ++i)
            log.append(QStringLiteral("entry %1").arg(i));
        QVERIFY(QFile::exists(log.rotatedFilePath(1)));
        const QStringList lines = log.recentLines(10);
        QCOMPARE(lines.size(), 10);
        QCOMPARE(lines.first(), QStringLiteral("entry 10"));
        QCOMPARE(lines.last(), QStringLiteral("entry 19"));
        QCOMPARE(log.recentLines(2), QStringList({QStringLiteral("entry 18"), QStringLiteral("entry 19")}));
        QVERIFY(log.recentLines(0).isEmpty());
    }

    void recentLines_ofAnEmptyLogIsEmpty()
    {
        QTemporaryDir dir;
        LogFile log(dir.path());
        QVERIFY(log.recentLines(50).isEmpty());
    }

    void handler_writesRedactedMessagesAndForwardsThem()
    {
        QTemporaryDir dir;
        LogFile log(dir.path());
        g_forwarded.clear();
        const QtMessageHandler original = qInstallMessageHandler(recordingHandler);
        LogHandler::install(&log);
        qCWarning(lcLogTest) << "token request failed, client_secret=abc12345";
        LogHandler::uninstall();
        qInstallMessageHandler(original);

        const QStringList lines = log.recentLines(5);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(
            lines.first().contains(QStringLiteral(" warning einvoice.logtest: ")), qPrintable(lines.first()));
        QVERIFY(!lines.first().contains(QStringLiteral("abc12345")));
        QCOMPARE(g_forwarded.size(), 1);
        QVERIFY(!g_forwarded.first().contains(QStringLiteral("abc12345")));
        QVERIFY(g_forwarded.first().contains(QStringLiteral("token request failed")));
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
