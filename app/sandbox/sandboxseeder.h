#pragma once

#include "core/invoice.h"
#include "sandboxcontext.h"

#include <QRandomGenerator>

namespace einvoice {

// Fills an empty database: three provider accounts (an active one with a VAT template "1" and a
// sales template "2" whose series carry the current year's digits; an inactive one; an active
// one with a tax approval date on the first day of the current month), the quota, and with
// --seed N invoices over the past months with Vietnamese buyers whose tax codes have valid check
// digits. Deterministic from SandboxConfig::randomSeed.
class SandboxSeeder
{
public:
    explicit SandboxSeeder(SandboxContext &context);

    void seedIfEmpty();

    static const QString ActiveAccountId; // matbao, templates 1 and 2
    static const QString InactiveAccountId; // bkav
    static const QString ApprovedAccountId; // viettel, tax_authority_approved_date set

private:
    void seedAccounts();
    void seedInvoices(int count);
    Invoice randomInvoice(int index);
    Buyer randomBuyer();
    QList<InvoiceLine> randomLines(bool vat);

    SandboxContext &m_context;
    QRandomGenerator m_random;
    QDate m_today;
};

} // namespace einvoice
