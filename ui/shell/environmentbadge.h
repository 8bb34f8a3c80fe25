#pragma once

#include "settings/environmentchoice.h"

#include <QLabel>

namespace einvoice {

// The environment as a coloured badge in the status bar. Production is red and bold.
class EnvironmentBadge : public QLabel
{
    Q_OBJECT

public:
    explicit EnvironmentBadge(QWidget *parent = nullptr);

    void setEnvironment(EnvironmentChoice choice);
    EnvironmentChoice environment() const { return m_environment; }

private:
    EnvironmentChoice m_environment = EnvironmentChoice::Demo;
};

} // namespace einvoice
