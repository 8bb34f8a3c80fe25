#pragma once

#include <QDialog>

namespace einvoice {

// Version, what the app is, and the licences of what it ships with.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace einvoice
