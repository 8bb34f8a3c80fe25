// The Invoices page's actions on the selected invoices (issue 17): issue or delete drafts, open a
// draft in the editor, copy into a new invoice, print as one job, save as a ZIP, copy codes.
#include "api/createinvoiceoperation.h"
#include "api/invoicedetailjob.h"
#include "api/sepayclient.h"
#include "core/clock.h"
#include "i18n/uinumbers.h"
#include "invoices/accounttemplatesloader.h"
#include "invoices/bulkdownloader.h"
#include "invoices/draftselectionrun.h"
#include "invoices/editableinvoice.h"
#include "invoices/invoicelistmodel.h"
#include "invoices/zipbundle.h"
#include "invoicespage.h"
#include "store/invoicecacherepository.h"
#include "templatequestion.h"
#include "ui/common/pdfprinter.h"
#include "ui/common/questions.h"
#include "ui/common/translatedlabel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPainter>
#include <QPdfDocument>
#include <QPrinter>
#include <QProgressBar>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>

namespace einvoice {

void InvoicesPage::connectSelection()
{
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        updateSelectionActions();
        m_selection->contextMenu()->popup(m_table->viewport()->mapToGlobal(at));
    });
    auto *menuKey = new QAction(m_table); // Shift+F10 as well as the Menu key
    menuKey->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10));
    menuKey->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(menuKey);
    connect(menuKey, &QAction::triggered, this, [this] {
        Q_EMIT m_table->customContextMenuRequested(m_table->visualRect(m_table->currentIndex()).center());
    });
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] {
        updateSelectionActions();
        m_selection->action(InvoiceSelectionActions::Id::Open)->trigger();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &InvoicesPage::updateSelectionActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &InvoicesPage::updateSelectionActions);
    connect(m_model, &InvoiceListModel::cacheChanged, this, &InvoicesPage::updateSelectionActions);
    connect(m_selection, &InvoiceSelectionActions::triggered, this, &InvoicesPage::onSelectionAction);
}

void InvoicesPage::setWork(const InvoiceListWork &work)
{
    if (m_work.drafts)
        disconnect(m_work.drafts, nullptr, this, nullptr);
    m_work = work;
    if (DraftSelectionRun *run = m_work.drafts) {
        connect(run, &DraftSelectionRun::progress, this, &InvoicesPage::onDraftRunProgress);
        connect(run, &DraftSelectionRun::finished, this, &InvoicesPage::onDraftRunFinished);
        connect(run, &QObject::destroyed, this, [this, run] {
            if (m_work.drafts == run)
                m_work.drafts = nullptr;
            updateSelectionActions();
        });
    }
    updateSelectionActions();
}

QStringList InvoicesPage::selectedReferences() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList references;
    for (const QModelIndex &index : std::as_const(rows))
        references.append(m_model->referenceCodeAt(index.row()));
    return references;
}

void InvoicesPage::updateSelectionActions()
{
    SelectionFacts facts;
    for (const QString &reference : selectedReferences()) {
        const StoreResult<CachedInvoice> cached = m_services.cache->load(m_environment, reference);
        if (!cached)
            continue;
        ++facts.count;
        const bool draft = cached.value().summary.status == InvoiceStatus::Draft;
        facts.drafts += draft ? 1 : 0;
        facts.issued += draft ? 0 : 1;
        facts.withTaxAuthorityCode += cached.value().taxAuthorityCode.isEmpty() ? 0 : 1;
    }
    facts.online = !m_client.isNull();
    facts.canSendDrafts = m_work.drafts != nullptr;
    facts.busy = m_bulk->isRunning() || (m_work.drafts && m_work.drafts->isRunning());
    m_selection->update(facts);
}

void InvoicesPage::onSelectionAction(InvoiceSelectionActions::Id id)
{
    using Id = InvoiceSelectionActions::Id;
    switch (id) {
    case Id::Open:
        openSelected(false);
        break;
    case Id::CopyToNew:
        openSelected(true);
        break;
    case Id::IssueDrafts:
        issueSelectedDrafts();
        break;
    case Id::DeleteDrafts:
        deleteSelectedDrafts();
        break;
    case Id::Print:
        printSelected();
        break;
    case Id::SavePdfZip:
        saveSelectedZip(FileType::Pdf);
        break;
    case Id::SaveXmlZip:
        saveSelectedZip(FileType::Xml);
        break;
    case Id::CopyNumber:
    case Id::CopyReference:
    case Id::CopyTaxAuthorityCode:
        copyToClipboard(id);
        break;
    }
}

Decimal InvoicesPage::selectedTotal(const QStringList &references) const
{
    Decimal total;
    for (const QString &reference : references) {
        if (const std::optional<CachedInvoiceRow> invoice = m_model->invoice(reference))
            total = total + invoice->totalAmount;
    }
    return total;
}

