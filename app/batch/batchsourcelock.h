#pragma once

#include "batchsource.h"

#include <QLockFile>

#include <memory>

namespace einvoice {

// One run at a time per batch source (issue 14): a lock file in the local database's folder, named
// after the environment and the source, held by the desktop app and the command line alike for
// as long as they send or follow up that source's invoices. A lock left by a process that died is
// taken over (QLockFile checks the process id); a living holder is named in the message.
class BatchSourceLock
{
public:
    BatchSourceLock(const QString &databasePath, const QString &environment, const BatchSource &source);
    ~BatchSourceLock();
    Q_DISABLE_COPY_MOVE(BatchSourceLock)

    bool tryLock(); // without waiting
    void unlock();
    bool isLocked() const { return m_locked; }
    qint64 holderPid() const; // the other process holding it, or 0
    QString path() const { return m_path; }

    static QString pathFor(
        const QString &databasePath, const QString &environment, const BatchSource &source);

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_file;
    bool m_locked = false;
};

} // namespace einvoice
