#include "invoiceselectionactions.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>
#include <QWidget>

namespace einvoice {

InvoiceSelectionActions::InvoiceSelectionActions(QWidget *owner)
    : QObject(owner),
      m_owner(owner),
      m_menu(new QMenu(owner)),
      m_copyMenu(new QMenu(owner)),
      m_toolBar(new QToolBar)
{
    m_menu->setObjectName(QStringLiteral("invoiceContextMenu"));
    m_menu->setToolTipsVisible(true); // a disabled action says why
    m_toolBar->setObjectName(QStringLiteral("invoiceSelectionToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto key = [](QKeyCombination combination) {
        return QKeySequence(combination);
    };
    create(Id::Open, "openInvoiceAction", QKeySequence(Qt::Key_Return));
    create(Id::IssueDrafts, "issueDraftsAction", key(Qt::CTRL | Qt::Key_Return));
    create(Id::DeleteDrafts, "deleteDraftsAction", QKeySequence::Delete);
    create(Id::CopyToNew, "copyToNewAction", key(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    const QList<QAction *> work {
        action(Id::Open), action(Id::IssueDrafts), action(Id::DeleteDrafts), action(Id::CopyToNew)};
    m_menu->addActions(work);
    m_toolBar->addActions(work);
    create(Id::Print, "printInvoicesAction", QKeySequence::Print);
    create(Id::SavePdfZip, "savePdfZipAction", key(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    create(Id::SaveXmlZip, "saveXmlZipAction", key(Qt::CTRL | Qt::ALT | Qt::Key_S));
    const QList<QAction *> files {action(Id::Print), action(Id::SavePdfZip), action(Id::SaveXmlZip)};
    m_menu->addSeparator();
    m_menu->addActions(files);
    m_toolBar->addSeparator();
    m_toolBar->addActions(files);
    create(Id::CopyNumber, "copyNumberAction", QKeySequence::Copy);
    create(Id::CopyReference, "copyReferenceAction", key(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    create(Id::CopyTaxAuthorityCode, "copyTaxAuthorityCodeAction", key(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_copyMenu->addActions(
        {action(Id::CopyNumber), action(Id::CopyReference), action(Id::CopyTaxAuthorityCode)});
    m_menu->addSeparator();
    m_menu->addMenu(m_copyMenu);
    auto *copyButton = new QToolButton(m_toolBar);
    copyButton->setObjectName(QStringLiteral("copyMenuButton"));
    copyButton->setMenu(m_copyMenu);
    copyButton->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(copyButton);
    retranslate();
    update(m_facts);
}

QAction *InvoiceSelectionActions::create(Id id, const char *objectName, const QKeySequence &shortcut)
{
    auto *created = new QAction(m_owner);
    created->setObjectName(QString::fromLatin1(objectName));
    created->setShortcut(shortcut);
    created->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_owner->addAction(created);
    connect(created, &QAction::triggered, this, [this, id] {
        // A shortcut reaches a disabled action's owner never, but a queued update may lag.
        if (ruleFor(id, m_facts).isEmpty())
            Q_EMIT triggered(id);
    });
    m_actions.insert(id, created);
    m_entries.append({created, [id](const SelectionFacts &facts) { return ruleFor(id, facts); }, {}});
    return created;
}

void InvoiceSelectionActions::addActionGroup(const QList<QAction *> &actions, const Rule &rule)
{
    m_menu->addSeparator();
    m_toolBar->addSeparator();
    for (QAction *added : actions) {
        if (!added->shortcut().isEmpty()) {
            added->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            m_owner->addAction(added);
        }
        m_menu->addAction(added);
        m_toolBar->addAction(added);
        if (rule) {
            m_entries.append({added, rule, added->toolTip()});
            applyRule(m_entries.last());
        }
    }
}

void InvoiceSelectionActions::update(const SelectionFacts &facts)
{
    m_facts = facts;
    for (Entry &entry : m_entries)
        applyRule(entry);
}

void InvoiceSelectionActions::applyRule(Entry &entry)
{
    const QString why = entry.rule(m_facts);
    entry.action->setEnabled(why.isEmpty());
    const QString keys = entry.action->shortcut().toString(QKeySequence::NativeText);
    const QString tip = entry.tip.isEmpty() ? entry.action->text().remove(QLatin1Char('&')) : entry.tip;
    const QString shown = keys.isEmpty() ? tip : tip + QStringLiteral(" (") + keys + QLatin1Char(')');
    entry.action->setToolTip(why.isEmpty() ? shown : why);
    entry.action->setStatusTip(why);
}

QString InvoiceSelectionActions::ruleFor(Id id, const SelectionFacts &facts)
{
    if (facts.count == 0)
        return tr("Select one or more invoices first.");
    const bool one = facts.count == 1;
    const bool allDrafts = facts.drafts == facts.count;
    switch (id) {
    case Id::Open:
    case Id::CopyToNew:
        if (!one)
            return tr("Select exactly one invoice.");
        return facts.online ? QString() : tr("Not connected: the invoice's lines cannot be fetched.");
    case Id::IssueDrafts:
    case Id::DeleteDrafts:
        if (!allDrafts)
            return tr("Only drafts can be issued or deleted; the selection holds %n issued invoice(s).",
                nullptr, facts.count - facts.drafts);
        if (!facts.online || !facts.canSendDrafts)
            return tr("Not connected to the server.");
        return facts.busy ? tr("Wait until the current work on the list has finished.") : QString();
    case Id::Print:
    case Id::SavePdfZip:
        if (!facts.online)
            return tr("Not connected to the server.");
        return facts.busy ? tr("Wait until the current work on the list has finished.") : QString();
    case Id::SaveXmlZip:
        if (facts.issued != facts.count)
            return tr("Drafts have no XML; select issued invoices only.");
        if (!facts.online)
            return tr("Not connected to the server.");
        return facts.busy ? tr("Wait until the current work on the list has finished.") : QString();
    case Id::CopyNumber:
        return facts.issued == facts.count ? QString() : tr("Drafts have no invoice number yet.");
    case Id::CopyReference:
        return QString();
    case Id::CopyTaxAuthorityCode:
        return facts.withTaxAuthorityCode == facts.count
            ? QString()
            : tr("Not every selected invoice has a tax authority code (yet).");
    }
    return QString();
}

void InvoiceSelectionActions::retranslate()
{
    action(Id::Open)->setText(tr("&Open"));
    action(Id::IssueDrafts)->setText(tr("&Issue drafts…"));
    action(Id::DeleteDrafts)->setText(tr("&Delete drafts…"));
    action(Id::CopyToNew)->setText(tr("Copy into a &new invoice"));
    action(Id::Print)->setText(tr("&Print…"));
    action(Id::SavePdfZip)->setText(tr("Save PDFs as ZIP…"));
    action(Id::SaveXmlZip)->setText(tr("Save XMLs as ZIP…"));
    action(Id::CopyNumber)->setText(tr("Copy invoice &number"));
    action(Id::CopyReference)->setText(tr("Copy &reference code"));
    action(Id::CopyTaxAuthorityCode)->setText(tr("Copy &tax authority code"));
    m_copyMenu->setTitle(tr("&Copy"));
    if (auto *button = m_toolBar->findChild<QToolButton *>(QStringLiteral("copyMenuButton")))
        button->setText(tr("Copy"));
    update(m_facts);
}

} // namespace einvoice
