#include "editor/invoicelinesmodel.h"
#include "editor/linecolumns.h"
#include "editorsandboxfixture.h"
#include "ui/editor/previewdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

using namespace einvoice;
using namespace einvoice::editortest;

// Issue 6, "Done means": a three-line VAT invoice with mixed rates typed from the keyboard only,
// previewed, issued and its PDF opened through shortcuts, on the sandbox server.
class TestEditorKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void keyboardOnly_typePreviewIssueAndOpenThePdf();
    void mnemonics_underlinedLettersReachFieldsAndButtons();
    void shortcuts_everyEditorActionHasOneAndDuplicateWorks();
    void mnemonics_serverDraftsOwnButtonsTakeTheFormsKeys();
    void altDown_opensAnEditedDropDownAndMovesALineOtherwise();

private:
    void tabTo(const char *name, int maxPresses = 40);
    void typeHeaderAndBuyer();
    void typeLines();
    void checkTotals();
    void previewWithShortcut();
    void issueWithShortcut();
    void openPdfWithShortcut();
    static QString squeezed(const QString &text);
    static QString pdfText(QWidget *dialog);
    QWidget *focused() const { return QApplication::focusWidget(); }

    std::unique_ptr<SandboxEditor> m_editor;
};

void TestEditorKeyboard::init()
{
    m_editor = std::make_unique<SandboxEditor>();
    m_editor->production = true; // issuing asks first, answered through the Questions seam
    QVERIFY(m_editor->start());
}

void TestEditorKeyboard::cleanup()
{
    m_editor.reset();
}

QString TestEditorKeyboard::squeezed(const QString &text)
{
    QString result = text.normalized(QString::NormalizationForm_C);
    result.remove(QRegularExpression(QStringLiteral("\\s+")));
    return result;
}

QString TestEditorKeyboard::pdfText(QWidget *dialog)
{
    auto *preview = qobject_cast<PreviewDialog *>(dialog);
    if (!preview)
        return QString();
    QPdfDocument *document = preview->document();
    if (!QTest::qWaitFor([document] { return document->status() == QPdfDocument::Status::Ready; }, 5000))
        return QString();
    QString text;
    for (int page = 0; page < document->pageCount(); ++page)
        text += document->getAllText(page).text();
    return squeezed(text);
}

// Presses Tab until the named widget has the focus; fails when it takes more than maxPresses.
void TestEditorKeyboard::tabTo(const char *name, int maxPresses)
{
    for (int presses = 0; presses <= maxPresses; ++presses) {
        QVERIFY(focused());
        if (focused()->objectName() == QLatin1String(name))
            return;
        pressKey(Qt::Key_Tab);
    }
    QFAIL(qPrintable(QStringLiteral("Tab never reached %1").arg(QLatin1String(name))));
}

void TestEditorKeyboard::typeHeaderAndBuyer()
{
    auto *accounts = m_editor->child<QComboBox>("accountCombo");
    QTRY_VERIFY_WITH_TIMEOUT(accounts->findData(SandboxSeeder::ActiveAccountId) > 0, 10000);
    // The first stop of the form: the provider account (Alt+A would focus it too).
    QTRY_COMPARE(focused(), accounts); // the form opens with the keyboard on the provider account
    for (int i = 0; i < accounts->count() && accounts->currentData() != SandboxSeeder::ActiveAccountId; ++i)
        pressKey(Qt::Key_Down);
    QCOMPARE(accounts->currentData().toString(), SandboxSeeder::ActiveAccountId);
    auto *templates = m_editor->child<QComboBox>("templateCombo");
    QTRY_VERIFY_WITH_TIMEOUT(templates->count() >= 2, 10000);
    pressKey(Qt::Key_Tab);
    QCOMPARE(focused(), templates);
    QCOMPARE(m_editor->page->invoice().templateCode, QStringLiteral("1")); // the VAT template
    tabTo("notesEdit");
    typeText(QStringLiteral("Giao hàng trước Tết"));
    tabTo("buyerNameEdit");
    typeText(QStringLiteral("Công ty Cổ phần Đông Á"));
    pressKey(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("buyerLegalNameEdit"));
    pressKey(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("buyerTaxCodeEdit"));
    typeText(QStringLiteral("0100109106"));
    pressKey(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("buyerAddressEdit"));
    typeText(QStringLiteral("25 Phố Huế, Hai Bà Trưng, Hà Nội"));
    pressKey(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("buyerEmailEdit"));
    typeText(QStringLiteral("ketoan@donga.vn"));
}

