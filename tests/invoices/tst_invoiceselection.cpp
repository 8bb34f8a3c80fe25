// The invoice list as a workplace (issue 17): the actions on selected invoices over the loopback
// sandbox server, a real SQLite store and outbox, and scripted dialogs.
#include "../api/sandboxfixture.h"
#include "api/createinvoiceoperation.h"
#include "api/downloadjob.h"
#include "api/invoicedetailjob.h"
#include "api/sepayclient.h"
#include "editor/editoroutbox.h"
#include "editor/sepayinvoiceactions.h"
#include "invoices/draftselectionrun.h"
#include "invoices/invoicelistmodel.h"
#include "invoices/invoicesyncengine.h"
#include "store/localstore.h"
#include "store/outboxrepository.h"
#include "support/scriptedquestions.h"
#include "ui/invoices/invoiceselectionactions.h"
#include "ui/invoices/invoicespage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPdfDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace einvoice;
using einvoice::test::ScriptedQuestions;
using Id = InvoiceSelectionActions::Id;

Q_DECLARE_METATYPE(QList<einvoice::InvoiceActions::Result>)
Q_DECLARE_METATYPE(einvoice::InvoiceActions::Result)

class TestInvoiceSelection : public QObject
{
    Q_OBJECT

private:
    const QString m_environment = QStringLiteral("sandbox-test");
    std::unique_ptr<test::SandboxFixture> m_sandbox;
    std::unique_ptr<SepayClient> m_client;
    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<DraftSelectionRun> m_run;
    ScriptedQuestions m_dialogs;
    std::unique_ptr<InvoicesPage> m_page;
    std::optional<qint64> m_quota;

    QTableView *table() const { return m_page->findChild<QTableView *>(QStringLiteral("invoiceTable")); }
    QAction *action(Id id) const { return m_page->selectionActions()->action(id); }

    QString createOnServer(bool draft)
    {
        Invoice invoice = test::sampleInvoice(CreateInvoiceOperation::newReferenceCode());
        invoice.isDraft = draft;
        InvoiceOperation *operation = m_client->createInvoice(invoice, true);
        bool ok = false;
        if (!test::finish(
                operation, [operation, &ok] { ok = operation->succeeded() && !operation->jobFailed(); }))
            return QString();
        return ok ? invoice.referenceCode : QString();
    }

    QStringList createDrafts(int count)
    {
        QStringList references;
        for (int i = 0; i < count; ++i)
            references.append(createOnServer(true));
        return references;
    }

    bool refreshed()
    {
        QSignalSpy done(m_page->syncEngine(), &InvoiceSyncEngine::finished);
        if (!m_page->refresh() && !done.wait(20000))
            return false;
        return done.count() > 0 || done.wait(20000);
    }

