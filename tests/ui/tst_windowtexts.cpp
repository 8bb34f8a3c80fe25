// Issue 16.12/16.13: every window of the desktop app, in English and in Vietnamese at 1440x900, is
// walked for Alt-key mnemonics that collide, labels that show a literal "&" and texts that do not
// fit their widget; so is the editor with a server draft open (beside the menu bar), and every menu
// of the main window on its own (the menu bar's, the invoice list's context menu).
#include "corrections/correctionruns.h"
#include "desktoptestsupport.h"
#include "editor/catalogueimport.h"
#include "sandbox/sandboxseeder.h"
#include "session/connection.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "support/fakesecretstore.h"
#include "ui/batch/batchpage.h"
#include "ui/corrections/correctiondialog.h"
#include "ui/editor/catalogueimportdialog.h"
#include "ui/editor/cataloguemanagerdialog.h"
#include "ui/editor/invoiceeditorpage.h"
#include "ui/settings/settingsdialog.h"
#include "ui/shell/aboutdialog.h"
#include "ui/shell/appshell.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/page.h"
#include "ui/shell/shortcutsdialog.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;
using namespace einvoice::test;

namespace {

bool shown(const QWidget *widget, const QWidget *window)
{
    return widget->isVisibleTo(window) && widget->isVisible();
}

// The Alt key a text underlines, empty when none ("&&" is a literal ampersand).
QKeySequence mnemonicOf(const QString &text)
{
    return QKeySequence::mnemonic(text);
}

bool hasLiteralAmpersand(const QString &text)
{
    QString rest = text;
    rest.replace(QStringLiteral("&&"), QString());
    return rest.contains(QLatin1Char('&'));
}

QString describe(const QWidget *widget, const QString &text)
{
    return QStringLiteral("%1 \"%2\"").arg(QLatin1String(widget->metaObject()->className()), text);
}

// What one window shows: who claims which Alt key, and the texts that are wrong.
class WindowWalk
{
public:
    explicit WindowWalk(QWidget *window) : m_window(window)
    {
        if (auto *main = qobject_cast<QMainWindow *>(window); main && main->menuBar()) {
            for (QAction *action : main->menuBar()->actions())
                claim(mnemonicOf(action->text()), QStringLiteral("menu \"%1\"").arg(action->text()));
        }
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            if (shown(widget, window))
                visit(widget);
        }
    }

    QStringList problems() const
    {
        QStringList result = m_problems;
        for (auto it = m_claims.cbegin(); it != m_claims.cend(); ++it) {
            if (it.value().size() > 1)
                result << QStringLiteral("%1 claimed by %2")
                              .arg(it.key().toString(QKeySequence::PortableText),
                                  it.value().join(QStringLiteral(", ")));
        }
        return result;
    }

private:
    void claim(const QKeySequence &key, const QString &owner)
    {
        if (!key.isEmpty())
            m_claims[key].append(owner);
    }

    void visit(QWidget *widget)
    {
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            claim(mnemonicOf(button->text()), describe(widget, button->text()));
            if (!button->text().isEmpty() && button->width() < button->sizeHint().width() - 2)
                m_problems << QStringLiteral("clipped: %1 (%2 < %3)")
                                  .arg(describe(widget, button->text()))
                                  .arg(button->width())
                                  .arg(button->sizeHint().width());
        } else if (auto *label = qobject_cast<QLabel *>(widget)) {
            visitLabel(label);
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            claim(mnemonicOf(group->title()), describe(widget, group->title()));
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                claim(mnemonicOf(tabs->tabText(i)), describe(widget, tabs->tabText(i)));
        } else if (auto *header = qobject_cast<QHeaderView *>(widget)) {
            visitHeader(header);
        }
    }

    void visitLabel(QLabel *label)
    {
        const QString text = label->text();
        if (text.isEmpty() || label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text)))
            return;
        if (label->buddy())
            claim(mnemonicOf(text), describe(label, text));
        else if (hasLiteralAmpersand(text))
            m_problems << QStringLiteral("literal &: %1").arg(describe(label, text));
        if (!label->wordWrap() && label->width() < label->minimumSizeHint().width() - 2)
            m_problems << QStringLiteral("clipped: %1 (%2 < %3)")
                              .arg(describe(label, text))
                              .arg(label->width())
                              .arg(label->minimumSizeHint().width());
    }

    void visitHeader(QHeaderView *header)
    {
        if (header->orientation() != Qt::Horizontal || !header->model())
            return;
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section) || header->sectionSize(section) == 0)
                continue;
            const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
            // The text and one header margin: Qt's own ResizeToContents width always passes.
            const int needed = header->fontMetrics().horizontalAdvance(text)
                + header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            if (needed > header->sectionSize(section))
                m_problems << QStringLiteral("clipped header: \"%1\" (%2 < %3)")
                                  .arg(text)
                                  .arg(header->sectionSize(section))
                                  .arg(needed);
        }
    }

    QWidget *m_window;
    QHash<QKeySequence, QStringList> m_claims;
    QStringList m_problems;
};

