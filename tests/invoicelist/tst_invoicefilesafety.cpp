// The desktop app's downloads (issue 21): files in the cache are owner-only in owner-only
// folders, a file that is not what it claims is never stored, and bulk downloads take names that
// stay inside the chosen folder, are never dot-files and never replace a file already there.
// Real sandbox server on loopback, real files.

#include "../api/sandboxfixture.h"
#include "../testfiles.h"
#include "api/createinvoiceoperation.h"
#include "invoicelist/bulkdownloader.h"
#include "invoicelist/invoicefilefetcher.h"
#include "store/database.h"
#include "store/filecachepaths.h"
#include "store/invoicecacherepository.h"

#include <QDir>
#include <QTemporaryDir>

using namespace einvoice;
using namespace einvoice::test;

namespace {

const QString Reference = QStringLiteral("SAFE-FILE-1");
const QString Environment_ = QStringLiteral("safety");

} // namespace

class TestInvoiceFileSafety : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SepayClient> m_client;
    QTemporaryDir m_dir;
    Database m_database;
    std::unique_ptr<InvoiceCacheRepository> m_cache;
    std::unique_ptr<FileCachePaths> m_paths;

    std::unique_ptr<InvoiceFileFetcher> fetcher()
    {
        auto fetcher = std::make_unique<InvoiceFileFetcher>(m_cache.get(), m_paths.get());
        fetcher->setClient(m_client.get(), Environment_);
        fetcher->setOptions({0, 10});
        return fetcher;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxConfig config;
        config.allowDraftDownload = true;
        m_sandbox = std::make_unique<SandboxFixture>(config);
        m_client = m_sandbox->client();
        Invoice invoice = sampleInvoice(Reference);
        invoice.invoiceSeries
            = QStringLiteral("C") + QDate::currentDate().toString(u"yy") + QStringLiteral("TAA");
        invoice.issuedAt = QDateTime(QDate::currentDate(), QTime(0, 0, 1));
        auto *operation = m_client->createInvoice(invoice, true);
        bool created = false;
        QVERIFY(finish(operation, [&] { created = operation->succeeded(); }));
        QVERIFY(created);
        QVERIFY(m_database.open(m_dir.filePath(QStringLiteral("cache.sqlite"))).ok());
        m_cache = std::make_unique<InvoiceCacheRepository>(m_database);
        m_paths = std::make_unique<FileCachePaths>(m_dir.filePath(QStringLiteral("files")));
    }

    void init() { m_sandbox->faults({{QStringLiteral("download_content"), QString()}}); }

    void cache_filesAreOwnerOnlyInOwnerOnlyFolders()
    {
        const DesktopUmask umask;
        auto files = fetcher();
        QSignalSpy ready(files.get(), &InvoiceFileFetcher::fileReady);
        files->fetch(Reference, FileType::Pdf, true);
        files->fetch(Reference, FileType::Xml, true);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 20000);
        for (const QList<QVariant> &args : std::as_const(ready))
            QCOMPARE(modeOf(args.at(2).toString()), 0600);
        const QString pdfFolder = QFileInfo(m_paths->filePath(Environment_, Reference, FileType::Pdf)).path();
        QCOMPARE(modeOf(pdfFolder), 0700);
        QCOMPARE(modeOf(m_paths->environmentDirectory(Environment_)), 0700);
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("files"))), 0700);
    }

    void fetcher_contentOfTheWrongKind_isNeverStored_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("html as pdf") << int(FileType::Pdf) << QStringLiteral("<html>login</html>")
                                     << QStringLiteral("not a PDF");
        QTest::newRow("broken xml") << int(FileType::Xml) << QStringLiteral("<HDon><DLHDon></HDon>")
                                    << QStringLiteral("not well-formed XML");
    }

    void fetcher_contentOfTheWrongKind_isNeverStored()
    {
        QFETCH(int, type);
        QFETCH(QString, content);
        QFETCH(QString, reason);
        const QString reference = QStringLiteral("SAFE-FILE-1");
        QFile::remove(m_paths->filePath(Environment_, reference, FileType(type)));
        m_sandbox->faults({{QStringLiteral("download_content"), content}});
        auto files = fetcher();
        QSignalSpy failed(files.get(), &InvoiceFileFetcher::fileFailed);
        QSignalSpy ready(files.get(), &InvoiceFileFetcher::fileReady);
        files->fetch(reference, FileType(type), true);
        QVERIFY(failed.wait(20000));
        QVERIFY2(
            failed.first().at(2).toString().contains(reason), qPrintable(failed.first().at(2).toString()));
        QCOMPARE(ready.count(), 0);
        QVERIFY(!QFile::exists(m_paths->filePath(Environment_, reference, FileType(type))));
    }

    void bulk_hostileNames_stayPlainFilesInTheFolder()
    {
        const DesktopUmask umask;
        const QString folder = m_dir.filePath(QStringLiteral("chosen/inner"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral(".profile.pdf")), "mine"));
        auto files = fetcher();
        for (const QString &name : {QStringLiteral("../../.profile"), QStringLiteral("../../.profile")}) {
            BulkDownloader bulk(files.get());
            QSignalSpy finished(&bulk, &BulkDownloader::finished);
            QVERIFY(bulk.start({Reference}, FileType::Pdf, folder, {{Reference, name}}));
            QVERIFY(finished.wait(20000));
            QCOMPARE(finished.first().at(0).value<BulkDownloadResult>().savedFiles.size(), 1);
        }
        const QStringList written = QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
        QCOMPARE(written,
            QStringList({QStringLiteral(".profile.pdf"), QStringLiteral("profile (2).pdf"),
                QStringLiteral("profile.pdf")}));
        QCOMPARE(readFile(QDir(folder).filePath(QStringLiteral(".profile.pdf"))), QByteArray("mine"));
        QVERIFY(readFile(QDir(folder).filePath(QStringLiteral("profile.pdf"))).startsWith("%PDF-"));
        QCOMPARE(modeOf(QDir(folder).filePath(QStringLiteral("profile.pdf"))), 0600);
        QCOMPARE(
            QDir(m_dir.filePath(QStringLiteral("chosen"))).entryList(QDir::Files | QDir::Hidden).size(), 0);
        QCOMPARE(
            QDir(m_dir.path())
                .entryList({QStringLiteral("*.pdf"), QStringLiteral(".*.pdf")}, QDir::Files | QDir::Hidden)
                .size(),
            0);
    }
};

QTEST_MAIN(TestInvoiceFileSafety)
#include "tst_invoicefilesafety.moc"
