// Help → Keyboard shortcuts lists the real main window's shortcuts; About → Copy diagnostics.
#include "logging/logfile.h"
#include "logging/loghandler.h"
#include "logging/logredactor.h"
#include "session/credentialsbackend.h"
#include "ui/shell/aboutdialog.h"
#include "ui/shell/diagnostics.h"
#include "ui/shell/mainactions.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/shortcutsdialog.h"
#include "uitestsupport.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;
using namespace einvoice::test;

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempSettings> m_settings;
    ScriptedQuestions m_questions;
    SessionCredentialsBackend m_credentials;

    ShellServices services() { return shellServices(*m_settings, m_questions, &m_credentials); }

    static QStringList column(QTableWidget *table, int col)
    {
        QStringList out;
        for (int row = 0; row < table->rowCount(); ++row)
            out.append(table->item(row, col)->text());
        return out;
    }

private Q_SLOTS:
    void init() { m_settings = std::make_unique<TempSettings>(); }

    void dialog_listsEveryActionWithAShortcut()
    {
        MainWindow window(services());
        int withShortcut = 0;
        const QList<QAction *> all = window.findChildren<QAction *>();
        for (const QAction *action : all)
            withShortcut += action->shortcut().isEmpty() || action->text().isEmpty() ? 0 : 1;
        QVERIFY(withShortcut >= 8);

        ShortcutsDialog dialog(&window);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), withShortcut);
        const QStringList names = column(table, 0);
        QVERIFY(names.contains(ShortcutsDialog::plainText(window.actions()->newInvoice)));
        QVERIFY(names.contains(ShortcutsDialog::plainText(window.actions()->quit)));
        const int quitRow = int(names.indexOf(ShortcutsDialog::plainText(window.actions()->quit)));
        QCOMPARE(table->item(quitRow, 1)->text(),
            window.actions()->quit->shortcut().toString(QKeySequence::NativeText));
        QVERIFY(!names.contains(ShortcutsDialog::plainText(window.actions()->about))); // no shortcut
    }

    void dialog_followsActionsAddedAtRuntime()
    {
        MainWindow window(services());
        const int before = int(ShortcutsDialog::actionsWithShortcuts(&window).size());
        auto *extra = new QAction(QStringLiteral("&Frobnicate"), &window);
        extra->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
        ShortcutsDialog dialog(&window);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
        QCOMPARE(table->rowCount(), before + 1);
        QVERIFY(column(table, 0).contains(QStringLiteral("Frobnicate")));
    }

    void helpMenu_opensTheOverview()
    {
        MainWindow window(services());
        window.show();
        QAction *shortcuts = window.actions()->shortcuts;
        QVERIFY(shortcuts);
        QCOMPARE(shortcuts->shortcut(), QKeySequence(QKeySequence::HelpContents));
        shortcuts->trigger();
        QTRY_VERIFY(window.findChild<ShortcutsDialog *>(QStringLiteral("shortcutsDialog")));
    }

    void plainText_dropsMnemonicsAndEllipsis()
    {
        QAction action(QStringLiteral("&Settings\u2026"));
        QCOMPARE(ShortcutsDialog::plainText(&action), QStringLiteral("Settings"));
        QAction amp(QStringLiteral("Save && &close"));
        QCOMPARE(ShortcutsDialog::plainText(&amp), QStringLiteral("Save & close"));
    }

    void copyDiagnostics_putsVersionEnvironmentAndRecentLogLinesOnTheClipboard()
    {
        QTemporaryDir dir;
        LogFile log(dir.path());
        LogHandler::install(&log);
        LogRedactor::addSecret(QStringLiteral("very-secret-value"));
        for (int i = 0; i < 60; ++i)
            log.append(QStringLiteral("log entry %1").arg(i));
        log.append(QStringLiteral("sent very-secret-value with Authorization: Bearer abcdefgh"));
        qputenv("XDG_SESSION_TYPE", "x11");
        qputenv("EINVOICE_CLIENT_SECRET", "env-secret-123");

        AboutDialog about;
        auto *button = about.findChild<QPushButton *>(QStringLiteral("copyDiagnosticsButton"));
        QVERIFY(button);
        QGuiApplication::clipboard()->clear();
        button->click();
        const QString text = QGuiApplication::clipboard()->text();
        LogHandler::uninstall();
        LogRedactor::clearSecrets();

        QVERIFY(text.contains(QCoreApplication::applicationVersion()));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QStringLiteral("XDG_SESSION_TYPE: x11")));
        QVERIFY(text.contains(log.filePath()));
        QVERIFY(text.contains(QStringLiteral("log entry 59")));
        QVERIFY(text.contains(QStringLiteral("log entry 11")));
        QVERIFY(!text.contains(QStringLiteral("log entry 10\n")));
        QVERIFY(!text.contains(QStringLiteral("very-secret-value")));
        QVERIFY(!text.contains(QStringLiteral("abcdefgh")));
        QVERIFY(!text.contains(QStringLiteral("env-secret-123")));
        QVERIFY(button->text() != QStringLiteral("Copy &diagnostics"));
    }
};

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
