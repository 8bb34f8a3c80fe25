#pragma once

// A whole DesktopApp in a test (header only): its options and the start-up the GUI tests share.

#include "session/connection.h"
#include "support/fakesecretstore.h"
#include "support/scriptedquestions.h"
#include "ui/shell/appshell.h"
#include "ui/shell/desktopapp.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/pagecomposer.h"

#include <QFile>
#include <QObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

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

// The base of the GUI tests that run the whole desktop app: a settings file, a keychain and
// scripted questions of the test's own, and the app started over them as a user starts it.
class DesktopTest : public QObject
{
protected:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<FakeSecretStore> m_secrets;
    ScriptedQuestions m_questions;
    std::unique_ptr<DesktopApp> m_app;

    MainWindow *window() const { return m_app->shell()->mainWindow(); }

    // A fresh settings file (named settingsName in the test's folder), keychain and questions.
    void resetDesktop(const QString &settingsName = QStringLiteral("settings.ini"))
    {
        QVERIFY(m_dir.isValid());
        const QString file = m_dir.filePath(settingsName);
        QFile::remove(file);
        m_qsettings = std::make_unique<QSettings>(file, QSettings::IniFormat);
        m_secrets = std::make_unique<FakeSecretStore>();
        m_questions = ScriptedQuestions();
    }
    // The options startDesktop() starts with; a test changes them before.
    DesktopApp::Options desktopOptions(const QString &localDataFile = QString())
    {
        DesktopApp::Options options
            = test::desktopOptions(m_dir, m_qsettings.get(), m_secrets.get(), &m_questions);
        if (!localDataFile.isEmpty())
            options.localDataFile = localDataFile;
        return options;
    }
    // Starts the app and waits for its window and its pages (built after the first paint).
    void startDesktop(const DesktopApp::Options &options)
    {
        m_app = std::make_unique<DesktopApp>(options);
        m_app->start();
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        QTRY_VERIFY(!m_app->pages()->isOpen() || m_app->pages()->pagesBuilt());
    }
    void stopDesktop()
    {
        m_app.reset();
        m_secrets.reset();
        m_qsettings.reset();
    }
};

} // namespace einvoice::test
