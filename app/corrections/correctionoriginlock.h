#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace einvoice {

// One correction at a time per origin invoice: a lock file beside the local database, named after
// the environment and the origin's reference code, held by whoever checks, records and sends a
// correction of that origin (a window of the desktop app, another window, the command line) until
// its submission ends. The outbox alone cannot stop two at once: between one process's look at
// the outbox and its request another process may look too, and two adjustments without a
// reference code each get their own, so the server's 409 cannot catch the second. Within one
// process the outbox would take the second for the first and follow it up, dropping what the user
// typed; the lock refuses it instead, with nothing lost. A lock left by a process that died is
// taken over (QLockFile checks the process id).
class CorrectionOriginLock
{
public:
    CorrectionOriginLock(const QString &databasePath, const QString &environment, const QString &origin);
    ~CorrectionOriginLock();
    Q_DISABLE_COPY_MOVE(CorrectionOriginLock)

    bool tryLock(); // without waiting; true when this object holds it
    bool isLocked() const { return m_locked; }
    qint64 holderPid() const; // the process holding it when tryLock() failed, or 0

    static QString pathFor(const QString &databasePath, const QString &environment, const QString &origin);

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_file;
    bool m_locked = false;
};

} // namespace einvoice