void InvoicesPage::issueSelectedDrafts()
{
    const QStringList references = selectedReferences();
    if (references.isEmpty() || !m_work.drafts || m_work.drafts->isRunning())
        return;
    const std::optional<qint64> quota = m_work.quotaRemaining ? m_work.quotaRemaining() : std::nullopt;
    if (quota && *quota < references.size()) {
        m_services.questions->warn(this, tr("Issue drafts"),
            tr("%n invoice(s) left in the quota of %1, fewer than the selected drafts. Issue fewer, or "
               "extend the quota first.",
                nullptr, int(*quota))
                .arg(m_work.environmentName));
        return;
    }
    const QString total = UiNumbers::money(selectedTotal(references).rounded(0));
    Questions::Confirmation question;
    question.title = tr("Issue drafts");
    question.text = tr("Issue %n draft(s), total %1 VND, on %2?", nullptr, int(references.size()))
                        .arg(total, m_work.environmentName);
    if (m_work.production)
        question.text += QStringLiteral("\n\n")
            + tr("These become legal invoices sent to the tax authority; they cannot be taken back.");
    question.acceptLabel = tr("Issue %n invoice(s)", nullptr, int(references.size()));
    if (!m_services.questions->confirm(this, question))
        return;
    m_work.drafts->start(DraftSelectionRun::Kind::Issue, references);
    updateSelectionActions();
}

void InvoicesPage::deleteSelectedDrafts()
{
    const QStringList references = selectedReferences();
    if (references.isEmpty() || !m_work.drafts || m_work.drafts->isRunning())
        return;
    Questions::Confirmation question;
    question.title = tr("Delete drafts");
    question.text = tr("Delete %n draft(s) on %1? This cannot be undone.", nullptr, int(references.size()))
                        .arg(m_work.environmentName);
    question.acceptLabel = tr("Delete %n draft(s)", nullptr, int(references.size()));
    if (!m_services.questions->confirm(this, question))
        return;
    m_work.drafts->start(DraftSelectionRun::Kind::Delete, references);
    updateSelectionActions();
}

void InvoicesPage::onDraftRunProgress(int done, int total)
{
    m_progress->setVisible(done < total);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    const bool issuing = m_work.drafts && m_work.drafts->kind() == DraftSelectionRun::Kind::Issue;
    m_status->setMessage([issuing, done, total] {
        return issuing ? tr("Issuing %1 of %2…").arg(done + 1).arg(total)
                       : tr("Deleting %1 of %2…").arg(done + 1).arg(total);
    });
}

void InvoicesPage::onDraftRunFinished(const QList<InvoiceActions::Result> &results)
{
    m_progress->setVisible(false);
    const auto okCount
        = int(std::count_if(results.cbegin(), results.cend(), [](const auto &r) { return r.ok; }));
    const bool issued = !results.isEmpty() && results.first().action != InvoiceActions::Action::DeleteDraft;
    QString text = issued ? tr("%n of the drafts issued.", nullptr, okCount)
                          : tr("%n of the drafts deleted.", nullptr, okCount);
    for (const InvoiceActions::Result &result : results) {
        const QString number = result.invoice ? result.invoice->invoiceNumber : QString();
        text += QLatin1Char('\n') + result.referenceCode + QStringLiteral(": ")
            + (!result.ok    ? tr("failed: %1").arg(result.message)
                    : issued ? tr("issued, number %1").arg(number)
                             : tr("deleted"));
    }
    m_status->setMessage([text] { return text; });
    for (const InvoiceActions::Result &result : results) {
        if (result.ok && !issued) // gone from the server: gone from the list now
            (void)m_services.cache->remove(m_environment, result.referenceCode);
    }
    reload();
    refresh();
    updateSelectionActions();
    m_services.questions->inform(this, issued ? tr("Issue drafts") : tr("Delete drafts"), text);
    Q_EMIT draftRunFinished(results);
}

void InvoicesPage::openSelected(bool asCopy)
{
    const QStringList references = selectedReferences();
    if (references.size() != 1 || !m_client)
        return;
    const std::optional<CachedInvoiceRow> first = m_model->invoice(references.first());
    if (!asCopy && first && first->status != InvoiceStatus::Draft) {
        viewFile(references.first(), FileType::Pdf); // an issued invoice opens as its PDF
        return;
    }
    m_status->setMessage([] { return tr("Getting the invoice…"); });
    InvoiceDetailJob *job = m_client->invoice(references.first());
    connect(job, &ApiJob::finished, this, [this, job, asCopy] {
        if (!job->succeeded()) {
            m_status->setMessage([error = job->error().text()] {
                return tr("The invoice could not be fetched: %1").arg(error);
            });
            return;
        }
        m_status->clearMessage();
        onDetailForEditor(job->invoice(), asCopy);
    });
}

