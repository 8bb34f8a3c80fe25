#pragma once

// The options of a whole DesktopApp in a test (header only).

#include "ui/shell/desktopapp.h"

#include <QTemporaryDir>

namespace einvoice::test {

// The test's settings, secrets and questions, the Demo server's data in the test's folder, and
// no retries, so that a fault shows at once.
inline DesktopApp::Options desktopOptions(
    const QTemporaryDir &dir, QSettings *settings, SecretStore *secrets, Questions *questions)
{
    DesktopApp::Options options;
    options.settings = settings;
    options.secrets = secrets;
    options.questions = questions;
    options.demoDataFile = dir.filePath(QStringLiteral("demo/sandbox.sqlite"));
    options.clientOptions.retry.maxAttempts = 1;
    return options;
}

} // namespace einvoice::test
