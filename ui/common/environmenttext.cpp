#include "environmenttext.h"

namespace einvoice {

QString EnvironmentText::badge(EnvironmentKind choice)
{
    switch (choice) {
    case EnvironmentKind::Demo:
        return tr("DEMO");
    case EnvironmentKind::Sandbox:
        return tr("SANDBOX");
    case EnvironmentKind::Production:
        return tr("PRODUCTION");
    case EnvironmentKind::Custom:
        return tr("CUSTOM SERVER");
    }
    return {};
}

QString EnvironmentText::longName(EnvironmentKind choice)
{
    switch (choice) {
    case EnvironmentKind::Demo:
        return tr("Demo (built-in server, sample data)");
    case EnvironmentKind::Sandbox:
        return tr("SePay Sandbox (testing)");
    case EnvironmentKind::Production:
        return tr("SePay Production (real invoices)");
    case EnvironmentKind::Custom:
        return tr("Custom server address");
    }
    return {};
}

QString EnvironmentText::description(EnvironmentKind choice)
{
    switch (choice) {
    case EnvironmentKind::Demo:
        return tr("A server built into the app with sample data. Nothing is sent to SePay or to the tax "
                  "authority.");
    case EnvironmentKind::Sandbox:
        return tr("SePay's test server. Invoices are not sent to the tax authority.");
    case EnvironmentKind::Production:
        return tr("Invoices issued here are legal documents sent to the tax authority and use your quota.");
    case EnvironmentKind::Custom:
        return tr("A SePay-compatible server at the address below, for example a local sandbox.");
    }
    return {};
}

QColor EnvironmentText::badgeColor(EnvironmentKind choice)
{
    switch (choice) {
    case EnvironmentKind::Demo:
        return QColor(0x1e, 0x6f, 0xb8);
    case EnvironmentKind::Sandbox:
        return QColor(0x8a, 0x53, 0x00); // dark amber: white text stays readable (6.3:1)
    case EnvironmentKind::Production:
        return QColor(0xc6, 0x28, 0x28);
    case EnvironmentKind::Custom:
        return QColor(0x6a, 0x3d, 0x9a);
    }
    return Qt::gray;
}

QString EnvironmentText::appName()
{
    return tr("SePay eInvoice");
}

QString EnvironmentText::windowTitle(EnvironmentKind choice)
{
    if (choice == EnvironmentKind::Production)
        return tr("⚠ %1 — invoices are legal documents").arg(badge(choice));
    return badge(choice);
}

Questions::Confirmation EnvironmentText::productionQuestion()
{
    return {tr("Switch to Production?"),
        tr("You are switching to SePay Production. Invoices you issue there are legal documents: they "
           "are sent to the tax authority and use your paid quota.\n\nSwitch to Production?"),
        tr("Switch to Production")};
}

} // namespace einvoice