void TestEditorKeyboard::typeLines()
{
    tabTo("linesTable");
    LinesTable *table = m_editor->page->linesTable();
    if (table->currentIndex().column() != LineColumns::ItemCode)
        pressKey(Qt::Key_Tab);
    QCOMPARE(table->currentIndex(), m_editor->page->linesModel()->index(0, LineColumns::ItemCode));
    // Cells from the item code to the tax rate; line 2 moves on with Enter, the others with Tab.
    const QList<QStringList> rows = {
        {QStringLiteral("SP01"), QStringLiteral("Bàn phím cơ"), QStringLiteral("cái"), QStringLiteral("2"),
            QStringLiteral("1.500.000"), QString(), QString(), QStringLiteral("10")},
        {QStringLiteral("SP02"), QStringLiteral("Chuột không dây"), QStringLiteral("con"),
            QStringLiteral("3"), QStringLiteral("250.000"), QString(), QString(), QStringLiteral("8")},
        {QStringLiteral("SP03"), QStringLiteral("Sách hướng dẫn sử dụng"), QStringLiteral("cuốn"),
            QStringLiteral("4"), QStringLiteral("125.500"), QString(), QString(), QStringLiteral("5")},
    };
    for (int row = 0; row < rows.size(); ++row) {
        for (const QString &cell : rows.at(row)) {
            if (!cell.isEmpty())
                typeText(cell);
            if (row != 1 || cell.isEmpty()) {
                pressKey(Qt::Key_Tab);
                continue;
            }
            // Enter commits through a queued call, as a real key press would let it run.
            const QPointer<QWidget> editor = focused();
            pressKey(Qt::Key_Return);
            QTRY_VERIFY(focused() && focused() != editor.data());
        }
    }
    // Moving on from the last cell opened a fourth line; Ctrl+Delete removes it again.
    QTRY_COMPARE(m_editor->page->linesModel()->rowCount(), 4);
    if (focused() != table)
        pressKey(Qt::Key_Escape);
    QCOMPARE(focused(), table);
    QCOMPARE(table->currentIndex().row(), 3);
    pressKey(Qt::Key_Delete, Qt::ControlModifier);
    QTRY_COMPARE(m_editor->page->linesModel()->rowCount(), 3);
}

