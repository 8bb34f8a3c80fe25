#include "settings/appsettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;

class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("s.ini")); }

private Q_SLOTS:
    void init() { QFile::remove(file()); }

    void defaults_whenNothingWritten()
    {
        QSettings raw(file(), QSettings::IniFormat);
        AppSettings settings(&raw);
        QVERIFY(settings.isFirstRun());
        QCOMPARE(settings.environment(), EnvironmentChoice::Demo);
        QCOMPARE(settings.pollingIntervalSeconds(), settingskeys::pollingIntervalSeconds.defaultValue);
        QCOMPARE(settings.lowQuotaThreshold(), settingskeys::lowQuotaThreshold.defaultValue);
        QVERIFY(settings.language().isEmpty());
        QVERIFY(!settings.downloadFolder().isEmpty());
    }

    void values_surviveReopening()
    {
        {
            QSettings raw(file(), QSettings::IniFormat);
            AppSettings settings(&raw);
            settings.setEnvironment(EnvironmentChoice::Sandbox);
            settings.setPollingIntervalSeconds(7);
            settings.setLowQuotaThreshold(55);
            settings.setLanguage(QStringLiteral("vi"));
            settings.setDownloadFolder(QStringLiteral("/tmp/hd"));
            settings.setValue(settingskeys::lastPage, QStringLiteral("usage"));
        }
        QSettings raw(file(), QSettings::IniFormat);
        AppSettings settings(&raw);
        QVERIFY(!settings.isFirstRun());
        QCOMPARE(settings.environment(), EnvironmentChoice::Sandbox);
        QCOMPARE(settings.pollingIntervalSeconds(), 7);
        QCOMPARE(settings.lowQuotaThreshold(), 55);
        QCOMPARE(settings.language(), QStringLiteral("vi"));
        QCOMPARE(settings.downloadFolder(), QStringLiteral("/tmp/hd"));
        QCOMPARE(settings.value(settingskeys::lastPage), QStringLiteral("usage"));
    }

    void customUrl_withCredentials_isStoredAndReadWithout()
    {
        {
            QSettings raw(file(), QSettings::IniFormat); // as an earlier version wrote it
            raw.setValue(
                settingskeys::customUrl.name, QStringLiteral("https://my-id:S3cret@hd.example.vn:8443/api"));
        }
        {
            QSettings raw(file(), QSettings::IniFormat);
            AppSettings settings(&raw);
            QCOMPARE(settings.customUrl(), QStringLiteral("https://hd.example.vn:8443/api"));
        }
        QFile written(file());
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        QVERIFY2(!text.contains("S3cret") && !text.contains("my-id"), text.constData());
        QVERIFY(text.contains("hd.example.vn"));

        QSettings raw(file(), QSettings::IniFormat);
        AppSettings settings(&raw);
        settings.setCustomUrl(QStringLiteral("https://other:S3cret@hd2.example.vn"));
        settings.sync();
        QCOMPARE(settings.customUrl(), QStringLiteral("https://hd2.example.vn"));
        QFile again(file());
        QVERIFY(again.open(QIODevice::ReadOnly));
        QVERIFY(!again.readAll().contains("S3cret"));
    }

    void pollingInterval_isClamped_data()
    {
        QTest::addColumn<int>("written");
        QTest::addColumn<int>("read");
        QTest::newRow("zero") << 0 << settingskeys::minPollingIntervalSeconds;
        QTest::newRow("negative") << -5 << settingskeys::minPollingIntervalSeconds;
        QTest::newRow("normal") << 10 << 10;
        QTest::newRow("huge") << 100000 << settingskeys::maxPollingIntervalSeconds;
    }
    void pollingInterval_isClamped()
    {
        QFETCH(int, written);
        QFETCH(int, read);
        QSettings raw(file(), QSettings::IniFormat);
        raw.setValue(settingskeys::pollingIntervalSeconds.name, written);
        AppSettings settings(&raw);
        QCOMPARE(settings.pollingIntervalSeconds(), read);
    }

    void unknownEnvironment_fallsBackToDemo()
    {
        QSettings raw(file(), QSettings::IniFormat);
        raw.setValue(settingskeys::environment.name, QStringLiteral("staging"));
        AppSettings settings(&raw);
        QCOMPARE(settings.environment(), EnvironmentChoice::Demo);
    }

    void environmentKeys_roundTrip_data()
    {
        QTest::addColumn<EnvironmentChoice>("choice");
        QTest::newRow("demo") << EnvironmentChoice::Demo;
        QTest::newRow("sandbox") << EnvironmentChoice::Sandbox;
        QTest::newRow("production") << EnvironmentChoice::Production;
        QTest::newRow("custom") << EnvironmentChoice::Custom;
    }
    void environmentKeys_roundTrip()
    {
        QFETCH(EnvironmentChoice, choice);
        QCOMPARE(environmentFromKey(environmentKey(choice)), std::optional<EnvironmentChoice>(choice));
    }

    void setEnvironment_signalsOnlyOnChange()
    {
        QSettings raw(file(), QSettings::IniFormat);
        AppSettings settings(&raw);
        QSignalSpy spy(&settings, &AppSettings::environmentChanged);
        settings.setEnvironment(EnvironmentChoice::Demo); // first explicit write counts
        settings.setEnvironment(EnvironmentChoice::Demo);
        settings.setEnvironment(EnvironmentChoice::Production);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.last().at(0).value<EnvironmentChoice>(), EnvironmentChoice::Production);
    }

    void settingsFile_neverHoldsSecretKeys()
    {
        QSettings raw(file(), QSettings::IniFormat);
        AppSettings settings(&raw);
        settings.setEnvironment(EnvironmentChoice::Production);
        raw.sync();
        for (const QString &key : raw.allKeys())
            QVERIFY2(!key.contains(QLatin1String("secret"), Qt::CaseInsensitive), qPrintable(key));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
