#pragma once

#include <QFrame>

namespace einvoice {

// Shown in the Demo environment: the data is demo data, and how to connect a real account.
class DemoBanner : public QFrame
{
    Q_OBJECT

public:
    explicit DemoBanner(QWidget *parent = nullptr);

Q_SIGNALS:
    void connectRequested();
};

} // namespace einvoice
