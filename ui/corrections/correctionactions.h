#pragma once

#include "core/remoteinvoice.h"
#include "correctiondialog.h"

#include <QObject>

#include <optional>

class QAction;
class QWidget;

namespace einvoice {

// "Replace…" (Ctrl+Shift+R) and "Adjust…" (Ctrl+Shift+A) for the invoice the list shows: enabled
// only when OriginRules allow that correction of its detail, otherwise disabled with the reason as
// tooltip. The actions are added to the widget given (their shortcuts work inside it); lists,
// menus and buttons show them. Triggered, they open the correction window (CorrectionDialog) over
// that widget.
class CorrectionActions : public QObject
{
    Q_OBJECT

public:
    CorrectionActions(QWidget *owner, const CorrectionDialogServices &services);

    QAction *replaceAction() const { return m_replace; }
    QAction *adjustAction() const { return m_adjust; }
    QList<QAction *> actions() const { return {m_replace, m_adjust}; }

    // The invoice shown: its detail, or nullopt while none is (loading, none selected, failed).
    void setOrigin(const std::optional<InvoiceDetail> &detail);
    const std::optional<InvoiceDetail> &origin() const { return m_origin; }
    // Another environment or client: the next windows work with it; the rules follow its contract.
    void setServices(const CorrectionDialogServices &services);
    CorrectionDialog *openWindow(CorrectionKind kind);

Q_SIGNALS:
    void windowOpened(einvoice::CorrectionDialog *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void update();

    QAction *m_replace;
    QAction *m_adjust;
    QWidget *m_owner;
    CorrectionDialogServices m_services;
    std::optional<InvoiceDetail> m_origin;
};

} // namespace einvoice