void TestEditorKeyboard::checkTotals()
{
    const Invoice invoice = m_editor->page->invoice();
    QCOMPARE(invoice.buyer.name, QStringLiteral("Công ty Cổ phần Đông Á"));
    QCOMPARE(invoice.buyer.address, QStringLiteral("25 Phố Huế, Hai Bà Trưng, Hà Nội"));
    QCOMPARE(invoice.notes, QStringLiteral("Giao hàng trước Tết"));
    QCOMPARE(invoice.lines.size(), 3);
    QCOMPARE(invoice.lines.at(1).itemName, QStringLiteral("Chuột không dây"));
    QCOMPARE(invoice.lines.at(0).unitPrice, std::optional<Decimal>(Decimal::fromInteger(1500000)));
    QCOMPARE(invoice.lines.at(2).unitPrice, std::optional<Decimal>(Decimal::fromInteger(125500)));
    QCOMPARE(invoice.lines.at(0).taxRate, std::optional<TaxRate>(TaxRate::Ten));
    QCOMPARE(invoice.lines.at(1).taxRate, std::optional<TaxRate>(TaxRate::Eight));
    QCOMPARE(invoice.lines.at(2).taxRate, std::optional<TaxRate>(TaxRate::Five));
    // 5 %: 502.000 + 25.100; 8 %: 750.000 + 60.000; 10 %: 3.000.000 + 300.000.
    QStringList groups;
    for (const QLabel *label : m_editor->page->findChildren<QLabel *>(QStringLiteral("rateGroupLabel"))) {
        if (label->isVisible())
            groups.append(label->text());
    }
    QCOMPARE(groups,
        QStringList({QStringLiteral("502.000 ₫ + VAT 25.100 ₫"), QStringLiteral("750.000 ₫ + VAT 60.000 ₫"),
            QStringLiteral("3.000.000 ₫ + VAT 300.000 ₫")}));
    QCOMPARE(m_editor->child<QLabel>("totalBeforeTaxLabel")->text(), QStringLiteral("4.252.000 ₫"));
    QCOMPARE(m_editor->child<QLabel>("totalVatLabel")->text(), QStringLiteral("385.100 ₫"));
    QCOMPARE(m_editor->child<QLabel>("grandTotalLabel")->text(), QStringLiteral("4.637.100 ₫"));
    const QString words = m_editor->child<QLabel>("amountInWordsLabel")->text();
    QVERIFY2(words.contains(QStringLiteral("Bốn triệu sáu trăm ba mươi bảy nghìn một trăm đồng")),
        qPrintable(words));
    QVERIFY2(!hasErrors(m_editor->page->issues()), qPrintable(m_editor->page->issues().value(0).text()));
}

void TestEditorKeyboard::previewWithShortcut()
{
    QSignalSpy shown(m_editor->page.get(), &InvoiceEditorPage::pdfShown);
    pressKey(Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier); // Ctrl+P is Print (issue 16.12)
    QTRY_COMPARE(shown.size(), 1); // a button's shortcut clicks it after its short animation
    auto *dialog = shown.constFirst().constFirst().value<QWidget *>();
    const QString text = pdfText(dialog);
    QVERIFY2(text.contains(squeezed(QStringLiteral("BẢN XEM TRƯỚC"))), qPrintable(text.left(300)));
    QVERIFY(text.contains(squeezed(QStringLiteral("Công ty Cổ phần Đông Á"))));
    QVERIFY(text.contains(QStringLiteral("4.637.100")));
    // Escape closes the preview and the keyboard is back in the editor.
    QPointer<QWidget> guard(dialog);
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_VERIFY(focused() && (focused() == dialog || dialog->isAncestorOf(focused())));
    pressKey(Qt::Key_Escape);
    QTRY_VERIFY(!guard);
    m_editor->page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor->page.get()));
    QVERIFY(focused() && m_editor->page->isAncestorOf(focused()));
}

void TestEditorKeyboard::issueWithShortcut()
{
    m_editor->questions.answer = false; // the confirmation says "No" first: nothing is sent
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_editor->questions.asked.size(), 1);
    QCOMPARE(m_editor->page->stage(), InvoiceEditorPage::Stage::Editing);
    const Questions::Confirmation &asked = m_editor->questions.asked.last();
    QVERIFY2(asked.title.contains(QLatin1String("Demo")), qPrintable(asked.title));
    for (const QString &shown : {QStringLiteral("Công ty Cổ phần Đông Á"), QStringLiteral("0100109106"),
             QStringLiteral("4.637.100 ₫")})
        QVERIFY2(asked.text.contains(shown), qPrintable(asked.text));
    QVERIFY(
        m_editor->loggedRequests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create")).isEmpty());

    m_editor->questions.answer = true;
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_editor->questions.asked.size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_editor->page->stage(), InvoiceEditorPage::Stage::Issued, 10000);
    const QList<QJsonObject> creates
        = m_editor->loggedRequests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create"));
    QCOMPARE(creates.size(), 1);
    const QJsonObject body = creates.first().value(QStringLiteral("body")).toObject();
    QCOMPARE(body.value(QStringLiteral("is_draft")).toBool(true), false);
    QCOMPARE(body.value(QStringLiteral("items")).toArray().size(), 3);
    QCOMPARE(body.value(QStringLiteral("buyer")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("Công ty Cổ phần Đông Á"));
    const QString number = m_editor->page->invoiceNumber();
    QVERIFY(!number.isEmpty() && number != QLatin1String("0"));
    const QList<InvoiceSummary> listed = m_editor->serverInvoices().value_or(QList<InvoiceSummary>());
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().totalAmount, Decimal::fromInteger(4637100));
    QCOMPARE(listed.first().invoiceNumber, number);
}

