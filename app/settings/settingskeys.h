#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QString>

namespace einvoice {

// One setting: where it lives in the settings file and what it is when never written.
template<typename T> struct SettingKey
{
    QLatin1String name;
    T defaultValue;
};

// Every setting the app keeps, with its default, in one place. Secrets never appear here: client
// IDs and secrets go through the secret store.
namespace settingskeys {

// The environment kind as EnvironmentId::kindName() spells it (for Demo, Sandbox and Production
// also their EnvironmentId::key()); Demo until the user chooses otherwise.
inline const SettingKey<QString> environment {
    QLatin1String("connection/environment"), QStringLiteral("demo")};
inline const SettingKey<QString> customUrl {QLatin1String("connection/customUrl"), QString()};
inline const SettingKey<int> pollingIntervalSeconds {QLatin1String("jobs/pollingIntervalSeconds"), 3};
// Empty means the system's download folder (resolved by AppSettings::downloadFolder()).
inline const SettingKey<QString> downloadFolder {QLatin1String("files/downloadFolder"), QString()};
// "vi", "en", or empty for "follow the system locale".
inline const SettingKey<QString> language {QLatin1String("ui/language"), QString()};
inline const SettingKey<int> lowQuotaThreshold {QLatin1String("usage/lowQuotaThreshold"), 20};
// Requests per second of the background detail fill (issue 17).
inline const SettingKey<int> detailFillRate {QLatin1String("invoices/detailFillRate"), 2};
// The group of the user's company per environment (AppSettings::seller), not a single key.
inline constexpr char sellerGroup[] = "seller";
inline const SettingKey<QByteArray> windowGeometry {QLatin1String("window/geometry"), QByteArray()};
inline const SettingKey<QByteArray> windowState {QLatin1String("window/state"), QByteArray()};
inline const SettingKey<QByteArray> navigationSplitter {
    QLatin1String("window/navigationSplitter"), QByteArray()};
inline const SettingKey<QByteArray> accountsSplitter {QLatin1String("window/accountsSplitter"), QByteArray()};
inline const SettingKey<QString> lastPage {QLatin1String("window/lastPage"), QString()};

inline constexpr int minPollingIntervalSeconds = 1;
inline constexpr int maxPollingIntervalSeconds = 300;
inline constexpr int maxLowQuotaThreshold = 100000;
inline constexpr int minDetailFillRate = 1;
inline constexpr int maxDetailFillRate = 20;

} // namespace settingskeys
} // namespace einvoice
