#include "quotabanner.h"

#include "usage/numberformat.h"

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
    const bool low = threshold > 0 && remaining < threshold;
    if (low) {
        m_label->setText(tr("Only %1 invoices are left in the package (warning under %2). Top up the "
                            "package before a batch fails with QUOTA_EXCEEDED.")
                             .arg(NumberFormat::count(remaining), NumberFormat::count(threshold)));
    }
    setVisible(low);
}

QString QuotaBanner::text() const
{
    return m_label->text();
}

} // namespace einvoice
