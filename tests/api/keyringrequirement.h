#pragma once

// The keychain tests need a Secret Service on a D-Bus session bus (packaging/dev/test.sh runs
// ctest under dbus-run-session with gnome-keyring unlocked). Without one they FAIL, so CI can
// never pass them silently; a developer may set EINVOICE_ALLOW_NO_KEYRING=1 to skip instead.

#include <QTest>

#define EINVOICE_REQUIRE_KEYRING()                                                                           \
    do {                                                                                                     \
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {                                       \
            if (qEnvironmentVariableIntValue("EINVOICE_ALLOW_NO_KEYRING") == 1)                              \
                QSKIP("no D-Bus session (EINVOICE_ALLOW_NO_KEYRING=1)");                                     \
            QFAIL("No D-Bus session bus: run under dbus-run-session with gnome-keyring "                     \
                  "(packaging/dev/test.sh), or set EINVOICE_ALLOW_NO_KEYRING=1 to skip.");                   \
        }                                                                                                    \
    } while (false)
