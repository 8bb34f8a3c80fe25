#include "appshell.h"

#include "i18n/translator.h"
#include "mainwindow.h"
#include "session/credentialsbackend.h"
#include "settings/appsettings.h"
#include "ui/common/environmenttext.h"

#include <QGuiApplication>

namespace einvoice {

AppShell::AppShell(ShellServices services, QObject *parent)
    : QObject(parent), m_services(services), m_translator(std::make_unique<Translator>())
{
    Q_ASSERT(m_services.settings);
    if (!m_services.credentials)
        m_services.credentials = new SessionCredentialsBackend(this);
    connect(m_services.settings, &AppSettings::languageChanged, this, &AppShell::onLanguageChanged,
        Qt::QueuedConnection);
}

AppShell::~AppShell()
{
    delete m_window;
}

QString AppShell::language() const
{
    return m_translator->currentLanguage();
}

void AppShell::start()
{
    m_translator->apply(Translator::resolveLanguage(m_services.settings->language()));
    createWindow();
}

void AppShell::createWindow()
{
    // Translated with the rest; Qt appends it to every window title.
    QGuiApplication::setApplicationDisplayName(EnvironmentText::appName());
    m_window = new MainWindow(m_services);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    Q_EMIT mainWindowCreated(m_window);
    m_window->show();
}

void AppShell::onLanguageChanged()
{
    const QString language = Translator::resolveLanguage(m_services.settings->language());
    if (language == m_translator->currentLanguage())
        return;
    // Installing the translations sends every widget a LanguageChange: each window, dialog and
    // page puts its own words in the new language, and nothing else changes.
    m_translator->apply(language);
    QGuiApplication::setApplicationDisplayName(EnvironmentText::appName());
}

} // namespace einvoice
