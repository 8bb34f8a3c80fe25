#include "batchaccountpicker.h"

#include "api/apierror.h"
#include "api/provideraccountjob.h"
#include "api/provideraccountsjob.h"
#include "api/sepayclient.h"
#include "core/providernames.h"
#include "ui/common/translatedlabel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace einvoice {

BatchAccountPicker::BatchAccountPicker(QWidget *parent)
    : QWidget(parent),
      m_combo(new QComboBox(this)),
      m_label(new QLabel(this)),
      m_note(new TranslatedLabel(this))
{
    m_combo->setObjectName(QStringLiteral("accountCombo"));
    m_combo->setMinimumContentsLength(24);
    m_note->setObjectName(QStringLiteral("accountNote"));
    m_label->setBuddy(m_combo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    layout->addWidget(m_note, 1);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &BatchAccountPicker::onCurrentChanged);
    retranslateUi();
}

void BatchAccountPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BatchAccountPicker::retranslateUi()
{
    m_label->setText(tr("Provider &account:"));
}

void BatchAccountPicker::setClient(SepayClient *client)
{
    m_client = client;
    if (m_job)
        m_job->cancel();
    if (!client) {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        m_note->setMessage([] { return tr("Not connected."); });
        setAccount(std::nullopt);
        return;
    }
    m_note->setMessage([] { return tr("Loading the accounts…"); });
    ProviderAccountsJob *job = client->listProviderAccounts(1, 100);
    follow(job);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job->succeeded())
            onAccountsListed(job->accounts());
        else if (job->error().kind != ApiError::Kind::Cancelled)
            m_note->setMessage([error = job->error()] {
                return tr("The accounts could not be loaded: %1").arg(error.text());
            });
    });
}

void BatchAccountPicker::onAccountsListed(const QList<ProviderAccount> &accounts)
{
    const QString chosen = m_account ? m_account->id : QString();
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        for (const ProviderAccount &account : accounts) {
            if (account.active)
                m_combo->addItem(providerAccountLabel(account, accounts), account.id);
        }
        const int kept = m_combo->findData(chosen);
        m_combo->setCurrentIndex(kept >= 0 ? kept : 0);
    }
    if (m_combo->count() == 0)
        m_note->setMessage([] { return tr("No active provider account."); });
    else
        m_note->clearMessage();
    onCurrentChanged();
}

void BatchAccountPicker::onCurrentChanged()
{
    const QString id = m_combo->currentData().toString();
    if (id.isEmpty() || !m_client) {
        setAccount(std::nullopt);
        return;
    }
    if (m_job)
        m_job->cancel();
    ProviderAccountJob *job = m_client->providerAccount(id);
    follow(job);
    connect(job, &ApiJob::finished, this, [this, job, id] {
        if (job->succeeded() && m_combo->currentData().toString() == id) {
            setAccount(job->account());
        } else if (!job->succeeded() && job->error().kind != ApiError::Kind::Cancelled) {
            m_note->setMessage([error = job->error()] {
                return tr("The account's templates could not be loaded: %1").arg(error.text());
            });
            ProviderAccount known; // still usable: the server checks the template and series
            known.id = id;
            known.active = true;
            setAccount(known);
        }
    });
}

void BatchAccountPicker::setAccount(const std::optional<ProviderAccount> &account)
{
    if (account == m_account)
        return;
    m_account = account;
    Q_EMIT accountChanged(account);
}

void BatchAccountPicker::follow(ApiJob *job)
{
    m_job = job;
}

} // namespace einvoice
