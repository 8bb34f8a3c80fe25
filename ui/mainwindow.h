#pragma once

#include <QMainWindow>

namespace einvoice {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace einvoice
