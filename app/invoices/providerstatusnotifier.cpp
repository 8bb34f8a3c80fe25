#include "providerstatusnotifier.h"

#include "invoicelistmodel.h"
#include "invoicetexts.h"
#include "notificationsink.h"

#include <QTimer>

#include <algorithm>
#include <utility>

namespace einvoice {

namespace {
constexpr int maxSingleNotifications = 3;
}

ProviderStatusNotifier::ProviderStatusNotifier(NotificationSink *sink, QObject *parent)
    : QObject(parent), m_sink(sink)
{
}

void ProviderStatusNotifier::setInvoiceModel(const InvoiceListModel *model)
{
    m_model = model;
}

bool ProviderStatusNotifier::isProblem(const QString &status)
{
    return status == QLatin1String("2") || status == QLatin1String("5") || status == QLatin1String("6");
}

bool ProviderStatusNotifier::isNews(const QString &oldStatus, const QString &newStatus)
{
    if (newStatus == oldStatus || newStatus.isEmpty() || newStatus == QLatin1String("1")
        || newStatus == QLatin1String("3"))
        return false;
    return !oldStatus.isEmpty() || isProblem(newStatus);
}

void ProviderStatusNotifier::onProviderStatusChanged(
    const QString &referenceCode, const QString &oldStatus, const QString &newStatus)
{
    if (!isNews(oldStatus, newStatus) || m_notified.value(referenceCode) == newStatus)
        return;
    m_notified.insert(referenceCode, newStatus);
    const auto same = [&](const Change &change) {
        return change.referenceCode == referenceCode;
    };
    m_pending.erase(std::remove_if(m_pending.begin(), m_pending.end(), same), m_pending.end());
    m_pending.append({referenceCode, newStatus});
    if (m_pending.size() == 1)
        QTimer::singleShot(0, this, &ProviderStatusNotifier::flush);
}

void ProviderStatusNotifier::flush()
{
    const QList<Change> changes = std::exchange(m_pending, {});
    if (changes.isEmpty())
        return;
    const bool anyProblem
        = std::any_of(changes.begin(), changes.end(), [](const Change &c) { return isProblem(c.status); });
    if (changes.size() <= maxSingleNotifications) {
        for (const Change &change : changes)
            m_sink->showNotification(
                tr("SePay eInvoice: tax authority"), changeText(change), isProblem(change.status));
        return;
    }
    QStringList lines;
    for (int i = 0; i < maxSingleNotifications; ++i)
        lines.append(changeText(changes.at(i)));
    lines.append(tr("… and %n more.", nullptr, int(changes.size()) - maxSingleNotifications));
    m_sink->showNotification(
        tr("SePay eInvoice: the tax authority answered about %n invoice(s)", nullptr, int(changes.size())),
        lines.join(QLatin1Char('\n')), anyProblem);
}

QString ProviderStatusNotifier::changeText(const Change &change) const
{
    return tr("Invoice %1: %2")
        .arg(invoiceName(change.referenceCode), InvoiceTexts::providerStatus(change.status));
}

QString ProviderStatusNotifier::invoiceName(const QString &referenceCode) const
{
    const std::optional<CachedInvoiceRow> known = m_model ? m_model->invoice(referenceCode) : std::nullopt;
    if (!known)
        return tr("reference %1").arg(referenceCode);
    const CachedInvoiceRow &invoice = *known;
    const bool numbered = !invoice.invoiceNumber.isEmpty() && invoice.invoiceNumber != QLatin1String("0");
    if (!numbered)
        return tr("reference %1").arg(referenceCode);
    if (invoice.invoiceSeries.isEmpty())
        return tr("no. %1").arg(invoice.invoiceNumber);
    return tr("no. %1, series %2").arg(invoice.invoiceNumber, invoice.invoiceSeries);
}

} // namespace einvoice
