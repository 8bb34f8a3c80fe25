#include "appsettings.h"

#include <QStandardPaths>
#include <QUrl>

namespace einvoice {

AppSettings::AppSettings(QObject *parent) : QObject(parent), m_owned(std::make_unique<QSettings>())
{
    m_settings = m_owned.get();
    dropStoredCredentials();
}

AppSettings::AppSettings(QSettings *settings, QObject *parent) : QObject(parent), m_settings(settings)
{
    dropStoredCredentials();
}

AppSettings::~AppSettings() = default;

EnvironmentKind AppSettings::environment() const
{
    return EnvironmentId::kindFromName(value(settingskeys::environment)).value_or(EnvironmentKind::Demo);
}

EnvironmentId AppSettings::environmentId() const
{
    return EnvironmentId(environment(), QUrl(customUrl()));
}

void AppSettings::setEnvironment(EnvironmentKind choice)
{
    const bool firstWrite = isFirstRun();
    if (!firstWrite && environment() == choice)
        return;
    setValue(settingskeys::environment, EnvironmentId::kindName(choice));
    Q_EMIT environmentChanged(choice);
    Q_EMIT changed();
}

QString AppSettings::customUrl() const
{
    return withoutCredentials(value(settingskeys::customUrl));
}

void AppSettings::setCustomUrl(const QString &url)
{
    const EnvironmentId before = environmentId();
    setValue(settingskeys::customUrl, withoutCredentials(url.trimmed()));
    // Another custom server is another environment: its own credentials and local data.
    if (environment() == EnvironmentKind::Custom && environmentId() != before)
        Q_EMIT environmentChanged(EnvironmentKind::Custom);
    Q_EMIT changed();
}

QString AppSettings::withoutCredentials(const QString &url)
{
    QUrl parsed(url);
    if (!parsed.isValid() || parsed.userInfo().isEmpty())
        return url;
    parsed.setUserInfo(QString());
    return parsed.toString();
}

// Earlier versions stored the custom URL as typed, "https://id:secret@host" included.
void AppSettings::dropStoredCredentials()
{
    const QString stored = value(settingskeys::customUrl);
    if (withoutCredentials(stored) == stored)
        return;
    setValue(settingskeys::customUrl, withoutCredentials(stored));
    m_settings->sync();
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

int AppSettings::detailFillRate() const
{
    return qBound(settingskeys::minDetailFillRate, value(settingskeys::detailFillRate),
        settingskeys::maxDetailFillRate);
}

void AppSettings::setDetailFillRate(int requestsPerSecond)
{
    setValue(settingskeys::detailFillRate,
        qBound(settingskeys::minDetailFillRate, requestsPerSecond, settingskeys::maxDetailFillRate));
    Q_EMIT changed();
}

// "seller/custom%3Ahttps%3A%2F%2Fh": a custom server's key holds '/', which QSettings nests.
QString AppSettings::sellerGroup(const QString &environment)
{
    return QLatin1String(settingskeys::sellerGroup) + u'/'
        + QString::fromLatin1(QUrl::toPercentEncoding(environment));
}

SellerProfile AppSettings::seller(const QString &environment) const
{
    const QString group = sellerGroup(environment) + u'/';
    return SellerProfile {m_settings->value(group + QLatin1String("name")).toString(),
        m_settings->value(group + QLatin1String("taxCode")).toString(),
        m_settings->value(group + QLatin1String("address")).toString()};
}

void AppSettings::setSeller(const QString &environment, const SellerProfile &seller)
{
    const SellerProfile trimmed {seller.name.trimmed(), seller.taxCode.trimmed(), seller.address.trimmed()};
    if (trimmed == this->seller(environment))
        return;
    const QString group = sellerGroup(environment);
    m_settings->remove(group);
    if (!trimmed.isEmpty()) {
        m_settings->setValue(group + QLatin1String("/name"), trimmed.name);
        m_settings->setValue(group + QLatin1String("/taxCode"), trimmed.taxCode);
        m_settings->setValue(group + QLatin1String("/address"), trimmed.address);
    }
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
