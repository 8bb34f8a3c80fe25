#pragma once

#include "database.h"

#include <QThread>

#include <functional>

namespace einvoice {

// Work on a SQLite file on a thread of its own, with its own connection to the file (issue 22):
// reading and writing there never block the UI thread. The connection is opened on the thread
// on first use (tried again on the next request when it fails) and closed there. Requests run
// one after the other in the order posted; reply() answers on the thread of a context object, and
// not at all once that object is gone. Destroying the thread waits for the requests already
// posted, calls `closing` on the thread (the owner lets go of what it made of the connection:
// its repositories) and closes the connection; what those requests post in turn is dropped (Qt
// may still deliver it after the close: the loop quits only once its current pass is done).
class StoreWorkerThread
{
public:
    // On the thread: the open connection, or null with the reason it did not open.
    using Work = std::function<void(Database *database, const StoreStatus &opened)>;

    StoreWorkerThread(const QString &threadName, QString databaseFile, const DatabaseOptions &options,
        std::function<void()> closing);
    ~StoreWorkerThread();
    Q_DISABLE_COPY_MOVE(StoreWorkerThread)

    void post(Work work);
    // Calls `answer` on the thread of `context` (a posted event: dropped if context is deleted first).
    static void reply(QObject *context, std::function<void()> answer);

private:
    class Worker;

    QThread m_thread;
    Worker *m_worker; // lives in m_thread
};

} // namespace einvoice