// The series says which account and template the invoice belongs to: the accounts are asked.
void InvoicesPage::onDetailForEditor(const InvoiceDetail &detail, bool asCopy)
{
    if (!m_client)
        return;
    AccountTemplatesLoader::load(
        m_client, this, [this, detail, asCopy](const QList<ProviderAccount> &accounts) {
            Invoice invoice = asCopy
                ? EditableInvoice::copyOf(detail, CreateInvoiceOperation::newReferenceCode(),
                    m_services.clock->nowInVietnam(), accounts)
                : EditableInvoice::fromDetail(detail, accounts);
            const auto choices = EditableInvoice::templatesWithSeries(invoice.invoiceSeries, accounts);
            if (!TemplateQuestion::resolve(
                    Questions::orDefault(m_services.questions), this, invoice, choices))
                return;
            if (asCopy)
                Q_EMIT copyRequested(invoice);
            else
                Q_EMIT openDraftRequested(invoice);
        });
}

void InvoicesPage::copyToClipboard(InvoiceSelectionActions::Id id)
{
    QStringList texts;
    for (const QString &reference : selectedReferences()) {
        const StoreResult<CachedInvoice> cached = m_services.cache->load(m_environment, reference);
        if (!cached.ok())
            continue;
        if (id == InvoiceSelectionActions::Id::CopyNumber)
            texts.append(cached.value().summary.invoiceNumber);
        else if (id == InvoiceSelectionActions::Id::CopyReference)
            texts.append(reference);
        else
            texts.append(cached.value().taxAuthorityCode);
    }
    QApplication::clipboard()->setText(texts.join(QLatin1Char('\n')));
    m_status->setMessage([count = int(texts.size())] { return tr("Copied %n value(s).", nullptr, count); });
}

// Fetches the files of references into a fresh temporary folder, named so that they sort in the
// list's order, then hands them over.
void InvoicesPage::stageFiles(FileType type, const QStringList &references,
    std::function<void(const QStringList &files, const BulkDownloadResult &result)> then)
{
    if (references.isEmpty() || m_bulk->isRunning())
        return;
    m_staging = std::make_unique<QTemporaryDir>();
    QHash<QString, QString> names;
    for (qsizetype i = 0; i < references.size(); ++i) {
        const std::optional<CachedInvoiceRow> invoice = m_model->invoice(references.at(i));
        const QString name = invoice ? BulkDownloader::suggestedName(*invoice) : references.at(i);
        names.insert(references.at(i), QStringLiteral("%1_%2").arg(i + 1, 4, 10, QLatin1Char('0')).arg(name));
    }
    m_afterBulk = [then](const BulkDownloadResult &result) {
        QStringList files = result.savedFiles;
        std::sort(files.begin(), files.end());
        then(files, result);
    };
    m_bulk->start(references, type, m_staging->path(), names);
    updateSelectionActions();
}

void InvoicesPage::printSelected()
{
    stageFiles(FileType::Pdf, selectedReferences(),
        [this](const QStringList &files, const BulkDownloadResult &result) {
            if (!result.failures.isEmpty()) {
                m_services.questions->warn(this, tr("Print"),
                    tr("%n invoice(s) could not be downloaded; nothing was printed.", nullptr,
                        int(result.failures.size())));
                Q_EMIT printFinished(false);
                return;
            }
            printFiles(files);
        });
}

void InvoicesPage::printFiles(const QStringList &files)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("%n invoice(s)", nullptr, int(files.size())));
    bool painted = false;
    const bool printed
        = m_services.questions->previewPrint(this, &printer, [&files, &painted](QPrinter *target) {
              QList<QPdfDocument *> documents;
              for (const QString &file : files) {
                  auto *document = new QPdfDocument;
                  document->load(file);
                  documents.append(document);
              }
              painted = PdfPrinter::print(documents, *target);
              qDeleteAll(documents);
          });
    const bool ok = printed && painted;
    m_status->setMessage([ok, count = int(files.size())] {
        return ok ? tr("Sent %n invoice(s) to the printer as one job.", nullptr, count)
                  : tr("Nothing was printed.");
    });
    Q_EMIT printFinished(ok);
}

void InvoicesPage::saveSelectedZip(FileType type)
{
    const QStringList references = selectedReferences();
    const bool pdf = type == FileType::Pdf;
    const QString path = m_services.questions->saveFile(this,
        {pdf ? tr("Save PDFs as ZIP") : tr("Save XMLs as ZIP"),
            pdf ? tr("invoices-pdf.zip") : tr("invoices-xml.zip"), tr("ZIP archives (*.zip)")});
    if (path.isEmpty())
        return;
    stageFiles(type, references, [this, path](const QStringList &files, const BulkDownloadResult &result) {
        QList<ZipBundle::Entry> entries;
        for (const QString &file : files) // without the order prefix
            entries.append({QFileInfo(file).fileName().section(QLatin1Char('_'), 1), file});
        QString error;
        if (!ZipBundle::write(path, entries, &error)) {
            m_services.questions->warn(this, tr("Save as ZIP"), error);
            return;
        }
        QString text
            = tr("%n file(s) saved in %1.", nullptr, int(files.size())).arg(QDir::toNativeSeparators(path));
        for (const BulkDownloadResult::Failure &failure : result.failures)
            text += QLatin1Char('\n') + failure.referenceCode + QStringLiteral(": ") + failure.error;
        m_status->setMessage([text] { return text; });
        Q_EMIT zipSaved(path);
    });
}

} // namespace einvoice
