#include "i18n/translator.h"
#include "ui/settings/settingsdialog.h"
#include "ui/shell/appshell.h"
#include "ui/shell/mainwindow.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTest>
#include <QTranslator>

using namespace einvoice;
using namespace einvoice::test;

namespace {

// Notes every text Qt asks to translate and answers none, so the translators installed before it
// still answer.
class RecordingTranslator : public QTranslator
{
public:
    struct Request
    {
        QString context;
        QString source;
        QString disambiguation;
    };
    QList<Request> requests;

    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *disambiguation, int) const override
    {
        const_cast<RecordingTranslator *>(this)->requests.append({QString::fromUtf8(context),
            QString::fromUtf8(source), QString::fromUtf8(disambiguation ? disambiguation : "")});
        return {};
    }
};

QStringList menuTexts(QMenu *menu)
{
    QStringList texts;
    for (QAction *action : menu->actions())
        texts.append(action->text());
    delete menu;
    return texts;
}

// Builds the Qt dialogs and menus the app shows, so that Qt asks for their texts.
void showQtDialogs()
{
    {
        QFileDialog save(nullptr, QStringLiteral("t"));
        save.setOption(QFileDialog::DontUseNativeDialog);
        save.setAcceptMode(QFileDialog::AcceptSave);
        save.show();
        QCoreApplication::processEvents();
        save.setAcceptMode(QFileDialog::AcceptOpen);
        save.setFileMode(QFileDialog::Directory);
        QCoreApplication::processEvents();
    }
    QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("x"),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel | QMessageBox::Ok | QMessageBox::Save
            | QMessageBox::Discard | QMessageBox::Close | QMessageBox::Retry | QMessageBox::Ignore
            | QMessageBox::Abort | QMessageBox::Apply | QMessageBox::Reset | QMessageBox::Help
            | QMessageBox::Open | QMessageBox::SaveAll | QMessageBox::YesToAll | QMessageBox::NoToAll
            | QMessageBox::RestoreDefaults);
    box.setDetailedText(QStringLiteral("d"));
    box.show();
    QCoreApplication::processEvents();
    QLineEdit line(QStringLiteral("abc"));
    menuTexts(line.createStandardContextMenu());
    QPlainTextEdit text(QStringLiteral("abc"));
    menuTexts(text.createStandardContextMenu());
    QInputDialog input;
    input.show();
    QProgressDialog progress;
    progress.show();
    QPrinter printer;
    QPrintPreviewDialog preview(&printer);
    preview.show();
    QPrintDialog print(&printer);
    print.show();
    QCoreApplication::processEvents();
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempSettings> m_settings;
    ScriptedQuestions m_questions;

    ShellServices services() { return shellServices(*m_settings, m_questions); }
    static QStringList menuTitles(QMainWindow *window)
    {
        QStringList titles;
        for (QAction *action : window->menuBar()->actions())
            titles.append(action->text());
        return titles;
    }

