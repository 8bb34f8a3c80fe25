#include "store/filecachepaths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;

class TestFileCachePaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void safeName_data();
    void safeName();
    void distinctEnvironments_getDistinctFolders();
    void filePath_isUnderTheEnvironmentAndType();
    void existingFile_onlyWhenWrittenAndNotEmpty();
    void defaultRoot_isInAppData();
};

void TestFileCachePaths::safeName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expectedPrefix");
    QTest::addColumn<bool>("hashed");
    QTest::newRow("plain environment") << QStringLiteral("sandbox") << QStringLiteral("sandbox") << false;
    QTest::newRow("uuid reference") << QStringLiteral("3f2a9c1e-7b6d-4e8a-9c0d-1a2b3c4d5e6f")
                                    << QStringLiteral("3f2a9c1e-7b6d-4e8a-9c0d-1a2b3c4d5e6f") << false;
    QTest::newRow("custom url") << QStringLiteral("custom:https://hd.example.vn/api")
                                << QStringLiteral("custom-https---hd.example.vn-api-") << true;
    QTest::newRow("path traversal") << QStringLiteral("..") << QStringLiteral("-.-") << true;
    QTest::newRow("dot-file") << QStringLiteral(".bashrc") << QStringLiteral("-bashrc-") << true;
    QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("a-b-") << true;
    QTest::newRow("vietnamese") << QStringLiteral("HĐ01") << QStringLiteral("H-01-") << true;
    QTest::newRow("empty") << QString() << QStringLiteral("-") << true;
}

void TestFileCachePaths::safeName()
{
    QFETCH(QString, input);
    QFETCH(QString, expectedPrefix);
    QFETCH(bool, hashed);
    const QString name = FileCachePaths::safeName(input);
    QVERIFY2(name.startsWith(expectedPrefix), qPrintable(name));
    QCOMPARE(name.size(), expectedPrefix.size() + (hashed ? 12 : 0));
    QVERIFY2(!name.startsWith(QLatin1Char('.')), qPrintable(name)); // never a hidden file
    for (const QChar c : name)
        QVERIFY2((c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-') || c == QLatin1Char('.')
                || c == QLatin1Char('_'),
            qPrintable(name));
}

void TestFileCachePaths::distinctEnvironments_getDistinctFolders()
{
    const FileCachePaths paths(QStringLiteral("/cache"));
    const QString a = paths.environmentDirectory(QStringLiteral("custom:https://a.example/x"));
    const QString b = paths.environmentDirectory(QStringLiteral("custom:https://a.example:x"));
    QVERIFY(a != b);
    QCOMPARE(paths.environmentDirectory(QStringLiteral("demo")), QStringLiteral("/cache/demo"));
}

void TestFileCachePaths::filePath_isUnderTheEnvironmentAndType()
{
    const FileCachePaths paths(QStringLiteral("/cache/"));
    QCOMPARE(paths.filePath(QStringLiteral("demo"), QStringLiteral("REF-1"), FileType::Pdf),
        QStringLiteral("/cache/demo/pdf/REF-1.pdf"));
    QCOMPARE(paths.filePath(QStringLiteral("production"), QStringLiteral("REF-1"), FileType::Xml),
        QStringLiteral("/cache/production/xml/REF-1.xml"));
}

void TestFileCachePaths::existingFile_onlyWhenWrittenAndNotEmpty()
{
    QTemporaryDir dir;
    const FileCachePaths paths(dir.path());
    const QString env = QStringLiteral("custom:https://hd.example.vn");
    QVERIFY(paths.existingFile(env, QStringLiteral("R1"), FileType::Pdf).isEmpty());
    QVERIFY(paths.ensureDirectory(env, FileType::Pdf));
    const QString path = paths.filePath(env, QStringLiteral("R1"), FileType::Pdf);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(paths.existingFile(env, QStringLiteral("R1"), FileType::Pdf).isEmpty()); // empty file
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.7");
    file.close();
    QCOMPARE(paths.existingFile(env, QStringLiteral("R1"), FileType::Pdf), path);
    QVERIFY(path.startsWith(dir.path() + QLatin1Char('/')));
}

void TestFileCachePaths::defaultRoot_isInAppData()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCOMPARE(FileCachePaths().root(), QDir::cleanPath(appData + QStringLiteral("/files")));
    QStandardPaths::setTestModeEnabled(false);
}

QTEST_GUILESS_MAIN(TestFileCachePaths)
#include "tst_filecachepaths.moc"