// The Alt keys of one menu: each menu (of the menu bar, a context menu, a button's menu) is
// reachable on its own, so its keys must differ among its own visible items.
QStringList menuCollisions(const QMenu *menu)
{
    QHash<QKeySequence, QStringList> claims;
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (const QKeySequence key = mnemonicOf(action->text()); !key.isEmpty())
            claims[key].append(QStringLiteral("\"%1\"").arg(action->text()));
    }
    QStringList result;
    for (auto it = claims.cbegin(); it != claims.cend(); ++it) {
        if (it.value().size() > 1)
            result << QStringLiteral("menu \"%1\" (%2): %3 claimed by %4")
                          .arg(menu->title(), menu->objectName(),
                              it.key().toString(QKeySequence::PortableText),
                              it.value().join(QStringLiteral(", ")));
    }
    return result;
}

} // namespace

class TestWindowTexts : public DesktopTest
{
    Q_OBJECT

private:
    void check(QWidget *window, const QString &name)
    {
        // Waits for the layouts to settle: a text set by background work (the refresh time of the
        // status bar) is laid out by posted events, one level of the widget tree at a time.
        QStringList problems;
        QTRY_VERIFY2((problems = WindowWalk(window).problems()).isEmpty(),
            qPrintable(name + QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  "))));
    }

    // Every menu under the window on its own: the menu bar's, the invoice list's context menu and
    // its Copy submenu, the buttons' menus.
    void checkMenus(QWidget *window, const QString &name)
    {
        QStringList problems;
        const QList<QMenu *> menus = window->findChildren<QMenu *>();
        QVERIFY(!menus.isEmpty());
        for (const QMenu *menu : menus)
            problems << menuCollisions(menu);
        QVERIFY2(problems.isEmpty(),
            qPrintable(name + QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  "))));
    }

    // The editor showing a draft that lives on the server: its own buttons (Issue draft, Edit
    // draft, Delete draft) beside the form and the menu bar.
    void checkEditorWithServerDraft(const QString &language)
    {
        window()->setCurrentPage(Page::NewInvoice);
        auto *editor = window()->findChild<InvoiceEditorPage *>();
        QVERIFY(editor);
        Invoice draft;
        draft.referenceCode = QStringLiteral("6f1d2a58-0c3e-4a55-9d0b-1f2e3d4c5b6a");
        draft.providerAccountId = SandboxSeeder::ActiveAccountId;
        draft.templateCode = QStringLiteral("1");
        draft.invoiceSeries = QStringLiteral("C26TAA");
        draft.buyer.name = QStringLiteral("Công ty TNHH Bình Minh");
        editor->openServerDraft(draft);
        QCOMPARE(editor->stage(), InvoiceEditorPage::Stage::ServerDraft);
        QVERIFY(editor->findChild<QAbstractButton *>(QStringLiteral("editDraftButton"))->isVisible());
        check(window(), language + QStringLiteral(" editor with a server draft"));
        editor->newInvoice();
    }

    // The editor's catalogue manager and the preview of a catalogue import.
    void checkEditorDialogs(const QString &language)
    {
        window()->setCurrentPage(Page::NewInvoice);
        auto *open = window()->findChild<QAbstractButton *>(QStringLiteral("catalogueButton"));
        QVERIFY(open);
        open->click();
        auto *manager = window()->findChild<CatalogueManagerDialog *>();
        QVERIFY(manager);
        QVERIFY(QTest::qWaitForWindowExposed(manager));
        check(manager, language + QStringLiteral(" catalogue"));
        CatalogueImportPlan plan;
        CatalogueImportRow row;
        row.where = QStringLiteral("Khách hàng, row 3");
        row.name = QStringLiteral("Công ty TNHH Bình Minh");
        plan.rows = {row};
        plan.customers = {Customer()};
        CatalogueImportDialog preview(
            plan, [](const CatalogueImportPlan &) { return QString(); }, manager);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        check(&preview, language + QStringLiteral(" catalogue import"));
        manager->close();
    }

    // The correction window (issue 18), of each kind, with the editor's buyer form inside.
    void checkCorrectionWindow(const QString &language)
    {
        InvoiceDetail origin;
        origin.summary.referenceCode = QStringLiteral("O-1");
        origin.summary.invoiceNumber = QStringLiteral("17");
        origin.summary.issuedDate = QDate(2026, 12, 1);
        origin.summary.buyer.name = QStringLiteral("Công ty TNHH Minh Phát");
        origin.invoiceSeries = QStringLiteral("C26TAA");
        RemoteInvoiceLine line;
        line.itemName = QStringLiteral("Gạo ST25");
        line.quantity = Decimal::fromInteger(2);
        line.unitPrice = Decimal::fromInteger(185000);
        line.taxRate = Decimal::fromInteger(10);
        origin.lines = {line};
        for (const CorrectionKind kind :
            {CorrectionKind::Replace, CorrectionKind::Decrease, CorrectionKind::Info}) {
            CorrectionDialogServices services;
            services.runs = m_app->session()->correctionRuns();
            auto *dialog = new CorrectionDialog(services, origin, kind, window());
            dialog->resize(1280, 760);
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            check(dialog, language + QStringLiteral(" correction ") + QString::number(int(kind)));
            dialog->close();
        }
    }

private Q_SLOTS:
    void walk_everyWindowInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("vi") << QStringLiteral("vi");
    }

    void walk_everyWindowInBothLanguages()
    {
        QFETCH(QString, language);
        resetDesktop(language + QStringLiteral(".ini"));
        m_qsettings->setValue(QStringLiteral("ui/language"), language);
        startDesktop(desktopOptions(m_dir.filePath(language + QStringLiteral("/einvoice.sqlite"))));
        // Walked once the texts that come with the connection (quota, accounts) are in.
        QTRY_COMPARE_WITH_TIMEOUT(m_app->connection()->state(), ConnectionState::Connected, 20000);
        window()->resize(1440, 860);
        QTest::qWait(50);

        for (const Page page : {Page::Invoices, Page::NewInvoice, Page::Batch, Page::ProviderAccounts,
                 Page::Usage, Page::Reports}) {
            window()->setCurrentPage(page);
            check(window(), language + QStringLiteral(" page ") + QString::number(int(page)));
        }
        checkEditorWithServerDraft(language);
        checkMenus(window(), language + QStringLiteral(" menus"));
        auto *batch = window()->findChild<BatchPage *>();
        QVERIFY(batch && batch->loadFile(QStringLiteral(TWO_SHEET_WORKBOOK)));
        window()->setCurrentPage(Page::Batch);
        QVERIFY(batch->findChild<QComboBox *>(QStringLiteral("sheetCombo"))->isVisible());
        check(window(), language + QStringLiteral(" batch page with a two-sheet workbook"));
        SettingsDialog *settings = window()->openSettings();
        QVERIFY(settings);
        QVERIFY(QTest::qWaitForWindowExposed(settings));
        check(settings, language + QStringLiteral(" settings"));
        settings->reject();
        ShortcutsDialog shortcuts(window());
        shortcuts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shortcuts));
        check(&shortcuts, language + QStringLiteral(" shortcuts"));
        AboutDialog about;
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        check(&about, language + QStringLiteral(" about"));
        checkEditorDialogs(language);
        checkCorrectionWindow(language);
        m_app.reset();
    }
};

QTEST_MAIN(TestWindowTexts)
#include "tst_windowtexts.moc"
