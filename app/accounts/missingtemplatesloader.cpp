#include "missingtemplatesloader.h"

#include "accountssource.h"

#include <QTimer>

namespace einvoice {

MissingTemplatesLoader::MissingTemplatesLoader(
    AccountsSource *source, const QStringList &accountIds, QObject *parent)
    : QObject(parent), m_source(source), m_ids(accountIds)
{
    if (!source)
        return;
    connect(source, &AccountsSource::accountFetched, this,
        [this](const ProviderAccount &account) { onFetched(account.id); });
    connect(source, &AccountsSource::accountFailed, this, &MissingTemplatesLoader::onFailed);
    connect(source, &QObject::destroyed, this, &MissingTemplatesLoader::cancel);
}

void MissingTemplatesLoader::start()
{
    askNext();
}

void MissingTemplatesLoader::cancel()
{
    m_cancelled = true;
    if (!m_finished) {
        m_finished = true;
        Q_EMIT finished();
    }
}

void MissingTemplatesLoader::askNext()
{
    if (m_finished)
        return;
    if (m_next >= m_ids.size() || !m_source) {
        m_finished = true;
        QTimer::singleShot(0, this, &MissingTemplatesLoader::finished); // never inside start()
        return;
    }
    m_source->fetchAccount(m_ids.at(m_next));
}

// Answers for other accounts (the page's own fetch of the selected one) are not this loader's.
void MissingTemplatesLoader::onFetched(const QString &id)
{
    if (!m_finished && m_next < m_ids.size() && id == m_ids.at(m_next))
        answer();
}

void MissingTemplatesLoader::onFailed(const QString &id, const QString &message)
{
    if (m_finished || m_next >= m_ids.size() || id != m_ids.at(m_next))
        return;
    m_failures.insert(id, message);
    answer();
}

void MissingTemplatesLoader::answer()
{
    ++m_next;
    Q_EMIT progressed(m_next, total());
    askNext();
}

} // namespace einvoice
