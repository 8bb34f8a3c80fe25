#include "detailvaluelabel.h"

#include <QRegularExpression>

namespace einvoice {

DetailValueLabel::DetailValueLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred, QSizePolicy::Label);
    policy.setHeightForWidth(true); // as setWordWrap() set it: the row grows with the lines
    setSizePolicy(policy);
}

QSize DetailValueLabel::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 12, QLabel::minimumSizeHint().height()};
}

void DetailValueLabel::setFullText(const QString &text)
{
    m_fullText = text;
    fit();
}

void DetailValueLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    fit();
}

void DetailValueLabel::fit()
{
    const int width = contentsRect().width() - 2 * margin() - 2;
    QStringList words = m_fullText.split(QLatin1Char(' '));
    for (QString &word : words) {
        if (width > 0 && fontMetrics().horizontalAdvance(word) > width)
            word = fontMetrics().elidedText(word, Qt::ElideMiddle, width);
    }
    const QString shown = words.join(QLatin1Char(' '));
    if (shown != text())
        setText(shown);
    setToolTip(shown == m_fullText ? QString() : m_fullText);
}

} // namespace einvoice
