#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace einvoice {

// What the selected rows of the invoice list are, for deciding which actions apply.
struct SelectionFacts
{
    int count = 0;
    int drafts = 0;
    int issued = 0; // issued, replaced, adjusted or cancelled: they have a number and an XML
    int withTaxAuthorityCode = 0;
    bool online = false; // there is a client to send with
    bool canSendDrafts = false; // and a local outbox that records what is sent
    bool busy = false; // drafts are being issued or deleted, or files downloaded
};

// The actions on the selected invoices of the list (issue 17): in the table's context menu, on
// the page's selection toolbar and on keyboard shortcuts. Each is enabled only when it applies to
// the whole selection; its tooltip then says why not. Further features append their own actions
// with addActionGroup() (the corrections' Replace… and Adjust…), which follow the same menu and
// toolbar. No logic about invoices beyond the rules of which action applies.
class InvoiceSelectionActions : public QObject
{
    Q_OBJECT

public:
    enum class Id {
        Open,
        IssueDrafts,
        DeleteDrafts,
        CopyToNew,
        Print,
        SavePdfZip,
        SaveXmlZip,
        CopyNumber,
        CopyReference,
        CopyTaxAuthorityCode
    };
    Q_ENUM(Id)

    // A rule: empty when the action applies to the selection, otherwise why not (translated).
    using Rule = std::function<QString(const SelectionFacts &)>;

    // The actions are added to owner, their shortcuts working while the focus is inside it.
    explicit InvoiceSelectionActions(QWidget *owner);

    QAction *action(Id id) const { return m_actions.value(id); }
    // Appends a group after a separator, in the context menu and on the toolbar. rule, when
    // given, decides when they are enabled like the built-in ones; otherwise their owner does.
    void addActionGroup(const QList<QAction *> &actions, const Rule &rule = {});
    QMenu *contextMenu() const { return m_menu; }
    QToolBar *toolBar() const { return m_toolBar; }
    void update(const SelectionFacts &facts);
    const SelectionFacts &facts() const { return m_facts; }
    void retranslate();

Q_SIGNALS:
    void triggered(einvoice::InvoiceSelectionActions::Id id);

private:
    struct Entry
    {
        QAction *action = nullptr;
        Rule rule;
        QString tip; // what it does, shown when it applies
    };

    QAction *create(Id id, const char *objectName, const QKeySequence &shortcut);
    void applyRule(Entry &entry);
    static QString ruleFor(Id id, const SelectionFacts &facts);

    QWidget *m_owner;
    QHash<Id, QAction *> m_actions;
    QList<Entry> m_entries;
    QMenu *m_menu;
    QMenu *m_copyMenu;
    QToolBar *m_toolBar;
    SelectionFacts m_facts;
};

} // namespace einvoice
