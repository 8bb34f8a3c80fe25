#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace einvoice {

// Version, what the app is, and the licences of what it ships with.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_text;
    QPushButton *m_copy = nullptr;
    bool m_copied = false;
};

} // namespace einvoice
