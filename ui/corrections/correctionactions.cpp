#include "correctionactions.h"

#include "api/sepayclient.h"
#include "core/originrules.h"
#include "corrections/correctionruns.h"

#include <QAction>
#include <QEvent>
#include <QWidget>

namespace einvoice {

CorrectionActions::CorrectionActions(QWidget *owner, const CorrectionDialogServices &services)
    : QObject(owner),
      m_replace(new QAction(owner)),
      m_adjust(new QAction(owner)),
      m_owner(owner),
      m_services(services)
{
    m_replace->setObjectName(QStringLiteral("replaceInvoiceAction"));
    m_adjust->setObjectName(QStringLiteral("adjustInvoiceAction"));
    m_replace->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_adjust->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    for (QAction *action : actions()) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        owner->addAction(action);
    }
    connect(m_replace, &QAction::triggered, this, [this] { openWindow(CorrectionKind::Replace); });
    connect(m_adjust, &QAction::triggered, this, [this] { openWindow(CorrectionKind::Decrease); });
    owner->installEventFilter(this);
    retranslate();
}

bool CorrectionActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void CorrectionActions::setOrigin(const std::optional<InvoiceDetail> &detail)
{
    m_origin = detail;
    update();
}

void CorrectionActions::setServices(const CorrectionDialogServices &services)
{
    m_services = services;
    update();
}

// A decrease first: the adjustment accountants make most (returns, discounts after the fact).
CorrectionDialog *CorrectionActions::openWindow(CorrectionKind kind)
{
    if (!m_origin || !m_services.runs)
        return nullptr;
    auto *window = new CorrectionDialog(m_services, *m_origin, kind, m_owner);
    window->show();
    Q_EMIT windowOpened(window);
    return window;
}

void CorrectionActions::retranslate()
{
    m_replace->setText(tr("&Replace…"));
    m_adjust->setText(tr("&Adjust…"));
    update();
}

// Every adjustment kind has the same origin rules (A1-A5): Increase stands for them all.
void CorrectionActions::update()
{
    SepayClient *client = m_services.runs ? m_services.runs->client() : nullptr;
    const QString accepted
        = (client ? client->options().corrections : CorrectionContract()).acceptedProviderStatus;
    const auto apply = [this, client, &accepted](
                           QAction *action, CorrectionKind kind, const QString &allowedTip) {
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        if (!m_origin || !client) {
            action->setEnabled(false);
            action->setToolTip(client ? tr("Select an issued invoice first.")
                                      : tr("Not connected: corrections need the server."));
            return;
        }
        const OriginRules::Verdict verdict = OriginRules::check(*m_origin, kind, accepted);
        action->setEnabled(verdict.allowed());
        action->setToolTip(verdict.allowed() ? allowedTip + QStringLiteral(" (") + keys + QLatin1Char(')')
                                             : verdict.message);
    };
    apply(m_replace, CorrectionKind::Replace,
        tr("Issue a replacement invoice with the whole corrected content"));
    apply(m_adjust, CorrectionKind::Increase,
        tr("Issue an adjustment invoice: an increase, a decrease or corrected information"));
}

} // namespace einvoice