void TestEditorKeyboard::openPdfWithShortcut()
{
    QSignalSpy shown(m_editor->page.get(), &InvoiceEditorPage::pdfShown);
    QVERIFY(focused() && m_editor->page->isAncestorOf(focused()));
    pressKey(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(shown.wait(10000));
    const QString text = pdfText(shown.constFirst().constFirst().value<QWidget *>());
    QVERIFY2(text.contains(m_editor->page->invoiceNumber()), qPrintable(text.left(300)));
    QVERIFY(text.contains(squeezed(QStringLiteral("Công ty Cổ phần Đông Á"))));
    QVERIFY(!text.contains(squeezed(QStringLiteral("BẢN XEM TRƯỚC"))));
    const QString downloadPath = QStringLiteral("/v1/invoices/") + m_editor->page->serverReferenceCode()
        + QStringLiteral("/download");
    QCOMPARE(m_editor->loggedRequests(QStringLiteral("GET"), downloadPath).size(), 1);
}

void TestEditorKeyboard::keyboardOnly_typePreviewIssueAndOpenThePdf()
{
    typeHeaderAndBuyer();
    if (QTest::currentTestFailed())
        return;
    typeLines();
    if (QTest::currentTestFailed())
        return;
    checkTotals();
    if (QTest::currentTestFailed())
        return;
    previewWithShortcut();
    if (QTest::currentTestFailed())
        return;
    issueWithShortcut();
    if (QTest::currentTestFailed())
        return;
    openPdfWithShortcut();
}

void TestEditorKeyboard::mnemonics_underlinedLettersReachFieldsAndButtons()
{
    QTRY_VERIFY(focused());
    // Form labels: "Ta&x code", "&Legal name", "N&otes", "&Reference code", "Provider &account".
    const QList<QPair<Qt::Key, QString>> fields = {{Qt::Key_X, QStringLiteral("buyerTaxCodeEdit")},
        {Qt::Key_L, QStringLiteral("buyerLegalNameEdit")}, {Qt::Key_O, QStringLiteral("notesEdit")},
        {Qt::Key_R, QStringLiteral("referenceEdit")}, {Qt::Key_A, QStringLiteral("accountCombo")}};
    for (const auto &[key, name] : fields) {
        pressKey(key, Qt::AltModifier);
        QTRY_COMPARE(focused()->objectName(), name);
    }
    // Buttons with a Ctrl shortcut keep their underlined letter: "&Preview" is Alt+P as well.
    QSignalSpy shown(m_editor->page.get(), &InvoiceEditorPage::pdfShown);
    pressKey(Qt::Key_P, Qt::AltModifier);
    QTRY_COMPARE(shown.size(), 1);
}

// A server draft shows its own Issue draft and "Edit as new draft" instead of the form's Save
// draft and Issue, and Alt+S reaches "Edit as new draft".
void TestEditorKeyboard::mnemonics_serverDraftsOwnButtonsTakeTheFormsKeys()
{
    m_editor->fillOneLineInvoice(QStringLiteral("Công ty TNHH Bình Minh"));
    if (QTest::currentTestFailed())
        return;
    m_editor->child<QPushButton>("saveDraftButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_editor->page->stage(), InvoiceEditorPage::Stage::ServerDraft, 10000);
    QVERIFY(!m_editor->child<QPushButton>("saveDraftButton")->isVisible());
    QVERIFY(!m_editor->child<QPushButton>("issueButton")->isVisible());
    m_editor->page->activateWindow();
    QTRY_VERIFY(focused());
    const QString old = m_editor->page->serverReferenceCode();
    pressKey(Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(m_editor->page->stage(), InvoiceEditorPage::Stage::Editing);
    QVERIFY(m_editor->page->invoice().referenceCode != old);
    QVERIFY(m_editor->child<QPushButton>("saveDraftButton")->isVisible());
}

void TestEditorKeyboard::shortcuts_everyEditorActionHasOneAndDuplicateWorks()
{
    InvoiceEditorPage *page = m_editor->page.get();
    for (const char *name : {"duplicateButton", "localDraftsButton", "catalogueButton", "previewButton",
             "saveDraftButton", "issueButton", "issueDraftButton", "deleteDraftButton", "openPdfButton"}) {
        auto *button = page->findChild<QAbstractButton *>(QLatin1String(name));
        QVERIFY2(button, name);
        const QList<QAction *> actions = button->actions();
        QVERIFY2(std::any_of(actions.cbegin(), actions.cend(),
                     [](const QAction *action) { return !action->shortcut().isEmpty(); }),
            name);
        QVERIFY2(!button->toolTip().isEmpty(), name); // the tooltip names the shortcut
    }
    QTRY_VERIFY(focused());
    const QString reference = page->invoice().referenceCode;
    auto *buyerName = page->findChild<QLineEdit *>(QStringLiteral("buyerNameEdit"));
    buyerName->setFocus();
    QTRY_COMPARE(focused(), buyerName);
    typeText(QStringLiteral("Bản sao"));
    pressKey(Qt::Key_Return); // Enter moves on, as Tab does
    QTRY_COMPARE(focused()->objectName(), QStringLiteral("buyerLegalNameEdit"));
    pressKey(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(page->invoice().referenceCode != reference);
    QCOMPARE(page->invoice().buyer.name, QStringLiteral("Bản sao"));
}

// A use pass pressed Alt+Down in the VAT rate drop-down to open its list, and the line moved down.
void TestEditorKeyboard::altDown_opensAnEditedDropDownAndMovesALineOtherwise()
{
    InvoiceLinesModel *model = m_editor->page->linesModel();
    LinesTable *table = m_editor->page->linesTable();
    model->setData(model->index(0, LineColumns::ItemName), QStringLiteral("Bàn phím cơ"));
    model->setData(model->index(model->appendLine(), LineColumns::ItemName), QStringLiteral("Chuột"));
    table->setFocus();
    table->setCurrentIndex(model->index(0, LineColumns::TaxRate));
    table->edit(table->currentIndex());
    QTRY_VERIFY(qobject_cast<QComboBox *>(focused()));
    const QPointer<QComboBox> combo = qobject_cast<QComboBox *>(focused());
    pressKey(Qt::Key_Down, Qt::AltModifier);
    QTRY_VERIFY(combo && combo->view()->isVisible()); // moving the line closed the drop-down
    QCOMPARE(model->line(0).itemName, QStringLiteral("Bàn phím cơ"));
    QTest::keyClick(combo->view(), Qt::Key_Escape);
    QTRY_VERIFY(!combo->view()->isVisible());
    pressKey(Qt::Key_Escape);
    QTRY_COMPARE(focused(), table);
    pressKey(Qt::Key_Down, Qt::AltModifier);
    QTRY_COMPARE(model->line(1).itemName, QStringLiteral("Bàn phím cơ"));
}

QTEST_MAIN(TestEditorKeyboard)
#include "tst_editorkeyboard.moc"
