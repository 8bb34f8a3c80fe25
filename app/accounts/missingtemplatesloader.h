#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace einvoice {

class AccountsSource;

// Loads the templates of the accounts given (GET /v1/provider-accounts/{id}), one after the
// other through the source, so that an export of the accounts is complete (issue 20). The page
// gets each account as it comes (AccountsSource::accountFetched); an account that cannot be
// loaded is remembered with its reason and the next one is asked for. cancel() asks for no more.
class MissingTemplatesLoader : public QObject
{
    Q_OBJECT

public:
    MissingTemplatesLoader(AccountsSource *source, const QStringList &accountIds, QObject *parent = nullptr);

    void start();
    void cancel();
    int total() const { return int(m_ids.size()); }
    int answered() const { return m_next; }
    bool isCancelled() const { return m_cancelled; }
    // The accounts whose templates could not be loaded: id -> the reason, in words.
    const QHash<QString, QString> &failures() const { return m_failures; }

Q_SIGNALS:
    void progressed(int answered, int total);
    // Every account answered, or cancelled; emitted once.
    void finished();

private:
    void askNext();
    void onFetched(const QString &id);
    void onFailed(const QString &id, const QString &message);
    void answer();

    QPointer<AccountsSource> m_source;
    QStringList m_ids;
    int m_next = 0; // answered so far; m_ids.at(m_next) is being loaded
    bool m_cancelled = false;
    bool m_finished = false;
    QHash<QString, QString> m_failures;
};

} // namespace einvoice
