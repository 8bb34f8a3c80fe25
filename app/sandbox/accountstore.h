#pragma once

#include "sandboxdatabase.h"
#include "sandboxrecords.h"

#include <QList>

#include <optional>

namespace einvoice {

// Provider accounts and their templates in the sandbox database.
class AccountStore
{
public:
    explicit AccountStore(SandboxDatabase &db) : m_db(db) { }

    void insert(const StoredAccount &account, int position);
    QList<StoredAccount> all(bool withTemplates = false);
    std::optional<StoredAccount> find(const QString &id);
    int count();
    void update(const StoredAccount &account);

private:
    QList<InvoiceTemplate> templatesOf(const QString &id, QStringList *names);

    SandboxDatabase &m_db;
};

} // namespace einvoice
