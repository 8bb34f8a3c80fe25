#include "dialogbuttons.h"

#include <QEvent>
#include <QPushButton>

namespace einvoice {

DialogButtons::DialogButtons(StandardButtons buttons, QWidget *parent) : QDialogButtonBox(buttons, parent)
{
    retranslateUi();
}

bool DialogButtons::event(QEvent *event)
{
    const bool handled = QDialogButtonBox::event(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    return handled;
}

void DialogButtons::retranslateUi()
{
    if (QPushButton *ok = button(Ok))
        ok->setText(tr("OK"));
    if (QPushButton *cancel = button(Cancel))
        cancel->setText(tr("Cancel"));
    if (QPushButton *close = button(Close))
        close->setText(tr("Close"));
}

} // namespace einvoice
