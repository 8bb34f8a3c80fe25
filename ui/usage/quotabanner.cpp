#include "quotabanner.h"

#include "usage/numberformat.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace einvoice {

QuotaBanner::QuotaBanner(QWidget *parent) : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("quotaWarningBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xc8));
    palette.setColor(QPalette::WindowText, QColor(0x5c, 0x3b, 0x00));
    setPalette(palette);
    m_label->setObjectName(QStringLiteral("quotaWarningText"));
    m_label->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label);
    hide();
}

void QuotaBanner::showFor(qint64 remaining, int threshold)
{
    m_remaining = remaining;
    m_threshold = threshold;
    const bool low = threshold > 0 && remaining < threshold;
    if (low)
        showText();
    setVisible(low);
}

void QuotaBanner::showText()
{
    m_label->setText(tr("Only %1 invoices are left in the package (warning under %2). Top up the "
                        "package before a batch fails with QUOTA_EXCEEDED.")
                         .arg(NumberFormat::count(m_remaining), NumberFormat::count(m_threshold)));
}

void QuotaBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_threshold > 0)
        showText();
    QFrame::changeEvent(event);
}

QString QuotaBanner::text() const
{
    return m_label->text();
}

} // namespace einvoice
