#include "providerstatusschedule.h"

#include "invoicestore.h"

namespace einvoice {

namespace {

struct Outcome
{
    QLatin1String name;
    QLatin1String code;
};

const Outcome s_outcomes[] = {
    {QLatin1String("granted"), QLatin1String("4")},
    {QLatin1String("signing_error"), QLatin1String("2")},
    {QLatin1String("no_answer"), QLatin1String("5")},
    {QLatin1String("not_eligible"), QLatin1String("6")},
};

const QString NotYetSent = QStringLiteral("3");

} // namespace

void ProviderStatusSchedule::scheduleAfterIssue(const QString &referenceCode)
{
    const SandboxConfig &config = m_context.config;
    if (config.providerStatusDelayMs <= 0) {
        if (config.providerStatusOutcome != QLatin1String("4"))
            InvoiceStore(m_context.db).setProviderStatus(referenceCode, config.providerStatusOutcome);
        return;
    }
    m_context.db.exec(QStringLiteral("UPDATE invoices SET provider_status = ?, provider_next = ?,"
                                     " provider_due_ms = ? WHERE reference_code = ?"),
        {NotYetSent, config.providerStatusOutcome, m_context.nowMs() + config.providerStatusDelayMs,
            referenceCode});
}

void ProviderStatusSchedule::settleDue()
{
    const qint64 now = m_context.nowMs();
    SandboxDatabase &db = m_context.db;
    // A read first: most requests find nothing due and need no write lock.
    if (!db.select(QStringLiteral("SELECT 1 FROM invoices WHERE provider_due_ms <= ? LIMIT 1"), {now}).next())
        return;
    db.exec(QStringLiteral("UPDATE invoices SET provider_status = provider_next, provider_next = NULL,"
                           " provider_due_ms = NULL WHERE provider_due_ms <= ?"),
        {now});
}

std::optional<QString> ProviderStatusSchedule::outcomeCode(const QString &name)
{
    for (const Outcome &outcome : s_outcomes) {
        if (name == outcome.name)
            return QString(outcome.code);
    }
    return std::nullopt;
}

QString ProviderStatusSchedule::outcomeName(const QString &code)
{
    for (const Outcome &outcome : s_outcomes) {
        if (code == outcome.code)
            return outcome.name;
    }
    return QString();
}

} // namespace einvoice
