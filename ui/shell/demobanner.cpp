#include "demobanner.h"

#include "wrappedlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace einvoice {

DemoBanner::DemoBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("demoBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xe3, 0xf0, 0xfb));
    colours.setColor(QPalette::WindowText, QColor(0x0d, 0x3c, 0x66));
    setPalette(colours);
    auto *layout = new QHBoxLayout(this);
    auto *text = new WrappedLabel(QString(), this);
    text->setObjectName(QStringLiteral("demoBannerText"));
    text->setText(
        tr("<b>Demo data.</b> You are working on the server built into the app, with sample invoices. "
           "Nothing is sent to SePay or to the tax authority. To work with your company's invoices, "
           "open Settings, choose Sandbox or Production and enter the client ID and secret from your "
           "SePay account."));
    auto *button = new QPushButton(tr("Connect a real account…"), this);
    button->setObjectName(QStringLiteral("demoBannerConnectButton"));
    connect(button, &QPushButton::clicked, this, &DemoBanner::connectRequested);
    layout->addWidget(text, 1);
    layout->addWidget(button);
}

} // namespace einvoice
