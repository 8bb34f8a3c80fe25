// Issue 20, "every table the app shows can be taken to Excel in one action": the provider accounts
// page, loaded from a real sandbox over loopback, exported with its button and read back by
// openpyxl: the accounts (dates as dates, counts as numbers), the loaded templates, frozen headers
// and widths.

#include "../api/sandboxfixture.h"
#include "../spreadsheet/openpyxlview.h"
#include "accounts/apiaccountssource.h"
#include "accounts/provideraccountsmodel.h"
#include "accounts/templatesmodel.h"
#include "sandbox/sandboxseeder.h"
#include "support/scriptedquestions.h"
#include "ui/accounts/provideraccountspage.h"

#include <QApplication>
#include <QEventLoop>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace einvoice;
using namespace einvoice::test;

// The scripted answers, noting whether a progress dialog is on screen while the file is asked for
// (the file dialog's own event loop runs its timers).
class ProgressWatchingQuestions : public Questions
{
public:
    ScriptedQuestions answers;
    bool progressShownWhenAsked = false;

    QString askSaveFile(QWidget *parent, const FileChoice &choice) override
    {
        // A person reading the file dialog while its own event loop runs (not qWait(), which would
        // also delete what waits for the outer loop).
        QEventLoop dialog;
        QTimer::singleShot(600, &dialog, &QEventLoop::quit);
        dialog.exec();
        for (QWidget *window : QApplication::topLevelWidgets()) {
            if (qobject_cast<QProgressDialog *>(window) && window->isVisible())
                progressShownWhenAsked = true;
        }
        return answers.saveFile(parent, choice);
    }
    bool confirm(QWidget *parent, const Confirmation &question) override
    {
        return answers.confirm(parent, question);
    }
    QString openFile(QWidget *parent, const FileChoice &choice) override
    {
        return answers.openFile(parent, choice);
    }
    QString chooseFolder(QWidget *parent, const FileChoice &choice) override
    {
        return answers.chooseFolder(parent, choice);
    }
    std::optional<QList<int>> decide(QWidget *parent, const Decisions &decisions) override
    {
        return answers.decide(parent, decisions);
    }
    bool choosePrinter(QWidget *parent, QPrinter *printer) override
    {
        return answers.choosePrinter(parent, printer);
    }
    bool previewPrint(
        QWidget *parent, QPrinter *printer, const std::function<void(QPrinter *)> &paint) override
    {
        return answers.previewPrint(parent, printer, paint);
    }
    void inform(QWidget *parent, const QString &title, const QString &text) override
    {
        answers.inform(parent, title, text);
    }
    void warn(QWidget *parent, const QString &title, const QString &text) override
    {
        answers.warn(parent, title, text);
    }
    void showFolder(const QString &folder) override { answers.showFolder(folder); }
};

// A real sandbox over loopback, the API source over it and the page, whose saves go to `file` in
// a private folder.
struct ExportSetup
{
    SandboxFixture sandbox;
    std::unique_ptr<SepayClient> client = sandbox.client();
    ApiAccountsSource source;
    QTemporaryDir dir;
    ProgressWatchingQuestions questions;
    std::unique_ptr<ProviderAccountsPage> page;

    explicit ExportSetup(const QString &file)
    {
        source.setClient(client.get());
        questions.answers.savePath = dir.filePath(file);
        page = std::make_unique<ProviderAccountsPage>(&source, &questions);
    }
};

class TstAccountsExport : public QObject
{
    Q_OBJECT

    // The page with its accounts listed and the first one's templates loaded, as a person sees it
    // before pressing "Export to Excel…".
    static void listed(ProviderAccountsPage &page)
    {
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(page.accountsModel()->rowCount() > 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page.accountsModel()->hasTemplates(0), 10000);
    }

