// A language change retranslates every window in place (issue 15): after switching in the settings
// dialog as a user does, no text of the old language is left in the main window, its pages and
// the dialogs that are open, and the window, its pages and what was typed are the same as before.
#include "../batch/identityfixture.h"
#include "api/sepayclient.h"
#include "desktoptestsupport.h"
#include "invoices/invoicelistmodel.h"
#include "session/connection.h"
#include "settings/appsettings.h"
#include "support/fakesecretstore.h"
#include "texttracker.h"
#include "ui/batch/batchpage.h"
#include "ui/batch/batchpreviewtable.h"
#include "ui/batch/batchresultstable.h"
#include "ui/editor/invoiceeditorpage.h"
#include "ui/invoices/invoicespage.h"
#include "ui/settings/settingsdialog.h"
#include "ui/shell/appshell.h"
#include "ui/shell/desktopapp.h"
#include "ui/shell/mainactions.h"
#include "ui/shell/mainwindow.h"
#include "ui/usage/usagepage.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;
using namespace einvoice::test;

namespace {

constexpr int netTimeoutMs = 20000;

QString translationsFolder()
{
    return qEnvironmentVariable("EINVOICE_TEST_SOURCE_DIR") + QStringLiteral("/translations");
}

QStringList allTexts()
{
    QStringList texts;
    for (const QWidget *top : QApplication::topLevelWidgets())
        texts += textsIn(top);
    return texts;
}

// The user's text typed with key events (works for Vietnamese letters, see PLATFORM.md).
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace

class TestRetranslate : public DesktopTest
{
    Q_OBJECT

private:
    // Settings (Ctrl+,), the language, OK: what a user does.
    void chooseLanguage(const QString &language)
    {
        window()->actions()->settings->trigger();
        auto *dialog = window()->findChild<SettingsDialog *>();
        QVERIFY(dialog);
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        combo->setCurrentIndex(combo->findData(language));
        QTest::mouseClick(
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(m_app->shell()->language(), language);
    }

    // Every page shown once, with its data, and the dialogs that stay open through the change.
    void visitEverything()
    {
        for (int i = 0; i < pageCount; ++i)
            window()->actions()->pages.value(Page(i))->trigger();
        auto *invoices = qobject_cast<InvoicesPage *>(window()->pageWidget(Page::Invoices));
        QVERIFY(invoices);
        QTRY_VERIFY_WITH_TIMEOUT(invoices->model()->rowCount() > 0, netTimeoutMs);
        auto *usage = qobject_cast<UsagePage *>(window()->pageWidget(Page::Usage));
        QTRY_VERIFY_WITH_TIMEOUT(usage->remaining().has_value(), netTimeoutMs);
        window()->actions()->about->trigger();
        window()->actions()->shortcuts->trigger();
    }

private Q_SLOTS:
    void init()
    {
        resetDesktop();
        m_qsettings->setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
        startDesktop(desktopOptions(m_dir.filePath(QStringLiteral("local/einvoice.sqlite"))));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->connection()->state(), ConnectionState::Connected, netTimeoutMs);
    }
    void cleanup() { stopDesktop(); }

    void translations_areRead()
    {
        QVERIFY(!LanguageTexts(translationsFolder(), LanguageTexts::Side::English).isEmpty());
        QVERIFY(!LanguageTexts(translationsFolder(), LanguageTexts::Side::Vietnamese).isEmpty());
    }

    void switchingLanguage_leavesNoTextOfTheOldOne()
    {
        const LanguageTexts english(translationsFolder(), LanguageTexts::Side::English);
        const LanguageTexts vietnamese(translationsFolder(), LanguageTexts::Side::Vietnamese);
        visitEverything();
        QString found = vietnamese.findIn(allTexts());
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("Vietnamese in English: ") + found));

        // Windows hear of the change from the event loop: what is left once it settled counts.
        chooseLanguage(QStringLiteral("vi"));
        QTRY_VERIFY2((found = english.findIn(allTexts())).isEmpty(),
            qPrintable(QStringLiteral("English left after the switch: ") + found));

