#include "placeholderpage.h"

#include "wrappedlabel.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace einvoice {

PlaceholderPage::PlaceholderPage(const QString &objectName, Text title, Text text, QWidget *parent)
    : QWidget(parent),
      m_title(std::move(title)),
      m_text(std::move(text)),
      m_heading(new QLabel(this)),
      m_body(new WrappedLabel(QString(), this))
{
    setObjectName(objectName);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    m_heading->setAlignment(Qt::AlignCenter);
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_heading->setFont(font);
    m_body->setAlignment(Qt::AlignCenter);
    m_body->setEnabled(false);
    layout->addWidget(m_heading);
    layout->addWidget(m_body);
    layout->addStretch(2);
    retranslateUi();
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslateUi()
{
    m_heading->setText(m_title());
    m_body->setText(m_text());
}

} // namespace einvoice
