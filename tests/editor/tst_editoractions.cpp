#include "editorsandboxfixture.h"
#include "ui/common/pdfviewer.h"
#include "ui/editor/previewdialog.h"

#include <QAction>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QTest>

#include <algorithm>

using namespace einvoice;
using namespace einvoice::editortest;

// The editor's server actions and PDFs against the real local sandbox server: preview, delete a
// server draft, open the issued PDF, and a job the provider refuses then sent again.
class TestEditorActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void preview_showsALocalPdfMarkedAsPreview();
    void preview_fitsTheScreenPrintsAndSaves();
    void previewOpenWhileIssuing_showsTheIssuedInvoice();
    void deleteServerDraft_asksFirstThenTheDraftIsGone();
    void editServerDraft_newDraftFirstThenTheOldOneGoes();
    void editServerDraft_deleteFails_bothDraftsStay();
    void editServerDraftThenIssue_statusNamesSeriesAndNumber();
    void openPdf_afterIssuingDownloadsAndShowsTheInvoice();
    void failedJob_showsTheServerMessageAndTheResendMakesOneInvoice();

private:
    static QString pdfText(PreviewDialog *dialog);
    static QString squeezed(const QString &text);
    PreviewDialog *shownDialog(QSignalSpy &spy);
    QString savedServerDraft();
    QPushButton *button(const char *name) const { return m_editor->child<QPushButton>(name); }

    std::unique_ptr<SandboxEditor> m_editor;
};

void TestEditorActions::init()
{
    m_editor = std::make_unique<SandboxEditor>();
    QVERIFY(m_editor->start());
}

void TestEditorActions::cleanup()
{
    m_editor.reset();
}

QString TestEditorActions::squeezed(const QString &text)
{
    QString result = text.normalized(QString::NormalizationForm_C);
    result.remove(QRegularExpression(QStringLiteral("\\s+")));
    return result;
}

// All text of the PDF the dialog shows, once its document has loaded.
QString TestEditorActions::pdfText(PreviewDialog *dialog)
{
    QPdfDocument *document = dialog->document();
    if (!QTest::qWaitFor([document] { return document->status() == QPdfDocument::Status::Ready; }, 5000))
        return QString();
    QString text;
    for (int page = 0; page < document->pageCount(); ++page)
        text += document->getAllText(page).text() + QLatin1Char('\n');
    return text;
}

PreviewDialog *TestEditorActions::shownDialog(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(10000))
        return nullptr;
    return qobject_cast<PreviewDialog *>(spy.constFirst().constFirst().value<QWidget *>());
}

void TestEditorActions::preview_showsALocalPdfMarkedAsPreview()
{
    m_editor->fillOneLineInvoice(QStringLiteral("Công ty TNHH Bình Minh"));
    if (QTest::currentTestFailed())
        return;
    const int requestsBefore = int(m_editor->admin(QStringLiteral("/_sandbox/requests"))
                                       .value(QStringLiteral("requests"))
                                       .toArray()
                                       .size());
    QSignalSpy shown(m_editor->page.get(), &InvoiceEditorPage::pdfShown);
    button("previewButton")->click();
    PreviewDialog *dialog = shownDialog(shown);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->document()->status(), QPdfDocument::Status::Ready);
    QVERIFY(dialog->document()->pageCount() >= 1);
    const QString text = squeezed(pdfText(dialog));
    QVERIFY2(text.contains(squeezed(QStringLiteral("BẢN XEM TRƯỚC"))), qPrintable(text.left(400)));
    QVERIFY(text.contains(squeezed(QStringLiteral("Công ty TNHH Bình Minh"))));
    QVERIFY(text.contains(QStringLiteral("0100109106")));
    QVERIFY(text.contains(QStringLiteral("3.300.000"))); // 2 x 1.500.000 + 10 % VAT
    // A preview is local: nothing went to the server and the form is still being edited.
    QCOMPARE(int(m_editor->admin(QStringLiteral("/_sandbox/requests"))
                     .value(QStringLiteral("requests"))
                     .toArray()
                     .size()),
        requestsBefore);
    QCOMPARE(m_editor->page->stage(), InvoiceEditorPage::Stage::Editing);
}

