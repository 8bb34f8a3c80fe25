#pragma once

#include "core/environmentid.h"
#include "ui/common/questions.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace einvoice {

// Every user-visible word about environments, in one place: badge text, names, colours, hints and
// the Production confirmation.
class EnvironmentText
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentText)

public:
    static QString badge(EnvironmentKind choice); // "DEMO", "PRODUCTION", ...
    static QString longName(EnvironmentKind choice); // "Demo (built-in, sample data)", ...
    static QString description(EnvironmentKind choice);
    static QColor badgeColor(EnvironmentKind choice);
    // The app's name in the current language; the shell makes it the application display name.
    static QString appName();
    // The environment part of the title only ("DEMO"): Qt appends the application display name
    // itself ("DEMO — SePay eInvoice"), so the name is never in the title twice.
    static QString windowTitle(EnvironmentKind choice);
    static Questions::Confirmation productionQuestion();
};

} // namespace einvoice
