// PrivateFiles on real files under a temporary folder, with a permissive umask (022) as on a
// default desktop: created files are 0600 and created folders 0700, existing folders keep
// their mode, existing database files are tightened, and nothing is replaced unless asked.

#include "../testfiles.h"
#include "core/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using einvoice::PrivateFiles;
using einvoice::test::DesktopUmask;
using einvoice::test::modeOf;

namespace {

void writeWorldReadable(const QString &path, const QByteArray &content)
{
    QVERIFY(einvoice::test::writeFile(path, content));
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

    DesktopUmask m_umask;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void makeDirectory_createsOwnerOnlyFolders_leavesExistingOnes()
    {
        QVERIFY(::chmod(QFile::encodeName(m_dir.path()).constData(), 0755) == 0);
        const QString nested = m_dir.filePath(QStringLiteral("a/b/c"));
        QVERIFY(PrivateFiles::makeDirectory(nested));
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("a"))), 0700);
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("a/b"))), 0700);
        QCOMPARE(modeOf(nested), 0700);
        QCOMPARE(modeOf(m_dir.path()), 0755); // not ours to change
        QVERIFY(PrivateFiles::makeDirectory(nested)); // already there
        writeWorldReadable(m_dir.filePath(QStringLiteral("plain")), "x");
        QVERIFY(!PrivateFiles::makeDirectory(m_dir.filePath(QStringLiteral("plain/sub"))));
    }

    void write_createsOwnerOnly_andReplacesOnlyWhenAsked()
    {
        const QString path = m_dir.filePath(QStringLiteral("invoice.pdf"));
        QString error;
        QCOMPARE(PrivateFiles::write(path, "%PDF-1", false, &error), PrivateFiles::WriteResult::Written);
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(PrivateFiles::write(path, "%PDF-2", false, &error), PrivateFiles::WriteResult::Exists);
        QCOMPARE(einvoice::test::readFile(path), QByteArray("%PDF-1"));
        writeWorldReadable(path, "old");
        QCOMPARE(PrivateFiles::write(path, "%PDF-2", true, &error), PrivateFiles::WriteResult::Written);
        QCOMPARE(modeOf(path), 0600); // a replaced file does not keep the old 0644
        QCOMPARE(PrivateFiles::write(m_dir.filePath(QStringLiteral("missing/x.pdf")), "x", true, &error),
            PrivateFiles::WriteResult::Failed);
        QVERIFY(!error.isEmpty());
    }

    void restrictDatabase_tightensTheFileAndItsCompanions()
    {
        const QString db = m_dir.filePath(QStringLiteral("old.sqlite"));
        for (const char *suffix : {"", "-wal", "-shm"})
            writeWorldReadable(db + QLatin1String(suffix), "data");
        QVERIFY(PrivateFiles::restrictDatabase(db)); // -journal is absent: fine
        for (const char *suffix : {"", "-wal", "-shm"})
            QCOMPARE(modeOf(db + QLatin1String(suffix)), 0600);
    }

    void createEmpty_isOwnerOnly_andKeepsAnExistingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.sqlite"));
        QVERIFY(PrivateFiles::createEmpty(path));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(QFileInfo(path).size(), 0);
        writeWorldReadable(path, "kept");
        QVERIFY(PrivateFiles::createEmpty(path));
        QCOMPARE(QFileInfo(path).size(), 4);
    }
};

QTEST_APPLESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
