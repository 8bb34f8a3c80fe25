#include "accountstore.h"

namespace einvoice {

namespace {

const QString s_columns = QStringLiteral(
    "id, provider, active, registration_approved, approved_date, seller_name, seller_tax_code,"
    " seller_address, seller_phone, seller_email, seller_bank");

StoredAccount accountFromRow(const QSqlQuery &query)
{
    StoredAccount stored;
    stored.account.id = query.value(0).toString();
    stored.account.provider = query.value(1).toString();
    stored.account.active = query.value(2).toBool();
    stored.registrationApproved = query.value(3).toBool();
    if (!query.value(4).isNull())
        stored.account.taxAuthorityApprovedDate = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    stored.seller
        = SellerInfo {query.value(5).toString(), query.value(6).toString(), query.value(7).toString(),
            query.value(8).toString(), query.value(9).toString(), query.value(10).toString()};
    return stored;
}

QVariant approvedDateValue(const StoredAccount &stored)
{
    const auto &date = stored.account.taxAuthorityApprovedDate;
    return date ? QVariant(date->toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

void AccountStore::insert(const StoredAccount &stored, int position)
{
    m_db.exec(QStringLiteral("INSERT OR REPLACE INTO accounts(position, ") + s_columns
            + QStringLiteral(") VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {position, stored.account.id, stored.account.provider, stored.account.active,
            stored.registrationApproved, approvedDateValue(stored), stored.seller.name, stored.seller.taxCode,
            stored.seller.address, stored.seller.phone, stored.seller.email, stored.seller.bankAccount});
    m_db.exec(QStringLiteral("DELETE FROM templates WHERE account_id = ?"), {stored.account.id});
    for (qsizetype i = 0; i < stored.account.templates.size(); ++i) {
        const InvoiceTemplate &t = stored.account.templates.at(i);
        m_db.exec(QStringLiteral("INSERT INTO templates(account_id, position, template_code, invoice_series,"
                                 " template_name) VALUES(?, ?, ?, ?, ?)"),
            {stored.account.id, int(i), t.templateCode, t.invoiceSeries, stored.templateNames.value(i)});
    }
}

QList<StoredAccount> AccountStore::all(bool withTemplates)
{
    QList<StoredAccount> result;
    {
        QSqlQuery query = m_db.select(
            QStringLiteral("SELECT ") + s_columns + QStringLiteral(" FROM accounts ORDER BY position"));
        while (query.next())
            result.append(accountFromRow(query));
    }
    if (withTemplates) {
        for (StoredAccount &stored : result)
            stored.account.templates = templatesOf(stored.account.id, &stored.templateNames);
    }
    return result;
}

std::optional<StoredAccount> AccountStore::find(const QString &id)
{
    std::optional<StoredAccount> found;
    {
        QSqlQuery query = m_db.select(
            QStringLiteral("SELECT ") + s_columns + QStringLiteral(" FROM accounts WHERE id = ?"), {id});
        if (!query.next())
            return std::nullopt;
        found = accountFromRow(query);
    }
    found->account.templates = templatesOf(id, &found->templateNames);
    return found;
}

int AccountStore::count()
{
    QSqlQuery query = m_db.select(QStringLiteral("SELECT COUNT(*) FROM accounts"));
    return query.next() ? query.value(0).toInt() : 0;
}

void AccountStore::update(const StoredAccount &stored)
{
    m_db.exec(
        QStringLiteral(
            "UPDATE accounts SET active = ?, registration_approved = ?, approved_date = ? WHERE id = ?"),
        {stored.account.active, stored.registrationApproved, approvedDateValue(stored), stored.account.id});
}

QList<InvoiceTemplate> AccountStore::templatesOf(const QString &id, QStringList *names)
{
    QList<InvoiceTemplate> templates;
    names->clear();
    QSqlQuery query
        = m_db.select(QStringLiteral("SELECT template_code, invoice_series, template_name FROM templates"
                                     " WHERE account_id = ? ORDER BY position"),
            {id});
    while (query.next()) {
        const QString code = query.value(0).toString();
        const QString series = query.value(1).toString();
        const QString name = query.value(2).toString();
        templates.append(InvoiceTemplate {
            code, series, code + QStringLiteral(" - ") + series + QStringLiteral(" - ") + name});
        names->append(name);
    }
    return templates;
}

} // namespace einvoice
