#pragma once

#include <QDialogButtonBox>

namespace einvoice {

// A dialog's button box whose standard buttons (OK, Cancel, Close) read in the app's language.
// QDialogButtonBox puts Qt's own words back on its standard buttons on every language change
// (after the dialog retranslated itself, and in English when Qt has no translation for the
// language); this one sets the app's words again right after.
class DialogButtons : public QDialogButtonBox
{
    Q_OBJECT

public:
    DialogButtons(StandardButtons buttons, QWidget *parent);

protected:
    bool event(QEvent *event) override;

private:
    void retranslateUi();
};

} // namespace einvoice
