#pragma once

#include <QString>

namespace einvoice {

// Where a notification for the user goes: the desktop's (the tray, or the status bar where there
// is none; DesktopNotifier) or a recording fake in tests.
class NotificationSink
{
public:
    virtual ~NotificationSink() = default;
    // warning: something needs the user's attention (an invoice the tax authority did not accept).
    virtual void showNotification(const QString &title, const QString &message, bool warning) = 0;
};

} // namespace einvoice
