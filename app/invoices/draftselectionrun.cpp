#include "draftselectionrun.h"

#include "api/deletedraftjob.h"
#include "api/sepayclient.h"
#include "editor/editoroutbox.h"
#include "editor/sepayinvoiceactions.h"
#include "invoiceslog.h"

#include <QTimer>

namespace einvoice {

DraftSelectionRun::DraftSelectionRun(
    SepayClient *client, OutboxRepository *outbox, const QString &environment, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_outbox(new EditorOutbox(client, outbox, environment, this)),
      m_environment(environment)
{
    connect(m_outbox, &EditorOutbox::actionFinished, this, &DraftSelectionRun::onItemFinished);
}

void DraftSelectionRun::setFollowUp(int delayMs, int maxFollowUps)
{
    m_outbox->setFollowUp(delayMs, maxFollowUps);
}

bool DraftSelectionRun::start(Kind kind, const QStringList &referenceCodes)
{
    if (isRunning() || referenceCodes.isEmpty())
        return false;
    m_kind = kind;
    m_references = referenceCodes;
    m_references.removeDuplicates();
    m_index = 0;
    m_results.clear();
    qCInfo(lcInvoices) << "selection run" << int(kind) << "of" << m_references.size() << "drafts";
    Q_EMIT progress(0, int(m_references.size()));
    QTimer::singleShot(0, this, &DraftSelectionRun::next);
    return true;
}

void DraftSelectionRun::next()
{
    if (!isRunning())
        return;
    const QString reference = m_references.at(m_index);
    if (m_kind == Kind::Issue)
        m_outbox->issueDraft(reference);
    else
        deleteOne(reference);
}

void DraftSelectionRun::deleteOne(const QString &referenceCode)
{
    DeleteDraftJob *job = m_client->deleteDraft(referenceCode);
    connect(job, &ApiJob::finished, this, [this, job] {
        Result result;
        result.action = InvoiceActions::Action::DeleteDraft;
        result.referenceCode = job->referenceCode();
        result.ok = job->succeeded();
        if (!result.ok)
            result.message = SepayInvoiceActions::plainMessage(job->error());
        onItemFinished(result);
    });
}

void DraftSelectionRun::onItemFinished(const Result &result)
{
    if (!isRunning() || result.referenceCode != m_references.at(m_index))
        return;
    m_results.append(result);
    ++m_index;
    Q_EMIT itemFinished(result);
    Q_EMIT progress(int(m_index), int(m_references.size()));
    if (isRunning()) {
        next();
        return;
    }
    qCInfo(lcInvoices) << "selection run ended," << m_results.size() << "results";
    Q_EMIT finished(m_results);
}

} // namespace einvoice
