#include "i18n/translator.h"
#include "ui/settings/settingsdialog.h"
#include "ui/shell/appshell.h"
#include "ui/shell/mainwindow.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSplitter>
#include <QTest>

using namespace einvoice;
using namespace einvoice::test;

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
