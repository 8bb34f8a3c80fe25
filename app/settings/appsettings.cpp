#include "appsettings.h"

#include <QStandardPaths>

namespace einvoice {

AppSettings::AppSettings(QObject *parent) : QObject(parent), m_owned(std::make_unique<QSettings>())
{
    m_settings = m_owned.get();
}

AppSettings::AppSettings(QSettings *settings, QObject *parent) : QObject(parent), m_settings(settings) { }

AppSettings::~AppSettings() = default;

EnvironmentChoice AppSettings::environment() const
{
    return environmentFromKey(value(settingskeys::environment)).value_or(EnvironmentChoice::Demo);
}

void AppSettings::setEnvironment(EnvironmentChoice choice)
{
    const bool firstWrite = isFirstRun();
    if (!firstWrite && environment() == choice)
        return;
    setValue(settingskeys::environment, environmentKey(choice));
    Q_EMIT environmentChanged(choice);
    Q_EMIT changed();
}

void AppSettings::setCustomUrl(const QString &url)
{
    setValue(settingskeys::customUrl, url.trimmed());
    Q_EMIT changed();
}

int AppSettings::pollingIntervalSeconds() const
{
    return qBound(settingskeys::minPollingIntervalSeconds, value(settingskeys::pollingIntervalSeconds),
        settingskeys::maxPollingIntervalSeconds);
}

void AppSettings::setPollingIntervalSeconds(int seconds)
{
    setValue(settingskeys::pollingIntervalSeconds,
        qBound(settingskeys::minPollingIntervalSeconds, seconds, settingskeys::maxPollingIntervalSeconds));
    Q_EMIT changed();
}

QString AppSettings::downloadFolder() const
{
    const QString folder = value(settingskeys::downloadFolder);
    if (!folder.isEmpty())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
}

void AppSettings::setDownloadFolder(const QString &folder)
{
    setValue(settingskeys::downloadFolder, folder);
    Q_EMIT changed();
}

void AppSettings::setLanguage(const QString &language)
{
    if (language == this->language())
        return;
    setValue(settingskeys::language, language);
    Q_EMIT languageChanged(language);
    Q_EMIT changed();
}

int AppSettings::lowQuotaThreshold() const
{
    return qBound(0, value(settingskeys::lowQuotaThreshold), settingskeys::maxLowQuotaThreshold);
}

void AppSettings::setLowQuotaThreshold(int threshold)
{
    setValue(settingskeys::lowQuotaThreshold, qBound(0, threshold, settingskeys::maxLowQuotaThreshold));
    Q_EMIT changed();
}

bool AppSettings::isFirstRun() const
{
    return !m_settings->contains(settingskeys::environment.name);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace einvoice
