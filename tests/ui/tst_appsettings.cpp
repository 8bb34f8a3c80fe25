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
        QCOMPARE(settings.environment(), EnvironmentKind::Demo);
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
            settings.setEnvironment(EnvironmentKind::Sandbox);
            settings.setPollingIntervalSeconds(7);
            settings.setLowQuotaThreshold(55);
            settings.setLanguage(QStringLiteral("vi"));
            settings.setDownloadFolder(QStringLiteral("/tmp/hd"));
            settings.setValue(settingskeys::lastPage, QStringLiteral("usage"));
        }
        QSettings raw(file(), QSettings::IniFormat);
        AppSettings settings(&raw);
        QVERIFY(!settings.isFirstRun());
        QCOMPARE(settings.environment(), EnvironmentKind::Sandbox);
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
        QCOMPARE(settings.environment(), EnvironmentKind::Demo);
    }

    void environmentKeys_roundTrip_data()
    {
        QTest::addColumn<EnvironmentKind>("choice");
        QTest::newRow("demo") << EnvironmentKind::Demo;
        QTest::newRow("sandbox") << EnvironmentKind::Sandbox;
        QTest::newRow("production") << EnvironmentKind::Production;
        QTest::newRow("custom") << EnvironmentKind::Custom;
    }
    void environmentKeys_roundTrip()
    {
        QFETCH(EnvironmentKind, choice);
        QCOMPARE(EnvironmentId::kindFromName(EnvironmentId::kindName(choice)),
            std::optional<EnvironmentKind>(choice));
    }

    void setEnvironment_signalsOnlyOnChange()
    {
        QSettings raw(file(), QSettings::IniFormat);
        AppSettings settings(&raw);
        QSignalSpy spy(&settings, &AppSettings::environmentChanged);
        settings.setEnvironment(EnvironmentKind::Demo); // first explicit write counts
        settings.setEnvironment(EnvironmentKind::Demo);
        settings.setEnvironment(EnvironmentKind::Production);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.last().at(0).value<EnvironmentKind>(), EnvironmentKind::Production);
    }

    // Issue 19: the user's company, per environment (a custom server's key holds '/'), survives
    // reopening; an emptied one is removed.
    void seller_roundTripPerEnvironment()
    {
        const QString custom
            = EnvironmentId(EnvironmentKind::Custom, QUrl(QStringLiteral("https://hd.vn/api"))).key();
        const SellerProfile demo {QStringLiteral("Công ty TNHH Mẫu"), QStringLiteral("0312345678"),
            QStringLiteral("1 Lê Lợi, Q.1, TP.HCM")};
        {
            QSettings raw(file(), QSettings::IniFormat);
            AppSettings settings(&raw);
            QSignalSpy changed(&settings, &AppSettings::changed);
            settings.setSeller(QStringLiteral("demo"), demo);
            settings.setSeller(custom, {QStringLiteral(" Cty & Con "), QStringLiteral("0312345678-001"), {}});
            settings.setSeller(QStringLiteral("demo"), demo); // the same again: no change
            QCOMPARE(changed.size(), 2);
        }
        QSettings raw(file(), QSettings::IniFormat);
        AppSettings settings(&raw);
        QCOMPARE(settings.seller(QStringLiteral("demo")), demo);
        QCOMPARE(settings.seller(custom).name, QStringLiteral("Cty & Con"));
        QCOMPARE(settings.seller(custom).taxCode, QStringLiteral("0312345678-001"));
        QVERIFY(settings.seller(QStringLiteral("production")).isEmpty());
        settings.setSeller(custom, {});
        QVERIFY(settings.seller(custom).isEmpty());
        QCOMPARE(settings.seller(QStringLiteral("demo")), demo);
    }

    void settingsFile_neverHoldsSecretKeys()
    {
        QSettings raw(file(), QSettings::IniFormat);
        AppSettings settings(&raw);
        settings.setEnvironment(EnvironmentKind::Production);
        raw.sync();
        for (const QString &key : raw.allKeys())
            QVERIFY2(!key.contains(QLatin1String("secret"), Qt::CaseInsensitive), qPrintable(key));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
