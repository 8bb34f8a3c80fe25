#pragma once

#include "core/environmentid.h"

#include <QColor>
#include <QLabel>

namespace einvoice {

// The environment as a coloured badge in the status bar: white bold text on a rounded rectangle
// of the environment's colour. Production is red. Painted directly (no style sheet: cheap at
// start-up).
class EnvironmentBadge : public QLabel
{
    Q_OBJECT

public:
    explicit EnvironmentBadge(QWidget *parent = nullptr);

    void setEnvironment(EnvironmentKind choice);
    EnvironmentKind environment() const { return m_environment; }
    QColor color() const { return m_color; }
    QColor textColor() const { return Qt::white; } // at least 4.5:1 on every environment's colour

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    EnvironmentKind m_environment = EnvironmentKind::Demo;
    QColor m_color;
};

} // namespace einvoice
