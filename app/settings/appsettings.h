#pragma once

#include "core/environmentid.h"
#include "sellerprofile.h"
#include "settingskeys.h"

#include <QObject>
#include <QSettings>

#include <memory>

namespace einvoice {

// Typed access to the user's settings. Owns or borrows a QSettings so that tests can hand in one
// backed by a temporary file. Never stores secrets.
class AppSettings : public QObject
{
    Q_OBJECT

public:
    // Uses the application's default QSettings (organisation and application name).
    explicit AppSettings(QObject *parent = nullptr);
    // Borrows settings; the caller keeps it alive longer than this object.
    explicit AppSettings(QSettings *settings, QObject *parent = nullptr);
    ~AppSettings() override;

    template<typename T> T value(const SettingKey<T> &key) const
    {
        return m_settings->value(key.name, QVariant::fromValue(key.defaultValue)).template value<T>();
    }
    template<typename T> void setValue(const SettingKey<T> &key, const T &value)
    {
        m_settings->setValue(key.name, QVariant::fromValue(value));
    }

    EnvironmentKind environment() const;
    void setEnvironment(EnvironmentKind choice);
    // Never with a user name or password: they are dropped when written, and when read from an
    // older settings file (which is then rewritten without them). A new URL while Custom is
    // chosen is another environment: environmentChanged() follows.
    QString customUrl() const;
    void setCustomUrl(const QString &url);
    // The chosen environment's identity (the custom URL for Custom).
    EnvironmentId environmentId() const;

    int pollingIntervalSeconds() const;
    void setPollingIntervalSeconds(int seconds);
    QString downloadFolder() const;
    void setDownloadFolder(const QString &folder);
    QString language() const { return value(settingskeys::language); }
    void setLanguage(const QString &language);
    int lowQuotaThreshold() const;
    void setLowQuotaThreshold(int threshold);
    // Requests per second the background detail fill may send (minDetailFillRate..maxDetailFillRate).
    int detailFillRate() const;
    void setDetailFillRate(int requestsPerSecond);

    // The user's company in the environment (its key, EnvironmentId::key()); empty when unknown.
    SellerProfile seller(const QString &environment) const;
    // Trimmed; an empty profile removes the environment's.
    void setSeller(const QString &environment, const SellerProfile &seller);

    // True when the user has never chosen an environment (first run).
    bool isFirstRun() const;
    void sync();

Q_SIGNALS:
    // The chosen environment's identity changed (its kind, or the custom URL while Custom).
    void environmentChanged(einvoice::EnvironmentKind choice);
    void languageChanged(const QString &language);
    void changed();

private:
    static QString withoutCredentials(const QString &url);
    static QString sellerGroup(const QString &environment);
    void dropStoredCredentials();

    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings = nullptr;
};

} // namespace einvoice
