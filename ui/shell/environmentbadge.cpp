#include "environmentbadge.h"

#include "environmenttext.h"

namespace einvoice {

EnvironmentBadge::EnvironmentBadge(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("environmentBadge"));
    setAlignment(Qt::AlignCenter);
    setEnvironment(EnvironmentChoice::Demo);
}

void EnvironmentBadge::setEnvironment(EnvironmentChoice choice)
{
    m_environment = choice;
    setText(EnvironmentText::badge(choice));
    setToolTip(EnvironmentText::description(choice));
    const QColor color = EnvironmentText::badgeColor(choice);
    setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; border-radius: 4px;"
                       " padding: 2px 10px; }")
            .arg(color.name()));
    setProperty("environment", environmentKey(choice));
}

} // namespace einvoice
