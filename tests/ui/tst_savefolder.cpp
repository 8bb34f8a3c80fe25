// Save dialogs start in the user's Downloads folder, or in the folder the user saved to last in
// this session; the page only names the file. Through the Questions seam, as every page asks.

#include "../support/scriptedquestions.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;
using namespace einvoice::test;

class TstSaveFolder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    QString suggested(ScriptedQuestions &questions, const QString &name)
    {
        questions.saveFile(nullptr, {QStringLiteral("Lưu"), name, QStringLiteral("*.xlsx")});
        return questions.fileChoices.constLast().path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A home of its own, without user-dirs.dirs: Downloads is $HOME/Downloads.
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
        QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("Downloads")));
        QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
            m_home.filePath(QStringLiteral("Downloads")));
    }

    void firstSave_startsInDownloads_thenWhereTheUserSaved()
    {
        ScriptedQuestions questions;
        const QString downloads = m_home.filePath(QStringLiteral("Downloads"));
        QCOMPARE(suggested(questions, QStringLiteral("hoa-don.xlsx")),
            downloads + QStringLiteral("/hoa-don.xlsx"));
        // A cancelled dialog picked no folder.
        QCOMPARE(
            suggested(questions, QStringLiteral("hoa-don.csv")), downloads + QStringLiteral("/hoa-don.csv"));

        const QString elsewhere = m_home.filePath(QStringLiteral("Ke toan/thang 11"));
        QVERIFY(QDir().mkpath(elsewhere));
        questions.savePath = elsewhere + QStringLiteral("/so-cua-toi.xlsx");
        QCOMPARE(questions.saveFile(nullptr, {QStringLiteral("Lưu"), QStringLiteral("hoa-don.xlsx"), {}}),
            questions.savePath);
        questions.savePath.clear();
        QCOMPARE(suggested(questions, QStringLiteral("bao-cao-ban-hang-2026-11.xlsx")),
            elsewhere + QStringLiteral("/bao-cao-ban-hang-2026-11.xlsx"));
        // Only the name of a suggested path counts: the folder is the seam's.
        QCOMPARE(suggested(questions, QStringLiteral("/srv/C26TAA-1.pdf")),
            elsewhere + QStringLiteral("/C26TAA-1.pdf"));
    }

    void noDownloadsFolder_startsInHome()
    {
        QVERIFY(QDir(m_home.filePath(QStringLiteral("Downloads"))).removeRecursively());
        ScriptedQuestions questions;
        QCOMPARE(suggested(questions, QStringLiteral("hoa-don.xlsx")),
            m_home.filePath(QStringLiteral("hoa-don.xlsx")));
        QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("Downloads")));
    }
};

QTEST_MAIN(TstSaveFolder)
#include "tst_savefolder.moc"
