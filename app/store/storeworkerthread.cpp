#include "storeworkerthread.h"

#include "storelog.h"

namespace einvoice {

class StoreWorkerThread::Worker : public QObject
{
public:
    Worker(QString databaseFile, const DatabaseOptions &options, std::function<void()> closing)
        : m_databaseFile(std::move(databaseFile)), m_options(options), m_closing(std::move(closing))
    {
    }

    void run(const Work &work)
    {
        if (m_closed)
            return; // posted by a request that ran while the thread was stopping
        if (!m_database.isOpen()) {
            m_opened = m_database.open(m_databaseFile, m_options);
            if (!m_opened)
                qCWarning(lcStore) << QThread::currentThread()->objectName()
                                   << "cannot open the store:" << m_opened.error().toString();
        }
        work(m_database.isOpen() ? &m_database : nullptr, m_opened);
    }

    void close()
    {
        m_closed = true;
        if (m_closing)
            m_closing();
        m_database.close();
    }

private:
    QString m_databaseFile;
    DatabaseOptions m_options;
    std::function<void()> m_closing;
    Database m_database;
    StoreStatus m_opened;
    bool m_closed = false;
};

StoreWorkerThread::StoreWorkerThread(const QString &threadName, QString databaseFile,
    const DatabaseOptions &options, std::function<void()> closing)
    : m_worker(new Worker(std::move(databaseFile), options, std::move(closing)))
{
    m_thread.setObjectName(threadName);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

StoreWorkerThread::~StoreWorkerThread()
{
    // Queued after every request: those finish first.
    Worker *worker = m_worker;
    QThread *thread = &m_thread;
    QMetaObject::invokeMethod(
        worker,
        [worker, thread] {
            worker->close();
            thread->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    delete m_worker;
}

void StoreWorkerThread::post(Work work)
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, work = std::move(work)] { worker->run(work); }, Qt::QueuedConnection);
}

void StoreWorkerThread::reply(QObject *context, std::function<void()> answer)
{
    QMetaObject::invokeMethod(context, std::move(answer), Qt::QueuedConnection);
}

} // namespace einvoice
