#pragma once

#include "shellservices.h"
#include "ui/shell/mainwindow.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace einvoice {

class MainWindow;
class Translator;

// Owns the running GUI: applies the chosen language and builds and shows the main window once.
// Another language is applied in place: the window and its pages retranslate themselves, and
// their size, layout, page and contents stay. Without credentials in the ShellServices handed in,
// a session-only credentials store is used.
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

Q_SIGNALS:
    // The main window exists (once, at start): wire it up.
    void mainWindowCreated(einvoice::MainWindow *window);

private Q_SLOTS:
    void onLanguageChanged();

private:
    void createWindow();

    ShellServices m_services;
    std::unique_ptr<Translator> m_translator;
    QPointer<MainWindow> m_window;
};

} // namespace einvoice
