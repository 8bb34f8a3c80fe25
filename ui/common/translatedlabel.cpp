#include "translatedlabel.h"

#include <QEvent>

namespace einvoice {

void TranslatedLabel::setMessage(Text text)
{
    m_text = std::move(text);
    setText(m_text ? m_text() : QString());
}

void TranslatedLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_text)
        setText(m_text());
    QLabel::changeEvent(event);
}

} // namespace einvoice
