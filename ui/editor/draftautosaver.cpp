#include "draftautosaver.h"

#include "editor/editorlog.h"
#include "store/localdraftrepository.h"

#include <QLoggingCategory>

namespace einvoice {

DraftAutosaver::DraftAutosaver(LocalDraftRepository *repository, const QString &environment, QObject *parent)
    : QObject(parent), m_repository(repository), m_environment(environment)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DelayMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosaver::flush);
}

DraftAutosaver::~DraftAutosaver()
{
    flush();
}

void DraftAutosaver::schedule(const Invoice &invoice, std::optional<Decimal> grandTotal)
{
    if (!m_repository)
        return;
    LocalDraft draft;
    draft.environment = m_environment;
    draft.invoice = invoice;
    draft.grandTotal = grandTotal;
    m_pending = draft;
    m_timer.start();
}

void DraftAutosaver::flush()
{
    m_timer.stop();
    if (!m_pending || !m_repository)
        return;
    LocalDraft draft = *m_pending;
    m_pending.reset();
    draft.id = m_draftId;
    const StoreResult<LocalDraft> result = m_repository->save(draft);
    if (!result.ok()) {
        qCWarning(lcEditor) << "autosave failed:" << result.error().toString();
        Q_EMIT saveFailed(result.error().userMessage());
        return;
    }
    m_draftId = result.value().id;
    Q_EMIT saved(m_draftId);
}

void DraftAutosaver::setEnvironment(const QString &environment)
{
    flush();
    m_environment = environment;
    m_draftId.clear();
}

void DraftAutosaver::cancel()
{
    m_timer.stop();
    m_pending.reset();
}

bool DraftAutosaver::removeDraft()
{
    cancel();
    if (!m_repository || m_draftId.isEmpty())
        return false;
    const bool removed = m_repository->remove(m_draftId).ok();
    m_draftId.clear();
    return removed;
}

} // namespace einvoice
