#pragma once

#include <QIcon>

namespace einvoice {

// The app's icon in the sizes it ships (48 and 256 px).
QIcon applicationIcon();

// Names, version and icon of the desktop app, set on the QApplication before anything else. Shared
// by the entry point and the start-up benchmark so that both start the same way.
void setUpApplicationIdentity();

} // namespace einvoice
