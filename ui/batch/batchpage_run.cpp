// The run part of BatchPage: planning through a BatchSession, the conflict question, live counts,
// the honest summary at the end, and an interrupted run taken up by a BatchResumer.
#include "api/sepayclient.h"
#include "batch/batchoutcome.h"
#include "batch/batchresumer.h"
#include "batch/batchrunner.h"
#include "batch/batchruns.h"
#include "batch/batchsession.h"
#include "batchaccountpicker.h"
#include "batchcolumnmapping.h"
#include "batchconflicts.h"
#include "batchpage.h"
#include "batchresultstable.h"
#include "batchresumebar.h"
#include "ui/common/questions.h"
#include "ui/common/translatedlabel.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

namespace einvoice {

bool BatchPage::confirmProduction(int invoices)
{
    if (!m_services.client->environment().isProduction())
        return true;
    const QString text = m_draft->isChecked()
        ? tr("Create %n draft invoice(s) on Production?", nullptr, invoices)
        : tr("Create AND ISSUE %n invoice(s) on Production? They are sent to the tax authority.", nullptr,
            invoices);
    return questions().confirm(this, {tr("Send the batch to Production?"), text, tr("Send")});
}

void BatchPage::startRun()
{
    if (!m_start->isEnabled())
        return;
    const QList<BatchInvoice> invoices
        = m_import.errorCount() == 0 ? m_import.invoices : m_import.validInvoices();
    if (!confirmProduction(int(invoices.size())))
        return;
    m_mapping->remember();
    if (m_resumer && m_resumer->covers(m_source.key))
        m_resumer->handOver(); // this run's plan takes the unsent invoices over
    m_session = runs()->newSession(m_services.client);
    connect(m_session, &BatchSession::planned, this, &BatchPage::onPlanned);
    connect(m_session, &BatchSession::countsChanged, this, &BatchPage::showCounts);
    connect(m_session, &BatchSession::itemFinished, this,
        [this](int index) { m_results->updateResult(index, runner()->results().value(index)); });
    connect(m_session, &BatchSession::finished, this, &BatchPage::onRunFinished);
    if (!m_session->plan(m_source, invoices, m_draft->isChecked())) {
        m_summary->setMessage([pid = m_session->holderPid(), name = m_source.fileName]() -> QString {
            return pid == QCoreApplication::applicationPid()
                ? tr("The interrupted run of %1 is being finished first; try again when it has ended.")
                      .arg(name)
                : tr("Another run (process %1) is sending %2; try again when it has ended.")
                      .arg(pid)
                      .arg(name);
        });
        return;
    }
    if (!m_resumer || m_resumer->state() != BatchResumer::State::Waiting)
        m_resumeBar->setResumer(nullptr); // else it still offers another file's unsent invoices
    m_progress->setRange(0, int(invoices.size()));
    m_progress->setValue(0);
    m_results->showResults({});
    m_summary->setMessage([name = m_source.fileName]() -> QString {
        return tr("Checking what earlier runs of %1 sent…").arg(name);
    });
    updateControls();
}

void BatchPage::onPlanned()
{
    if (!m_session->planError().isEmpty()) {
        m_summary->setMessage(
            [error = m_session->planError()]() -> QString { return tr("Nothing was sent: %1").arg(error); });
        updateControls();
        return;
    }
    for (const BatchInvoice &invoice : std::as_const(m_import.invoices)) {
        if (invoice.hasErrors()) // left out by "send only the valid ones": the results say so
            m_session->currentPlan().leaveOut(
                invoice, tr("line %1 has errors (see Preview).").arg(invoice.firstRow));
    }
    if (!BatchConflicts::decide(questions(), this, m_session->currentPlan())) {
        m_session->abandon();
        m_summary->setMessage([]() -> QString { return tr("Nothing was sent."); });
        updateControls();
        return;
    }
    BatchRunOptions options;
    options.concurrency = m_concurrency->value();
    m_session->start(options);
    if (!runner() || !runner()->isRunning())
        return; // ended at once (onRunFinished said why)
    m_results->showResults(runner()->results());
    showCounts(runner()->counts());
    m_summary->setMessage([name = m_source.fileName]() -> QString { return tr("Sending %1…").arg(name); });
    updateControls();
}

void BatchPage::setClient(SepayClient *client)
{
    if (isBusy())
        return;
    m_services.client = client;
    m_account->setClient(client);
}

BatchRunner *BatchPage::runner() const
{
    return m_session ? m_session->runner() : nullptr;
}

BatchRuns *BatchPage::runs()
{
    if (!m_services.runs)
        m_services.runs = new BatchRuns(
            BatchStores {m_services.database, m_services.outbox, m_services.identities}, this);
    return m_services.runs;
}

BatchSession *BatchPage::session() const
{
    return m_session;
}

BatchCounts BatchPage::counts() const
{
    if (showsResumed())
        return m_resumer->counts();
    return runner() ? runner()->counts() : BatchCounts();
}

BatchRunner *BatchPage::activeRunner() const
{
    if (showsResumed())
        return m_resumer->runner();
    return runner();
}

void BatchPage::setResumer(BatchResumer *resumer)
{
    if (m_resumer)
        m_resumer->disconnect(this);
    m_resumer = resumer;
    m_resumeBar->setResumer(resumer);
    if (!resumer)
        return;
    connect(resumer, &BatchResumer::countsChanged, this, &BatchPage::onResumerChanged);
    connect(resumer, &BatchResumer::stateChanged, this, [this](BatchResumer::State state) {
        onResumerChanged();
        if (showsResumed() && (state == BatchResumer::State::Waiting || state == BatchResumer::State::Done))
            Q_EMIT runFinished();
    });
    onResumerChanged();
}

bool BatchPage::showsResumed() const
{
    return m_resumer && !m_session && m_resumer->state() != BatchResumer::State::Idle;
}

// The resumed run's invoices in Results while the page has no run of its own.
void BatchPage::onResumerChanged()
{
    if (!showsResumed())
        return;
    m_results->showResults(m_resumer->results());
    showCounts(counts());
    updateControls();
}

void BatchPage::showCounts(const BatchCounts &counts)
{
    m_progress->setMaximum(counts.total());
    m_progress->setValue(counts.done + counts.failed + counts.skipped);
    m_countsLabel->setMessage([counts]() -> QString {
        return tr("queued %1, sent %2, done %3, failed %4")
            .arg(counts.queued)
            .arg(counts.sent)
            .arg(counts.done)
            .arg(counts.failed);
    });
    if (showsResumed())
        return; // onResumerChanged() shows them
    if (BatchRunner *current = runner()) {
        const QList<BatchItemResult> &results = current->results();
        for (int i = 0; i < results.size(); ++i)
            m_results->updateResult(i, results.at(i));
    }
}

// The header says what happened to every invoice of the file: "All 12 invoices are done" only
// when none was skipped, failed, left unknown or not sent.
void BatchPage::onRunFinished()
{
    BatchRunner *finished = runner();
    showCounts(finished->counts());
    const BatchOutcome outcome = finished->outcome();
    m_summary->setMessage([outcome]() -> QString {
        return outcome.allDone() || !outcome.startError.isEmpty()
            ? outcome.summary()
            : outcome.summary() + u' ' + tr("See Results.");
    });
    refreshPreview(); // what the next run would do now
    updateControls();
    Q_EMIT runFinished();
}

void BatchPage::togglePause()
{
    BatchRunner *current = activeRunner();
    if (!current)
        return;
    if (current->isPaused())
        current->resume();
    else
        current->pause();
    updateControls();
}

} // namespace einvoice
