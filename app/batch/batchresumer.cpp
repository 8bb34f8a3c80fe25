#include "batchresumer.h"

#include "batchlog.h"
#include "batchsourcelock.h"
#include "store/batchidentityrepository.h"
#include "store/database.h"
#include "store/outboxrepository.h"

#include <QHash>

#include <memory>

namespace einvoice {

BatchResumer::BatchResumer(SepayClient *client, const BatchStores &stores, QObject *parent)
    : QObject(parent), m_client(client), m_stores(stores), m_environment(BatchRunner::environmentKey(*client))
{
}

BatchResumer::~BatchResumer() = default;

bool BatchResumer::start(const BatchRunOptions &options)
{
    m_options = options;
    const auto unfinished = m_stores.outbox->unfinished(m_environment);
    if (!unfinished) {
        qCWarning(lcBatch) << "cannot read the outbox:" << unfinished.error().toString();
        return false;
    }
    QList<UnfinishedEntry> sent;
    for (const UnfinishedEntry &entry : takeUp(unfinished.value(), false)) {
        if (entry.entry.state == OutboxState::Queued)
            m_notSent.append(entry);
        else
            sent.append(entry);
    }
    if (sent.isEmpty() && m_notSent.isEmpty())
        return false;
    m_followedUp = int(sent.size());
    qCInfo(lcBatch) << "resuming" << m_fileNames << ":" << sent.size() << "to follow up," << m_notSent.size()
                    << "not sent";
    if (sent.isEmpty())
        setState(State::Waiting);
    else
        run(sent, State::FollowingUp);
    return true;
}

// The batch entries of the sources no other process holds (locked for this one), with the mode of
// their last run; once started, only those of the sources taken up then.
QList<UnfinishedEntry> BatchResumer::takeUp(const QList<OutboxEntry> &unfinished, bool known)
{
    QHash<QString, std::optional<BatchRunRecord>> runs; // by source; nullopt: held elsewhere
    QList<UnfinishedEntry> taken;
    for (const OutboxEntry &entry : unfinished) {
        if (entry.batchId.isEmpty() || (known && !m_sources.contains(entry.batchId)))
            continue; // the editor's own (followed up by the editor), or another file's
        if (!runs.contains(entry.batchId)) {
            const auto run = m_stores.identities->latestRun(m_environment, entry.batchId);
            BatchRunRecord record = run && run.value() ? *run.value() : BatchRunRecord();
            if (record.fileName.isEmpty())
                record.fileName = entry.batchId;
            auto lock = std::make_unique<BatchSourceLock>(m_stores.database->filePath(), m_environment,
                BatchSource {entry.batchId, record.fileName, {}});
            if (lock->tryLock()) {
                m_locks.push_back(std::move(lock));
                if (!m_sources.contains(entry.batchId)) {
                    m_sources.append(entry.batchId);
                    m_fileNames.append(record.fileName);
                }
                runs.insert(entry.batchId, record);
            } else {
                qCInfo(lcBatch) << entry.batchId << "is being sent by process" << lock->holderPid();
                runs.insert(entry.batchId, std::nullopt);
            }
        }
        if (const std::optional<BatchRunRecord> &run = runs.value(entry.batchId))
            taken.append(UnfinishedEntry {entry, run->draft, QString()});
    }
    return taken;
}

void BatchResumer::run(const QList<UnfinishedEntry> &entries, State state)
{
    if (m_runner)
        m_followUpResults = m_runner->results();
    delete m_runner;
    m_runner = new BatchRunner(m_client, m_stores.outbox, m_stores.identities, this);
    connect(m_runner, &BatchRunner::countsChanged, this, &BatchResumer::countsChanged);
    connect(m_runner, &BatchRunner::finished, this, &BatchResumer::onRunFinished);
    setState(state);
    m_runner->continueEntries(m_environment, entries, m_options);
}

// The files are not held while a person decides: the command line may send them meanwhile.
void BatchResumer::onRunFinished()
{
    releaseLocks();
    setState(m_state == State::FollowingUp && !m_notSent.isEmpty() ? State::Waiting : State::Done);
}

// What is still unfinished of the files taken up, read again and locked again: a run of the same
// file elsewhere may have sent some of it while a person decided.
QList<UnfinishedEntry> BatchResumer::takeUpAgain()
{
    const auto unfinished = m_stores.outbox->unfinished(m_environment);
    if (!unfinished) {
        qCWarning(lcBatch) << "cannot read the outbox:" << unfinished.error().toString();
        return {};
    }
    return takeUp(unfinished.value(), true);
}

void BatchResumer::continueSending()
{
    if (m_state != State::Waiting)
        return;
    m_notSent.clear();
    const QList<UnfinishedEntry> entries = takeUpAgain();
    if (entries.isEmpty())
        return onRunFinished();
    run(entries, State::Sending);
}

void BatchResumer::discard()
{
    if (m_state != State::Waiting)
        return;
    m_notSent.clear();
    for (const UnfinishedEntry &entry : takeUpAgain()) {
        if (entry.entry.state != OutboxState::Queued)
            continue; // sent meanwhile: not this one's to discard
        if (const auto cancelled = m_stores.outbox->cancel(entry.entry.id); cancelled)
            ++m_discarded;
        else
            qCWarning(lcBatch) << "cannot cancel" << entry.entry.referenceCode
                               << cancelled.error().toString();
    }
    qCInfo(lcBatch) << m_discarded << "unsent invoices of an interrupted run discarded";
    onRunFinished();
}

// Once what the run wrote last is committed (see BatchSession::onRunFinished).
void BatchResumer::releaseLocks()
{
    if (m_locks.empty())
        return;
    auto locks = std::make_shared<std::vector<std::unique_ptr<BatchSourceLock>>>(std::move(m_locks));
    m_locks.clear();
    m_stores.outbox->afterGroup([locks](bool) { locks->clear(); });
}

bool BatchResumer::covers(const QString &source) const
{
    return m_sources.contains(source);
}

void BatchResumer::handOver()
{
    if (m_state != State::Waiting)
        return;
    m_notSent.clear();
    setState(State::Done);
}

QList<BatchItemResult> BatchResumer::results() const
{
    QList<BatchItemResult> results = m_followUpResults;
    if (m_runner)
        results += m_runner->results();
    for (const UnfinishedEntry &entry : m_notSent) {
        BatchItemResult result;
        result.row = entry.entry.batchRow.value_or(0);
        result.referenceCode = entry.entry.referenceCode;
        result.resumed = true;
        result.message = tr("Not sent yet: the run was interrupted before it.");
        results.append(result);
    }
    return results;
}

void BatchResumer::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
    Q_EMIT countsChanged();
}

} // namespace einvoice