// Issue 17: a server draft cannot be changed, so saving an edited one creates the new draft and
// deletes the old one only after.
// A one-line invoice saved as a server draft; its reference code (empty on failure).
QString TestEditorActions::savedServerDraft()
{
    m_editor->fillOneLineInvoice(QStringLiteral("Công ty TNHH Bình Minh"));
    button("saveDraftButton")->click();
    if (!QTest::qWaitFor(
            [this] { return m_editor->page->stage() == InvoiceEditorPage::Stage::ServerDraft; }, 10000))
        return QString();
    return m_editor->page->serverReferenceCode();
}

void TestEditorActions::editServerDraft_newDraftFirstThenTheOldOneGoes()
{
    const QString old = savedServerDraft();
    QVERIFY(!old.isEmpty());
    QVERIFY(button("editDraftButton")->isVisible());
    QTest::keyClick(m_editor->page.get(), Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(m_editor->page->stage(), InvoiceEditorPage::Stage::Editing);
    QVERIFY(m_editor->page->invoice().referenceCode != old);
    auto *name = m_editor->page->findChild<QLineEdit *>(QStringLiteral("buyerNameEdit"));
    name->setFocus();
    name->end(false);
    QInputMethodEvent typed; // how an input method types Vietnamese
    typed.setCommitString(QStringLiteral(" Mới"));
    QCoreApplication::sendEvent(name, &typed);
    const Invoice edited = m_editor->page->invoice();
    QCOMPARE(edited.buyer.name, QStringLiteral("Công ty TNHH Bình Minh Mới"));
    button("saveDraftButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_editor->countOnServer(old), 0, 10000);
    const QString successor = m_editor->page->serverReferenceCode();
    QCOMPARE(successor, edited.referenceCode);
    QCOMPARE(m_editor->countOnServer(successor), 1);
    QCOMPARE(m_editor->page->stage(), InvoiceEditorPage::Stage::ServerDraft);
    // The new draft was there before the old one was deleted.
    const QJsonArray requests
        = m_editor->admin(QStringLiteral("/_sandbox/requests")).value(QStringLiteral("requests")).toArray();
    int createdAt = -1;
    int deletedAt = -1;
    for (int i = 0; i < requests.size(); ++i) {
        const QJsonObject request = requests.at(i).toObject();
        const QString path = request.value(QStringLiteral("path")).toString();
        if (path == QStringLiteral("/v1/invoices/create")
            && request.value(QStringLiteral("body"))
                    .toObject()
                    .value(QStringLiteral("reference_code"))
                    .toString()
                == successor)
            createdAt = i;
        if (path == QStringLiteral("/v1/invoices/delete/") + old)
            deletedAt = i;
    }
    QVERIFY(createdAt >= 0 && deletedAt > createdAt);
}

void TestEditorActions::editServerDraft_deleteFails_bothDraftsStay()
{
    const QString old = savedServerDraft();
    QVERIFY(!old.isEmpty());
    m_editor->page->editServerDraft();
    const QString successor = m_editor->page->invoice().referenceCode;
    // The delete of the old draft fails (as if the app died between the two): two drafts, never none.
    m_editor->admin(QStringLiteral("/_sandbox/faults"),
        QJsonObject {{QStringLiteral("error_next"), 20},
            {QStringLiteral("next_path"), QStringLiteral("/v1/invoices/delete")}});
    button("saveDraftButton")->click();
    auto *status = m_editor->page->findChild<QLabel *>(QStringLiteral("progressLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("not deleted")), 15000);
    QVERIFY2(
        !status->text().contains(old) && !status->text().contains(successor), qPrintable(status->text()));
    QCOMPARE(m_editor->page->serverReferenceCode(), successor);
    QCOMPARE(m_editor->countOnServer(successor), 1);
    QCOMPARE(m_editor->countOnServer(old), 1);
    QCOMPARE(m_editor->page->stage(), InvoiceEditorPage::Stage::ServerDraft);
}

// An edited server draft issued through the outbox: the old draft goes, and the last word is
// what happened legally (issued, in which series, under which number), never a reference code.
void TestEditorActions::editServerDraftThenIssue_statusNamesSeriesAndNumber()
{
    m_editor = std::make_unique<SandboxEditor>();
    m_editor->withOutbox = true;
    QVERIFY(m_editor->start());
    const QString old = savedServerDraft();
    QVERIFY(!old.isEmpty());
    button("editDraftButton")->click();
    QCOMPARE(m_editor->page->stage(), InvoiceEditorPage::Stage::Editing);
    const Invoice edited = m_editor->page->invoice();
    QVERIFY(!edited.invoiceSeries.isEmpty());
    QSignalSpy finished(m_editor->actions.get(), &InvoiceActions::actionFinished);
    button("issueButton")->click();
    // The page is connected before the spy: once the delete's answer is here, the page has shown it.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(finished.cbegin(), finished.cend(),
                                 [](const QList<QVariant> &arguments) {
                                     return arguments.constFirst().value<InvoiceActions::Result>().action
                                         == InvoiceActions::Action::DeleteDraft;
                                 }),
        15000);
    QCOMPARE(m_editor->page->stage(), InvoiceEditorPage::Stage::Issued);
    QCOMPARE(m_editor->countOnServer(old), 0);
    const QString number = m_editor->page->invoiceNumber();
    QVERIFY(!number.isEmpty() && number != QLatin1String("0"));
    const QString status = m_editor->child<QLabel>("progressLabel")->text();
    QVERIFY2(status.startsWith(QStringLiteral("Issued %1 no. %2.").arg(edited.invoiceSeries, number)),
        qPrintable(status));
    QVERIFY2(!status.contains(old) && !status.contains(edited.referenceCode), qPrintable(status));
}

// Issue 16.11: the window fits the screen it opens on (its Close button stays on screen), prints
// (through the Questions seam, into a PDF read back) and saves a copy.
void TestEditorActions::preview_fitsTheScreenPrintsAndSaves()
{
    m_editor->fillOneLineInvoice(QStringLiteral("Công ty TNHH Bình Minh"));
    if (QTest::currentTestFailed())
        return;
    QSignalSpy shown(m_editor->page.get(), &InvoiceEditorPage::pdfShown);
    button("previewButton")->click();
    PreviewDialog *dialog = shownDialog(shown);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QRect available = dialog->screen()->availableGeometry();
    QVERIFY2(dialog->height() <= available.height() * 9 / 10 && dialog->width() <= available.width() * 9 / 10,
        qPrintable(QStringLiteral("%1x%2 on %3x%4")
                       .arg(dialog->width())
                       .arg(dialog->height())
                       .arg(available.width())
                       .arg(available.height())));
    QVERIFY(!pdfText(dialog).isEmpty());

    m_editor->questions.printFile = m_editor->dir.filePath(QStringLiteral("printed.pdf"));
    QVERIFY(dialog->viewer()->print());
    QPdfDocument printed;
    QCOMPARE(printed.load(m_editor->questions.printFile), QPdfDocument::Error::None);
    QCOMPARE(printed.pageCount(), dialog->document()->pageCount());

    m_editor->questions.savePath = m_editor->dir.filePath(QStringLiteral("saved.pdf"));
    dialog->findChild<QAction *>(QStringLiteral("pdfSaveAs"))->trigger();
    QPdfDocument saved;
    QCOMPARE(saved.load(m_editor->questions.savePath), QPdfDocument::Error::None);
    QVERIFY(
        squeezed(saved.getAllText(0).text()).contains(squeezed(QStringLiteral("Công ty TNHH Bình Minh"))));
    QVERIFY(m_editor->questions.fileChoices.constLast().path.endsWith(QLatin1String(".pdf")));
}

// Issue 16.11: a preview left open while the invoice is issued does not go on saying "no number
// yet": the same window shows the issued invoice with its number, without the preview mark.
void TestEditorActions::previewOpenWhileIssuing_showsTheIssuedInvoice()
{
    m_editor->fillOneLineInvoice(QStringLiteral("Công ty TNHH Bình Minh"));
    if (QTest::currentTestFailed())
        return;
    QSignalSpy shown(m_editor->page.get(), &InvoiceEditorPage::pdfShown);
    button("previewButton")->click();
    const QPointer<PreviewDialog> dialog = shownDialog(shown);
    QVERIFY(dialog);
    QVERIFY(squeezed(pdfText(dialog)).contains(squeezed(QStringLiteral("(chưa cấp số)"))));

    button("issueButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_editor->page->stage(), InvoiceEditorPage::Stage::Issued, 10000);
    const QString number = m_editor->page->invoiceNumber();
    QVERIFY(!number.isEmpty());
    QVERIFY(dialog);
    QTRY_COMPARE(shown.size(), 2);
    QCOMPARE(shown.constLast().constFirst().value<QWidget *>(), dialog.data()); // the same window
    const QString text = squeezed(pdfText(dialog));
    QVERIFY2(!text.contains(squeezed(QStringLiteral("(chưa cấp số)"))), qPrintable(text.left(400)));
    QVERIFY(!text.contains(squeezed(QStringLiteral("BẢN XEM TRƯỚC"))));
    QVERIFY(text.contains(number));
}

void TestEditorActions::deleteServerDraft_asksFirstThenTheDraftIsGone()
{
    m_editor->fillOneLineInvoice(QStringLiteral("Công ty TNHH Bình Minh"));
    if (QTest::currentTestFailed())
        return;
    button("saveDraftButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_editor->page->stage(), InvoiceEditorPage::Stage::ServerDraft, 10000);
    const QString reference = m_editor->page->serverReferenceCode();
    QVERIFY(!reference.isEmpty());
    QCOMPARE(m_editor->countOnServer(reference), 1);
    QVERIFY(button("deleteDraftButton")->isVisible());
    const QString deletePath = QStringLiteral("/v1/invoices/delete/") + reference;

    m_editor->questions.answer = false; // "No": nothing is sent
    button("deleteDraftButton")->click();
    QCOMPARE(m_editor->questions.asked.size(), 1);
    QCOMPARE(m_editor->page->stage(), InvoiceEditorPage::Stage::ServerDraft);
    QCOMPARE(m_editor->countOnServer(reference), 1);

    m_editor->questions.answer = true;
    button("deleteDraftButton")->click();
    QCOMPARE(m_editor->questions.asked.size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_editor->page->stage(), InvoiceEditorPage::Stage::Editing, 10000);
    const int deletes = int(m_editor->loggedRequests(QStringLiteral("POST"), deletePath).size()
        + m_editor->loggedRequests(QStringLiteral("DELETE"), deletePath).size()
        + m_editor->loggedRequests(QStringLiteral("DELETE"), QStringLiteral("/v1/invoices/") + reference)
              .size());
    QCOMPARE(deletes, 1);
    QCOMPARE(m_editor->countOnServer(reference), 0);
    // The content stays for another attempt, under a new reference code.
    QCOMPARE(m_editor->page->invoice().buyer.name, QStringLiteral("Công ty TNHH Bình Minh"));
    QVERIFY(m_editor->page->invoice().referenceCode != reference);
    QVERIFY(m_editor->page->serverReferenceCode().isEmpty());
    const QString status = m_editor->child<QLabel>("progressLabel")->text();
    QVERIFY2(status.contains(QLatin1String("deleted")) && !status.contains(reference), qPrintable(status));
    QVERIFY(!m_editor->questions.asked.constLast().text.contains(reference)); // the question names the buyer
    QVERIFY(!button("deleteDraftButton")->isVisible());
}

void TestEditorActions::openPdf_afterIssuingDownloadsAndShowsTheInvoice()
{
    m_editor->fillOneLineInvoice(QStringLiteral("Công ty TNHH Bình Minh"));
    if (QTest::currentTestFailed())
        return;
    button("issueButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_editor->page->stage(), InvoiceEditorPage::Stage::Issued, 10000);
    const QString reference = m_editor->page->serverReferenceCode();
    const QString number = m_editor->page->invoiceNumber();
    QVERIFY(!number.isEmpty() && number != QLatin1String("0"));
    QVERIFY(button("openPdfButton")->isVisible());

    QSignalSpy shown(m_editor->page.get(), &InvoiceEditorPage::pdfShown);
    button("openPdfButton")->click();
    PreviewDialog *dialog = shownDialog(shown);
    QVERIFY(dialog);
    QCOMPARE(shown.size(), 1);
    QVERIFY(dialog->windowTitle().contains(number));
    const QString text = squeezed(pdfText(dialog));
    QVERIFY2(text.contains(squeezed(QStringLiteral("Công ty TNHH Bình Minh"))), qPrintable(text.left(400)));
    QVERIFY(text.contains(number));
    QVERIFY(!text.contains(squeezed(QStringLiteral("BẢN XEM TRƯỚC"))));
    QVERIFY(!text.contains(squeezed(QStringLiteral("BẢN NHÁP"))));
    const QString downloadPath = QStringLiteral("/v1/invoices/") + reference + QStringLiteral("/download");
    QCOMPARE(m_editor->loggedRequests(QStringLiteral("GET"), downloadPath).size(), 1);
    QCOMPARE(m_editor->page->stage(), InvoiceEditorPage::Stage::Issued);
    // Issue 16.7: no "Downloading the PDF…" once the PDF is shown.
    QCOMPARE(m_editor->child<QLabel>("progressLabel")->text(), QString());
}

void TestEditorActions::failedJob_showsTheServerMessageAndTheResendMakesOneInvoice()
{
    m_editor->fillOneLineInvoice(QStringLiteral("Công ty TNHH Bình Minh"));
    if (QTest::currentTestFailed())
        return;
    const QJsonObject failing = m_editor->admin(
        QStringLiteral("/_sandbox/faults"), QJsonObject {{QStringLiteral("fail_jobs"), true}});
    QCOMPARE(failing.value(QStringLiteral("fail_jobs")).toBool(), true);
    const QString reference = m_editor->page->invoice().referenceCode;
    QSignalSpy ended(m_editor->page.get(), &InvoiceEditorPage::jobEnded);
    button("issueButton")->click();
    QVERIFY(ended.wait(10000));
    QCOMPARE(ended.constFirst().at(0).toBool(), false);
    const QString serverMessage
        = QStringLiteral("Nhà cung cấp từ chối hóa đơn: thông tin người mua không hợp lệ.");
    QCOMPARE(ended.constFirst().at(2).toString(), serverMessage);
    QVERIFY(m_editor->child<QLabel>("progressLabel")->text().contains(serverMessage));
    QCOMPARE(m_editor->page->stage(), InvoiceEditorPage::Stage::Editing);
    QCOMPARE(m_editor->countOnServer(reference), 0);

    // The user fixes the buyer and sends again; the provider accepts this time.
    m_editor->admin(QStringLiteral("/_sandbox/faults"), QJsonObject {{QStringLiteral("fail_jobs"), false}});
    auto *address = m_editor->child<QLineEdit>("buyerAddressEdit");
    address->setFocus();
    QTRY_VERIFY(address->hasFocus());
    pressKey(Qt::Key_A, Qt::ControlModifier);
    typeText(QStringLiteral("45 Hai Bà Trưng, Hoàn Kiếm, Hà Nội"));
    QCOMPARE(m_editor->page->invoice().referenceCode, reference);
    button("issueButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 2, 10000);
    QCOMPARE(ended.at(1).at(0).toBool(), true);
    QCOMPARE(m_editor->page->stage(), InvoiceEditorPage::Stage::Issued);
    QCOMPARE(m_editor->page->serverReferenceCode(), reference);
    QCOMPARE(m_editor->countOnServer(reference), 1);
    const QList<InvoiceSummary> listed = m_editor->serverInvoices().value_or(QList<InvoiceSummary>());
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().buyer.address, QStringLiteral("45 Hai Bà Trưng, Hoàn Kiếm, Hà Nội"));
    QCOMPARE(listed.first().invoiceNumber, m_editor->page->invoiceNumber());
}

QTEST_MAIN(TestEditorActions)
#include "tst_editoractions.moc"