    void select(const QStringList &references)
    {
        table()->clearSelection();
        QItemSelection selection;
        for (int row = 0; row < m_page->model()->rowCount(); ++row) {
            if (references.contains(m_page->model()->referenceCodeAt(row)))
                selection.select(m_page->model()->index(row, 0), m_page->model()->index(row, 0));
        }
        table()->selectionModel()->select(
            selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table()->setFocus();
    }

    int postsTo(const QString &path, const QString &reference)
    {
        int count = 0;
        for (const QJsonValue &post : m_sandbox->requests(QStringLiteral("POST"), path)) {
            const QJsonObject object = post.toObject();
            const QString body = object.value(QLatin1String("body"))
                                     .toObject()
                                     .value(QLatin1String("reference_code"))
                                     .toString();
            if (body == reference || object.value(QLatin1String("path")).toString().endsWith(reference))
                ++count;
        }
        return count;
    }

    InvoiceStatus statusOnServer(const QString &reference, bool *found)
    {
        InvoiceDetailJob *job = m_client->invoice(reference);
        InvoiceStatus status = InvoiceStatus::Draft;
        *found = false;
        test::finish(job, [job, &status, found] {
            *found = job->succeeded();
            status = job->invoice().summary.status;
        });
        return status;
    }

    QStringList issuedReferences(int count)
    {
        QStringList references;
        for (int row = 0; row < m_page->model()->rowCount() && references.size() < count; ++row) {
            const QString reference = m_page->model()->referenceCodeAt(row);
            if (m_page->model()->invoice(reference)->status == InvoiceStatus::Issued)
                references.append(reference);
        }
        return references;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QList<InvoiceActions::Result>>();
        qRegisterMetaType<InvoiceActions::Result>();
        m_sandbox = std::make_unique<test::SandboxFixture>();
        m_client = m_sandbox->client();
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("app.sqlite"))).ok());
        m_run = std::make_unique<DraftSelectionRun>(m_client.get(), &m_store->outbox(), m_environment);
        m_run->setFollowUp(20, 8);
        m_dialogs.answer = true;
        m_dialogs.printFile = m_dir.filePath(QStringLiteral("printed.pdf"));
        InvoicesPageServices services;
        services.cache = &m_store->invoices();
        services.files = &m_store->files();
        services.questions = &m_dialogs;
        m_page = std::make_unique<InvoicesPage>(services);
        new QAbstractItemModelTester(
            m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
        m_page->resize(1280, 760);
        m_page->setEnvironment(m_environment, m_client.get());
        InvoiceListWork work;
        work.drafts = m_run.get();
        work.environmentName = QStringLiteral("Production");
        work.production = true;
        work.quotaRemaining = [this] {
            return m_quota;
        };
        m_page->setWork(work);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        for (int i = 0; i < 4; ++i)
            QVERIFY(!createOnServer(false).isEmpty());
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_run.reset();
        m_store.reset();
    }

    void init()
    {
        m_dialogs.asked.clear();
        m_dialogs.warned.clear();
        m_dialogs.informed.clear();
        m_dialogs.answer = true;
        m_quota.reset();
    }

    void nothingSelected_everyActionOffAndSaysWhy()
    {
        QVERIFY(refreshed());
        table()->clearSelection();
        for (Id id : {Id::Open, Id::IssueDrafts, Id::DeleteDrafts, Id::Print, Id::CopyReference}) {
            QVERIFY(!action(id)->isEnabled());
            QCOMPARE(
                action(id)->toolTip(), InvoiceSelectionActions::tr("Select one or more invoices first."));
        }
    }

    void issueFiveDrafts_oneConfirmationEachIssuedExactlyOnce()
    {
        const QStringList drafts = createDrafts(5);
        QVERIFY(!drafts.contains(QString()));
        QVERIFY(refreshed());
        select(drafts);
        QCOMPARE(m_page->selectedReferences().size(), 5);
        QVERIFY(action(Id::IssueDrafts)->isEnabled());
        QSignalSpy finished(m_page.get(), &InvoicesPage::draftRunFinished);
        QTest::keyClick(table(), Qt::Key_Return, Qt::ControlModifier); // the keyboard shortcut
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_dialogs.asked.size(), 1);
        const QString question = m_dialogs.asked.first().text;
        QVERIFY2(question.contains(QStringLiteral("5")) && question.contains(QStringLiteral("Production"))
                && question.contains(QStringLiteral("1.650.000")),
            qPrintable(question)); // 5 x 330 000 with VAT
        const auto results = finished.first().first().value<QList<InvoiceActions::Result>>();
        QCOMPARE(results.size(), 5);
        for (const InvoiceActions::Result &result : results) {
            QVERIFY2(result.ok, qPrintable(result.message));
            QCOMPARE(postsTo(QStringLiteral("/v1/invoices/issue"), result.referenceCode), 1);
            bool found = false;
            QCOMPARE(statusOnServer(result.referenceCode, &found), InvoiceStatus::Issued);
            QVERIFY(found);
        }
        QCOMPARE(m_dialogs.informed.size(), 1); // a result per invoice, in one message
        for (const QString &reference : drafts)
            QVERIFY(m_dialogs.informed.first().contains(reference));
    }

    void issue_quotaTooSmall_warnsAndSendsNothing()
    {
        const QStringList drafts = createDrafts(3);
        QVERIFY(refreshed());
        select(drafts);
        m_quota = 2;
        const int before
            = int(m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/issue")).size());
        action(Id::IssueDrafts)->trigger();
        QCOMPARE(m_dialogs.warned.size(), 1);
        QVERIFY(m_dialogs.asked.isEmpty());
        QVERIFY(!m_run->isRunning());
        QCOMPARE(
            int(m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/issue")).size()),
            before);
    }

    void mixedSelection_draftActionsOffWithTheReason()
    {
        QVERIFY(refreshed());
        QStringList chosen = issuedReferences(1);
        QCOMPARE(chosen.size(), 1);
        for (int row = 0; row < m_page->model()->rowCount(); ++row) {
            const QString reference = m_page->model()->referenceCodeAt(row);
            if (m_page->model()->invoice(reference)->status == InvoiceStatus::Draft) {
                chosen.append(reference);
                break;
            }
        }
        select(chosen);
        QVERIFY(!action(Id::IssueDrafts)->isEnabled());
        QVERIFY(!action(Id::DeleteDrafts)->isEnabled());
        QVERIFY(action(Id::IssueDrafts)->toolTip().contains(QStringLiteral("1")));
        QVERIFY(!action(Id::Open)->isEnabled()); // two rows
        QVERIFY(action(Id::Print)->isEnabled());
        QVERIFY(!action(Id::CopyNumber)->isEnabled());
        QVERIFY(action(Id::CopyReference)->isEnabled());
    }

    void deleteTwoDrafts_goneFromServerAndList()
    {
        const QStringList drafts = createDrafts(2);
        QVERIFY(refreshed());
        select(drafts);
        QSignalSpy finished(m_page.get(), &InvoicesPage::draftRunFinished);
        QTest::keyClick(table(), Qt::Key_Delete);
        QVERIFY(finished.wait(20000));
        QCOMPARE(m_dialogs.asked.size(), 1);
        for (const QString &reference : drafts) {
            QCOMPARE(postsTo(QStringLiteral("/v1/invoices/delete/"), reference), 1);
            bool found = true;
            statusOnServer(reference, &found);
            QVERIFY(!found);
            QCOMPARE(m_page->model()->rowOf(reference), -1);
        }
    }

    void deleteDrafts_cancelled_sendsNothing()
    {
        const QStringList drafts = createDrafts(1);
        QVERIFY(refreshed());
        select(drafts);
        m_dialogs.answer = false;
        action(Id::DeleteDrafts)->trigger();
        QVERIFY(!m_run->isRunning());
        QCOMPARE(postsTo(QStringLiteral("/v1/invoices/delete/"), drafts.first()), 0);
    }

    void openDraft_handsTheServerDraftToTheEditor()
    {
        const QStringList drafts = createDrafts(1);
        QVERIFY(refreshed());
        select(drafts);
        QSignalSpy opened(m_page.get(), &InvoicesPage::openDraftRequested);
        QTest::keyClick(table(), Qt::Key_Return);
        QVERIFY(opened.wait(10000));
        const auto draft = opened.first().first().value<Invoice>();
        QCOMPARE(draft.referenceCode, drafts.first());
        QCOMPARE(draft.buyer.name, QStringLiteral("Công ty Mẫu"));
        QCOMPARE(draft.lines.size(), 1);
        QCOMPARE(draft.lines.first().quantity, Decimal::fromInteger(2));
        QCOMPARE(draft.lines.first().unitPrice, Decimal::fromInteger(150000));
        QCOMPARE(draft.lines.first().taxRate, TaxRate::Ten);
        QCOMPARE(draft.invoiceSeries, QStringLiteral("C26TAA"));
        // Inferred from the one account template with that series.
        QCOMPARE(draft.providerAccountId, test::sampleInvoice().providerAccountId);
        QCOMPARE(draft.templateCode, QStringLiteral("1"));
    }

    void copyIssuedInvoice_buyerAndLinesUnderANewReference()
    {
        QVERIFY(refreshed());
        const QStringList issued = issuedReferences(1);
        select(issued);
        QSignalSpy copied(m_page.get(), &InvoicesPage::copyRequested);
        QTest::keyClick(table(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(copied.wait(10000));
        const auto copy = copied.first().first().value<Invoice>();
        QVERIFY(!copy.referenceCode.isEmpty());
        QVERIFY(copy.referenceCode != issued.first());
        QVERIFY(copy.isDraft);
        QCOMPARE(copy.buyer.taxCode, QStringLiteral("0312456782"));
        QCOMPARE(copy.lines.size(), 1);
    }

    void printThree_oneJobWithEveryPage()
    {
        QVERIFY(refreshed());
        const QStringList chosen = issuedReferences(3);
        QCOMPARE(chosen.size(), 3);
        select(chosen);
        QFile::remove(m_dialogs.printFile);
        const int previews = m_dialogs.previews;
        QSignalSpy printed(m_page.get(), &InvoicesPage::printFinished);
        QTest::keyClick(table(), Qt::Key_P, Qt::ControlModifier);
        QVERIFY(printed.wait(20000));
        QCOMPARE(printed.first().first().toBool(), true);
        QCOMPARE(m_dialogs.previews, previews + 1); // one preview, one job
        int expectedPages = 0;
        for (const QString &reference : chosen) {
            DownloadJob *job = m_client->download(reference, FileType::Pdf);
            QByteArray content;
            QVERIFY(test::finish(job, [job, &content] { content = job->file().content; }));
            QFile single(m_dir.filePath(reference + QStringLiteral(".pdf")));
            QVERIFY(single.open(QIODevice::WriteOnly));
            single.write(content);
            single.close();
            QPdfDocument document;
            QCOMPARE(document.load(single.fileName()), QPdfDocument::Error::None);
            expectedPages += document.pageCount();
        }
        QPdfDocument job;
        QCOMPARE(job.load(m_dialogs.printFile), QPdfDocument::Error::None);
        QCOMPARE(job.pageCount(), expectedPages);
        QVERIFY(expectedPages >= 3);
    }

    void saveXmlZip_readBackByAnotherReader()
    {
        QVERIFY(refreshed());
        const QStringList chosen = issuedReferences(3);
        select(chosen);
        m_dialogs.savePath = m_dir.filePath(QStringLiteral("hoá đơn.zip"));
        QSignalSpy saved(m_page.get(), &InvoicesPage::zipSaved);
        action(Id::SaveXmlZip)->trigger();
        QVERIFY(saved.wait(20000));
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
                QStringLiteral(
                    "import sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\n"
                    "for n in z.namelist(): print(n, z.read(n)[:5].decode('latin-1'))"),
                m_dialogs.savePath});
        QVERIFY(python.waitForFinished(20000));
        QCOMPARE(python.exitCode(), 0);
        const QStringList lines
            = QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        for (const QString &line : lines)
            QVERIFY2(line.contains(QStringLiteral(".xml <?xml")), qPrintable(line));
    }

    void copyReferences_toTheClipboardInListOrder()
    {
        QVERIFY(refreshed());
        const QStringList chosen = issuedReferences(2);
        select(chosen);
        QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(), m_page->selectedReferences().join(QLatin1Char('\n')));
        QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
        QVERIFY(!QApplication::clipboard()->text().contains(chosen.first()));
        QVERIFY(!QApplication::clipboard()->text().isEmpty());
    }

    void addActionGroup_joinsMenuAndToolbarAndFollowsItsRule()
    {
        auto *replace = new QAction(QStringLiteral("Replace…"), m_page.get());
        m_page->selectionActions()->addActionGroup({replace}, [](const SelectionFacts &facts) {
            return facts.count == 1 && facts.issued == 1 ? QString() : QStringLiteral("one issued invoice");
        });
        QVERIFY(m_page->selectionActions()->contextMenu()->actions().contains(replace));
        QVERIFY(m_page->selectionActions()->toolBar()->actions().contains(replace));
        select(issuedReferences(1));
        QVERIFY(replace->isEnabled());
        select(issuedReferences(2));
        QVERIFY(!replace->isEnabled());
        QCOMPARE(replace->toolTip(), QStringLiteral("one issued invoice"));
    }

    // The app dies while the issue request of a selected draft is on its way: its outbox entry
    // stays open, and the next start (the session's editor actions) follows it to its end.
    void crashWhileIssuing_nextStartFollowsItUpToOneIssuedInvoice()
    {
        const QStringList drafts = createDrafts(1);
        QVERIFY(refreshed());
        select(drafts);
        m_sandbox->faults({{QStringLiteral("latency_ms"), 400}});
        action(Id::IssueDrafts)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(postsTo(QStringLiteral("/v1/invoices/issue"), drafts.first()), 1, 10000);
        m_run.reset(); // the crash: nothing of the run survives but the outbox
        const auto open = m_store->outbox().unfinished(m_environment);
        QVERIFY(open.ok());
        QCOMPARE(open.value().size(), 1);
        QCOMPARE(open.value().first().referenceCode, drafts.first());
        m_sandbox->faults({{QStringLiteral("latency_ms"), 0}});

        SepayInvoiceActions restarted(m_client.get(), &m_store->outbox(), m_environment);
        restarted.outboxWork()->setFollowUp(20, 8);
        QSignalSpy ended(&restarted, &InvoiceActions::unfinishedJobEnded);
        QVERIFY(ended.wait(15000));
        const auto result = ended.first().first().value<InvoiceActions::Result>();
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.referenceCode, drafts.first());
        // The server still showed a draft (its issue job was pending), so the batch engine asked
        // again; the second job finds the draft issued and does nothing: one invoice, one number.
        QVERIFY(postsTo(QStringLiteral("/v1/invoices/issue"), drafts.first()) <= 2);
        bool found = false;
        QCOMPARE(statusOnServer(drafts.first(), &found), InvoiceStatus::Issued);
        QVERIFY(found);
        QVERIFY(result.invoice && !result.invoice->invoiceNumber.isEmpty());
        QVERIFY(m_store->outbox().unfinished(m_environment).value().isEmpty());
    }
};

QTEST_MAIN(TestInvoiceSelection)
#include "tst_invoiceselection.moc"
