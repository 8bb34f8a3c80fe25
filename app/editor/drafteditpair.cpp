#include "drafteditpair.h"

#include "api/deletedraftjob.h"
#include "api/invoicedetailjob.h"
#include "api/sepayclient.h"
#include "core/clock.h"
#include "editorlog.h"
#include "store/outboxrepository.h"

#include <QLoggingCategory>

namespace einvoice {

namespace {
const QString ReplacesKey = QStringLiteral("_replaces_draft");
constexpr int lookBackDays = 7;
} // namespace

void DraftEditPair::record(QJsonObject &payload, const QString &replacedDraft)
{
    if (!replacedDraft.isEmpty())
        payload.insert(ReplacesKey, replacedDraft);
}

QString DraftEditPair::replacedDraftOf(const OutboxEntry &entry)
{
    return entry.kind == OutboxKind::Create ? entry.payload.value(ReplacesKey).toString() : QString();
}

DraftEditPair::DraftEditPair(SepayClient *client, OutboxRepository *outbox, const QString &environment,
    const Clock *clock, QObject *parent)
    : QObject(parent), m_client(client), m_outbox(outbox), m_environment(environment), m_clock(clock)
{
}

int DraftEditPair::finishInterrupted()
{
    const auto entries = m_outbox->withPayloadKey(m_environment, ReplacesKey);
    if (!entries.ok()) {
        qCWarning(lcEditor) << "cannot read the edited drafts:" << entries.error().detail;
        return 0;
    }
    const QDateTime since = m_clock->nowUtc().addDays(-lookBackDays);
    int checked = 0;
    for (const OutboxEntry &entry : entries.value()) {
        if (entry.state != OutboxState::Succeeded || entry.updatedAt < since || !entry.batchId.isEmpty())
            continue;
        finish(entry.referenceCode, replacedDraftOf(entry));
        ++checked;
    }
    return checked;
}

void DraftEditPair::finish(const QString &newReference, const QString &oldReference)
{
    if (oldReference.isEmpty() || m_busy.contains(oldReference))
        return;
    m_busy.insert(oldReference);
    InvoiceDetailJob *fresh = m_client->invoice(newReference);
    connect(fresh, &ApiJob::finished, this, [this, fresh, newReference, oldReference] {
        if (!fresh->succeeded()) { // not there (or no answer): keep the old draft
            m_busy.remove(oldReference);
            return;
        }
        InvoiceDetailJob *old = m_client->invoice(oldReference);
        connect(old, &ApiJob::finished, this, [this, old, newReference, oldReference] {
            if (old->succeeded() && old->invoice().summary.status == InvoiceStatus::Draft)
                deleteOld(newReference, oldReference);
            else
                m_busy.remove(oldReference); // gone already, or no answer: next start
        });
    });
}

void DraftEditPair::deleteOld(const QString &newReference, const QString &oldReference)
{
    qCInfo(lcEditor).noquote() << "deleting the draft" << oldReference << "that" << newReference
                               << "replaces";
    DeleteDraftJob *job = m_client->deleteDraft(oldReference);
    connect(job, &ApiJob::finished, this, [this, job, newReference, oldReference] {
        m_busy.remove(oldReference);
        if (job->succeeded())
            Q_EMIT oldDraftDeleted(oldReference, newReference);
        else
            qCWarning(lcEditor).noquote() << "the replaced draft" << oldReference << "was not deleted";
    });
}

} // namespace einvoice
