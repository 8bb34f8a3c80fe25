#pragma once

#include "core/remoteinvoice.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace einvoice {

class SepayClient;

// The provider accounts with their templates (GET /v1/provider-accounts, then each account's
// detail), for telling which account and template a server invoice's series belongs to (issue
// 17). Calls back once with what it got; an account whose detail failed is left out, and a failed
// list gives an empty one (the editor then asks). Deletes itself after the call back.
class AccountTemplatesLoader : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const QList<ProviderAccount> &accounts)>;

    // The client must outlive the loader; done is not called when context is gone first.
    static void load(SepayClient *client, QObject *context, Done done);

private:
    AccountTemplatesLoader(SepayClient *client, QObject *context, Done done);
    void onListed(const QList<ProviderAccount> &accounts);
    void finishOne();

    SepayClient *m_client;
    QPointer<QObject> m_context;
    Done m_done;
    QList<ProviderAccount> m_accounts;
    int m_waiting = 0;
};

} // namespace einvoice
