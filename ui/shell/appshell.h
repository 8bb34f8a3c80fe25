#pragma once

#include "shellservices.h"
#include "ui/shell/mainwindow.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace einvoice {

class MainWindow;
class Translator;

// Owns the running GUI: applies the chosen language, builds and shows the main window, and
// rebuilds it when the user picks another language (every string is translated afresh, the size,
// layout and page are kept). Services missing from the ShellServices handed in get defaults: a
// message-box prompter and a session-only credentials store.
class AppShell : public QObject
{
    Q_OBJECT

public:
    explicit AppShell(ShellServices services, QObject *parent = nullptr);
    ~AppShell() override;

    void start();
    MainWindow *mainWindow() const { return m_window; }
    const ShellServices &services() const { return m_services; }
    QString language() const;
    // While it answers true (a batch run of the window is going), another language waits: the
    // window is rebuilt in it once the check answers false, and the status bar says so meanwhile.
    void setWindowBusyCheck(std::function<bool()> busy) { m_windowBusy = std::move(busy); }
    bool isLanguagePending() const { return m_languageWait.isActive(); }

Q_SIGNALS:
    // A new main window exists (at start and after a language change): wire it up.
    void mainWindowCreated(einvoice::MainWindow *window);

private Q_SLOTS:
    void onLanguageChanged();

private:
    void createWindow();

    ShellServices m_services;
    std::unique_ptr<QObject> m_ownedPrompter;
    std::unique_ptr<Translator> m_translator;
    std::function<bool()> m_windowBusy;
    QTimer m_languageWait;
    QPointer<MainWindow> m_window;
};

} // namespace einvoice