    static int rowOf(const QJsonObject &sheet, const QString &accountId, int rows)
    {
        for (int row = 2; row <= rows + 1; ++row) {
            if (xlsxtest::valueOf(sheet, QByteArray("D" + QByteArray::number(row)).constData()).toString()
                == accountId)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void exportButton_writesAccountsAndTemplates()
    {
        ExportSetup setup(QStringLiteral("tài khoản.xlsx"));
        ProviderAccountsPage &page = *setup.page;
        ProgressWatchingQuestions &watching = setup.questions;
        ScriptedQuestions &questions = watching.answers;
        auto *button = page.findChild<QPushButton *>(QStringLiteral("exportAccountsExcelButton"));
        QVERIFY(!button->isEnabled()); // nothing loaded yet
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(page.accountsModel()->rowCount() > 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page.templatesModel()->rowCount() > 0, 10000); // the selected one's
        QVERIFY(button->isEnabled());
        button->click(); // the other accounts' templates are loaded first
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(questions.savePath), 20000);
        // Loaded quicker than the progress's minimum duration: it never shows, also not over the
        // file dialog once that duration has passed.
        QVERIFY(!watching.progressShownWhenAsked);

        const QJsonObject book = xlsxtest::openpyxlView(questions.savePath);
        const QJsonArray sheets = book.value(QLatin1String("sheets")).toArray();
        QCOMPARE(sheets.size(), 2);
        const QJsonObject accounts = sheets.at(0).toObject();
        QCOMPARE(accounts.value(QLatin1String("freeze")).toString(), QStringLiteral("A2"));
        QCOMPARE(xlsxtest::valueOf(accounts, "A1").toString(),
            page.accountsModel()->headerData(0, Qt::Horizontal).toString());
        QVERIFY(!accounts.value(QLatin1String("widths")).toObject().isEmpty());
        const int rows = page.accountsModel()->rowCount();
        bool sawDate = false;
        bool sawCount = false;
        for (int row = 2; row <= rows + 1; ++row) {
            const QByteArray a = "A" + QByteArray::number(row);
            const QByteArray c = "C" + QByteArray::number(row);
            const QByteArray d = "D" + QByteArray::number(row);
            const QByteArray e = "E" + QByteArray::number(row);
            QVERIFY(!xlsxtest::valueOf(accounts, a.constData()).toString().isEmpty());
            if (xlsxtest::valueOf(accounts, d.constData()).toString() == SandboxSeeder::ApprovedAccountId) {
                QVERIFY(xlsxtest::cellOf(accounts, c.constData()).value(QLatin1String("is_date")).toBool());
                sawDate = true;
            }
            if (!xlsxtest::cellOf(accounts, e.constData()).isEmpty()) {
                QCOMPARE(xlsxtest::cellOf(accounts, e.constData()).value(QLatin1String("type")).toString(),
                    QStringLiteral("int"));
                sawCount = true;
            }
        }
        QVERIFY(sawDate);
        QVERIFY(sawCount); // the selected account's templates are loaded
        QVERIFY(
            xlsxtest::cellOf(accounts, QByteArray("A" + QByteArray::number(rows + 2)).constData()).isEmpty());

        const QJsonObject templates = sheets.at(1).toObject();
        QCOMPARE(templates.value(QLatin1String("freeze")).toString(), QStringLiteral("A2"));
        QCOMPARE(xlsxtest::valueOf(templates, "C2").toString(),
            page.templatesModel()->index(0, TemplatesModel::TemplateCodeColumn).data().toString());
        QCOMPARE(
            xlsxtest::cellOf(templates, "C2").value(QLatin1String("format")).toString(), QStringLiteral("@"));
        QVERIFY(!xlsxtest::valueOf(templates, "D2").toString().isEmpty()); // the series
    }

    // Accounts whose templates were never shown are loaded before the workbook is written: every
    // account has its count; one the server fails for says why in its note, and the page says so.
    void export_loadsMissingTemplatesFirst()
    {
        ExportSetup setup(QStringLiteral("đủ.xlsx"));
        ProviderAccountsPage &page = *setup.page;
        ProgressWatchingQuestions &questions = setup.questions;
        const QString path = questions.answers.savePath;
        listed(page);
        const int rows = page.accountsModel()->rowCount();
        QVERIFY(!page.accountsModel()->hasTemplates(rows - 1));
        const QString failing = page.accountsModel()->account(rows - 1).id;
        setup.sandbox.faults(QJsonObject {{QStringLiteral("malformed_next"), 5},
            {QStringLiteral("next_path"), QString(QStringLiteral("/v1/provider-accounts/") + failing)}});
        page.findChild<QPushButton *>(QStringLiteral("exportAccountsExcelButton"))->click();
        QVERIFY(page.findChild<QProgressDialog *>(QStringLiteral("templatesProgress")));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 20000);
        QVERIFY(!questions.progressShownWhenAsked); // the progress went before the file was asked for
        for (int row = 0; row < rows - 1; ++row)
            QVERIFY(page.accountsModel()->hasTemplates(row));

        const QJsonObject accounts = xlsxtest::firstSheet(path);
        for (int row = 0; row < rows; ++row) {
            const QString id = page.accountsModel()->account(row).id;
            const int line = rowOf(accounts, id, rows);
            QVERIFY2(line > 0, qPrintable(id));
            const QByteArray e = "E" + QByteArray::number(line);
            const QByteArray f = "F" + QByteArray::number(line);
            if (id == failing) {
                QVERIFY(xlsxtest::cellOf(accounts, e.constData()).isEmpty());
                QVERIFY2(!xlsxtest::valueOf(accounts, f.constData()).toString().isEmpty(), qPrintable(id));
            } else {
                QCOMPARE(xlsxtest::cellOf(accounts, e.constData()).value(QLatin1String("type")).toString(),
                    QStringLiteral("int"));
                QCOMPARE(xlsxtest::valueOf(accounts, e.constData()).toInt(),
                    int(page.accountsModel()->account(row).templates.size()));
                QVERIFY(xlsxtest::cellOf(accounts, f.constData()).isEmpty());
            }
        }
        QVERIFY(
            page.findChild<QLabel *>(QStringLiteral("accountsMessage"))->text().contains(QLatin1String("1")));
    }

    // Cancelling while the templates load writes nothing; a later export still works.
    void export_cancelledWhileLoading_writesNothing()
    {
        ExportSetup setup(QStringLiteral("huỷ.xlsx"));
        ProviderAccountsPage &page = *setup.page;
        ScriptedQuestions &questions = setup.questions.answers;
        listed(page);
        setup.sandbox.faults(QJsonObject {{QStringLiteral("latency_ms"), 400}});
        auto *button = page.findChild<QPushButton *>(QStringLiteral("exportAccountsExcelButton"));
        button->click();
        QProgressDialog *progress = page.findChild<QProgressDialog *>(QStringLiteral("templatesProgress"));
        QVERIFY(progress);
        progress->findChild<QPushButton *>()->click(); // its Cancel button
        QTRY_VERIFY(!page.findChild<QProgressDialog *>(QStringLiteral("templatesProgress")));
        QVERIFY(!QFile::exists(questions.savePath));
        setup.sandbox.faults(QJsonObject {{QStringLiteral("latency_ms"), 0}});
        button->click();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(questions.savePath), 20000);
    }
};

QTEST_MAIN(TstAccountsExport)
#include "tst_accountsexport.moc"