        chooseLanguage(QStringLiteral("en"));
        QTRY_VERIFY2((found = vietnamese.findIn(allTexts())).isEmpty(),
            qPrintable(QStringLiteral("Vietnamese left after the switch: ") + found));
    }

    // What the user arranged and typed is there after the change, in the same window.
    void switchingLanguage_keepsWindowLayoutAndTyping()
    {
        window()->actions()->pages.value(Page::NewInvoice)->trigger();
        auto *editor = qobject_cast<InvoiceEditorPage *>(window()->pageWidget(Page::NewInvoice));
        QVERIFY(editor);
        auto *buyer = editor->findChild<QLineEdit *>(QStringLiteral("buyerNameEdit"));
        typeInto(buyer, QStringLiteral("Công ty Nguyễn Văn Ánh"));
        window()->resize(1111, 733);
        auto *splitter = window()->findChild<QSplitter *>(QStringLiteral("navigationSplitter"));
        splitter->setSizes({260, 850});
        const QList<int> sizes = splitter->sizes();
        const QPointer<MainWindow> before = window();
        // The first save of the settings names the environment in use: it stays connected.
        const QPointer<SepayClient> client = m_app->connection()->client();
        QVERIFY(client);

        chooseLanguage(QStringLiteral("vi"));

        QCOMPARE(window(), before.data());
        QCOMPARE(window()->pageWidget(Page::NewInvoice), editor);
        QCOMPARE(window()->currentPage(), Page::NewInvoice);
        QCOMPARE(buyer->text(), QStringLiteral("Công ty Nguyễn Văn Ánh"));
        QCOMPARE(window()->size(), QSize(1111, 733));
        QCOMPARE(splitter->sizes(), sizes);
        QCOMPARE(m_app->connection()->client(), client.data());
    }

    // The batch page's summary and counts lines and the rows already in its tables (a file's
    // problems, the results' statuses) read in the new language at once, not at their next update.
    // A result's message keeps the words it came with (often the server's).
    void switchingLanguage_retranslatesBatchRowsAndSummary()
    {
        const LanguageTexts english(translationsFolder(), LanguageTexts::Side::English);
        window()->actions()->pages.value(Page::Batch)->trigger();
        auto *batch = qobject_cast<BatchPage *>(window()->pageWidget(Page::Batch));
        QVERIFY(batch);
        batch->findChild<QRadioButton *>(QStringLiteral("draftRadio"))->setChecked(true);
        QList<IdentityRow> rows = identityRows(2, QStringLiteral("RETR-"));
        rows.append({QStringLiteral("HD9"), QStringLiteral("Công ty Lỗi"), QStringLiteral("Bàn phím"),
            QStringLiteral("abc"), QStringLiteral("150000")});
        batch->loadBytes(identityCsv(rows), QStringLiteral("ngonngu.csv"));
        QCOMPARE(batch->currentImport().errorCount(), 1);
        batch->findChild<QCheckBox *>(QStringLiteral("validOnlyCheck"))->setChecked(true);
        QSignalSpy finished(batch, &BatchPage::runFinished);
        QTest::mouseClick(batch->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
        QVERIFY(finished.wait(netTimeoutMs));
        const auto shown = [batch] {
            QStringList texts {batch->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text(),
                batch->findChild<QLabel *>(QStringLiteral("countsLabel"))->text()};
            for (const QTableWidget *table :
                {static_cast<QTableWidget *>(batch->findChild<BatchPreviewTable *>()),
                    static_cast<QTableWidget *>(batch->findChild<BatchResultsTable *>())}) {
                const bool results = qobject_cast<const BatchResultsTable *>(table);
                for (int row = 0; row < table->rowCount(); ++row) {
                    for (int column = 0; column < table->columnCount(); ++column) {
                        if (!(results && column == BatchResultsTable::MessageColumn)
                            && table->item(row, column))
                            texts.append(table->item(row, column)->text());
                    }
                }
            }
            return texts;
        };
        const QStringList before = shown();
        QVERIFY2(!english.findIn(before).isEmpty(), qPrintable(before.join(u'|')));
        const QString status
            = batch->findChild<BatchResultsTable *>()->item(0, BatchResultsTable::StatusColumn)->text();

        chooseLanguage(QStringLiteral("vi"));
        QString found;
        QTRY_VERIFY2((found = english.findIn(shown())).isEmpty(),
            qPrintable(QStringLiteral("English left in the batch page: ") + found));
        QVERIFY(batch->findChild<BatchResultsTable *>()->item(0, BatchResultsTable::StatusColumn)->text()
            != status);
        QCOMPARE(batch->findChild<BatchPreviewTable *>()->rowCount() > 0, true);
    }
};

QTEST_MAIN(TestRetranslate)
#include "tst_retranslate.moc"
