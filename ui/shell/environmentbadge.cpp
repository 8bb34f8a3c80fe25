#include "environmentbadge.h"

#include "ui/common/environmenttext.h"

#include <QEvent>
#include <QPainter>

namespace einvoice {

namespace {
constexpr int horizontalPadding = 10;
constexpr int verticalPadding = 2;
} // namespace

EnvironmentBadge::EnvironmentBadge(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("environmentBadge"));
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    setEnvironment(EnvironmentKind::Demo);
}

void EnvironmentBadge::setEnvironment(EnvironmentKind choice)
{
    m_environment = choice;
    m_color = EnvironmentText::badgeColor(choice);
    setText(EnvironmentText::badge(choice));
    setToolTip(EnvironmentText::description(choice));
    setProperty("environment", EnvironmentId::kindName(choice));
    updateGeometry();
    update();
}

void EnvironmentBadge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setEnvironment(m_environment);
    QLabel::changeEvent(event);
}

QSize EnvironmentBadge::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {
        metrics.horizontalAdvance(text()) + 2 * horizontalPadding, metrics.height() + 2 * verticalPadding};
}

void EnvironmentBadge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_color);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(textColor());
    painter.setFont(font());
    painter.drawText(rect(), Qt::AlignCenter, text());
}

} // namespace einvoice
