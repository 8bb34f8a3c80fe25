#pragma once

#include "store/localdraft.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace einvoice {

class LocalDraftRepository;

// Saves the invoice being edited to the local SQLite database shortly after each edit (well
// within a second), and at once on flush() (when the editor closes). Each save is one committed
// transaction, so a crash loses at most the last DelayMs of typing.
class DraftAutosaver : public QObject
{
    Q_OBJECT

public:
    static constexpr int DelayMs = 300;

    DraftAutosaver(LocalDraftRepository *repository, const QString &environment, QObject *parent = nullptr);
    ~DraftAutosaver() override;

    // Saves under another environment from now on (flush() first to keep pending edits where
    // they were typed).
    // Saves what is pending in the environment it was typed in; the draft being saved belongs to
    // that environment, so the next save starts a new draft in the new one.
    void setEnvironment(const QString &environment);
    // Starts a new local draft (the next save inserts) or continues an existing one.
    void setDraftId(const QString &id) { m_draftId = id; }
    QString draftId() const { return m_draftId; }
    // Whether the invoice is a local draft already, or about to be.
    bool keepsDraft() const { return !m_draftId.isEmpty() || m_pending.has_value(); }
    void schedule(const Invoice &invoice, std::optional<Decimal> grandTotal);
    void flush();
    void cancel(); // drops a pending save
    bool removeDraft(); // deletes the local draft (after it reached the server)

Q_SIGNALS:
    void saved(const QString &draftId);
    void saveFailed(const QString &message);

private:
    LocalDraftRepository *m_repository;
    QString m_environment;
    QString m_draftId;
    std::optional<LocalDraft> m_pending;
    QTimer m_timer;
};

} // namespace einvoice
