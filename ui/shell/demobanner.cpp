#include "demobanner.h"

#include "contrast.h"
#include "wrappedlabel.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace einvoice {

DemoBanner::DemoBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("demoBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    applyColours();
    auto *layout = new QHBoxLayout(this);
    m_text = new WrappedLabel(QString(), this);
    m_text->setObjectName(QStringLiteral("demoBannerText"));
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("demoBannerConnectButton"));
    connect(m_button, &QPushButton::clicked, this, &DemoBanner::connectRequested);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);
    retranslateUi();
}

void DemoBanner::setCustomServer(const QString &url)
{
    m_customUrl = url;
    retranslateUi();
}

void DemoBanner::retranslateUi()
{
    if (isCustomServer()) {
        m_text->setText(tr("<b>Custom server.</b> This app talks to %1, not to SePay's own servers. "
                           "Invoices sent there are only as real as that server.")
                            .arg(m_customUrl.toHtmlEscaped()));
        m_button->setText(tr("Change server…"));
        return;
    }
    m_text->setText(
        tr("<b>Demo data.</b> You are working on the server built into the app, with sample invoices. "
           "Nothing is sent to SePay or to the tax authority. To work with your company's invoices, "
           "open Settings, choose Sandbox or Production and enter the client ID and secret from your "
           "SePay account."));
    m_button->setText(tr("Connect a real account…"));
}

void DemoBanner::applyColours()
{
    const QPalette system = QApplication::palette(this);
    const bool dark = Contrast::isDark(system);
    m_appliedDark = dark ? 1 : 0;
    const QColor background = dark ? QColor(0x12, 0x33, 0x52) : QColor(0xe3, 0xf0, 0xfb);
    const QColor text = dark ? QColor(0xe3, 0xf0, 0xfb) : QColor(0x0d, 0x3c, 0x66);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, background);
    colours.setColor(QPalette::WindowText, Contrast::readableOn(text, background));
    colours.setColor(QPalette::Text, colours.color(QPalette::WindowText));
    // The link colour of the rich text, readable on the panel too.
    colours.setColor(QPalette::Link, Contrast::readableOn(system.color(QPalette::Link), background));
    setPalette(colours);
}

void DemoBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    // A new system palette reaches the banner as a PaletteChange of the roles it does not set;
    // its own setPalette() sends one too, which leaves the theme as it is and stops here.
    if (event->type() == QEvent::PaletteChange
        && int(Contrast::isDark(QApplication::palette(this))) != m_appliedDark)
        applyColours();
    QFrame::changeEvent(event);
}

} // namespace einvoice