private Q_SLOTS:
    void init() { m_settings = std::make_unique<TempSettings>(); }

    void resolveLanguage_followsSettingThenSystem_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("systemLocale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("vi chosen") << "vi"
                                   << "en_US"
                                   << "vi";
        QTest::newRow("en chosen") << "en"
                                   << "vi_VN"
                                   << "en";
        QTest::newRow("system vi") << ""
                                   << "vi_VN"
                                   << "vi";
        QTest::newRow("system en") << ""
                                   << "en_GB"
                                   << "en";
        QTest::newRow("system fr") << ""
                                   << "fr_FR"
                                   << "en";
        QTest::newRow("junk setting") << "xx"
                                      << "vi_VN"
                                      << "vi";
    }
    void resolveLanguage_followsSettingThenSystem()
    {
        QFETCH(QString, setting);
        QFETCH(QString, systemLocale);
        QFETCH(QString, expected);
        QCOMPARE(Translator::resolveLanguage(setting, QLocale(systemLocale)), expected);
    }

    void embeddedTranslations_load()
    {
        Translator translator;
        QVERIFY(translator.apply(QStringLiteral("vi")));
        QVERIFY(translator.apply(QStringLiteral("en")));
    }

    void qtDialogs_speakTheChosenLanguage()
    {
        Translator translator;
        QVERIFY(translator.apply(QStringLiteral("vi")));
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
        QCOMPARE(buttons.button(QDialogButtonBox::Ok)->text(), QStringLiteral("Đồng ý"));
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Hủy"));
        QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), QStringLiteral("Đóng"));
        QLineEdit line(QStringLiteral("abc"));
        QVERIFY(menuTexts(line.createStandardContextMenu()).join(u'|').contains(QStringLiteral("&Sao chép")));
        QFileDialog files;
        files.setOption(QFileDialog::DontUseNativeDialog);
        auto *fileNameLabel = files.findChild<QLabel *>(QStringLiteral("fileNameLabel"));
        QVERIFY(fileNameLabel);
        QCOMPARE(fileNameLabel->text(), QStringLiteral("&Tên tệp:"));

        QVERIFY(translator.apply(QStringLiteral("en")));
        QDialogButtonBox english(QDialogButtonBox::Cancel);
        QCOMPARE(english.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    }

    // Every text of the Qt dialogs the app shows has a Vietnamese translation, checked against what
    // this Qt really asks for (a source text mistyped in the .ts would not match). Key names and
    // paper sizes stay as Qt writes them.
    void qtDialogs_everyTextQtAsksForIsTranslated()
    {
        QTranslator dialogs;
        QVERIFY(dialogs.load(QStringLiteral(":/i18n/qt-dialogs_vi")));
        RecordingTranslator recorder;
        QCoreApplication::installTranslator(&recorder);
        showQtDialogs();
        QCoreApplication::removeTranslator(&recorder);
        const QStringList untranslatedContexts
            = {QStringLiteral("QShortcut"), QStringLiteral("QPageSize"), QStringLiteral("QGuiApplication")};
        QStringList missing;
        int checked = 0;
        for (const RecordingTranslator::Request &request : std::as_const(recorder.requests)) {
            if (untranslatedContexts.contains(request.context))
                continue;
            ++checked;
            if (dialogs
                    .translate(request.context.toUtf8().constData(), request.source.toUtf8().constData(),
                        request.disambiguation.isEmpty() ? nullptr
                                                         : request.disambiguation.toUtf8().constData())
                    .isNull())
                missing.append(request.context + QLatin1String("::") + request.source);
        }
        QVERIFY2(checked > 100, qPrintable(QString::number(checked)));
        missing.removeDuplicates();
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
    }

    void vietnamese_appliesAtStart()
    {
        m_settings->settings()->setLanguage(QStringLiteral("vi"));
        AppShell shell(services());
        shell.start();
        MainWindow *window = shell.mainWindow();
        QVERIFY(window);
        // The title holds the environment; Qt appends the (translated) display name once.
        QCOMPARE(window->windowTitle(), QStringLiteral("DÙNG THỬ"));
        QCOMPARE(QGuiApplication::applicationDisplayName(), QStringLiteral("Hóa đơn điện tử SePay"));
        QVERIFY(menuTitles(window).contains(QStringLiteral("&Tệp")));
        auto *badge = window->findChild<QLabel *>(QStringLiteral("environmentBadge"));
        QCOMPARE(badge->text(), QStringLiteral("DÙNG THỬ"));
    }

    void productionTitle_isUnmistakableInVietnamese()
    {
        m_settings->settings()->setLanguage(QStringLiteral("vi"));
        m_settings->settings()->setEnvironment(EnvironmentKind::Production);
        AppShell shell(services());
        shell.start();
        QVERIFY(shell.mainWindow()->windowTitle().contains(QStringLiteral("SẢN XUẤT")));
    }

    // The window is retranslated in place: the same window, its size, page and splitter kept.
    void switchingLanguage_retranslatesTheSameWindow()
    {
        m_settings->settings()->setLanguage(QStringLiteral("en"));
        AppShell shell(services());
        shell.start();
        QPointer<MainWindow> window = shell.mainWindow();
        window->resize(1010, 690);
        window->setCurrentPage(Page::Usage);
        auto *splitter = window->findChild<QSplitter *>(QStringLiteral("navigationSplitter"));
        splitter->setSizes({240, 770});
        const QList<int> sizes = splitter->sizes();
        QVERIFY(menuTitles(window).contains(QStringLiteral("&File")));
        QCOMPARE(window->windowTitle(), QStringLiteral("DEMO"));

        SettingsDialog *dialog = window->openSettings();
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("vi")));
        dialog->accept();

        QTRY_VERIFY(menuTitles(window).contains(QStringLiteral("&Tệp")));
        QCOMPARE(shell.mainWindow(), window.data());
        QCOMPARE(shell.language(), QStringLiteral("vi"));
        QCOMPARE(window->windowTitle(), QStringLiteral("DÙNG THỬ"));
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("environmentBadge"))->text(),
            QStringLiteral("DÙNG THỬ"));
        QCOMPARE(window->currentPage(), Page::Usage);
        QCOMPARE(window->size(), QSize(1010, 690));
        QCOMPARE(splitter->sizes(), sizes);
        QCOMPARE(QGuiApplication::applicationDisplayName(), QStringLiteral("Hóa đơn điện tử SePay"));
    }

    void vietnameseText_typedIntoFields_isKept()
    {
        m_settings->settings()->setLanguage(QStringLiteral("vi"));
        AppShell shell(services());
        shell.start();
        SettingsDialog *dialog = shell.mainWindow()->openSettings();
        auto *folder = dialog->findChild<QLineEdit *>(QStringLiteral("downloadFolderEdit"));
        folder->clear();
        folder->setFocus();
        const QString text = QStringLiteral("/tmp/Hóa đơn Nguyễn");
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, folder, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QCOMPARE(folder->text(), text);
        dialog->accept();
        QTRY_COMPARE(m_settings->settings()->downloadFolder(), text);
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
