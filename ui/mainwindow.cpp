#include "mainwindow.h"

#include <QLabel>

namespace einvoice {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SePay eInvoice"));
    auto *placeholder = new QLabel(tr("Hóa đơn điện tử SePay"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(1100, 720);
}

} // namespace einvoice
