// Single instance over a local socket: a second start finds the first and asks it to raise.
#include "ui/shell/singleinstance.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <QWidget>

using namespace einvoice;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    static QString uniqueKey()
    {
        return QStringLiteral("einvoice-test-") + QUuid::createUuid().toString(QUuid::Id128);
    }

private Q_SLOTS:
    void start_firstIsPrimary_secondAsksItToRaise()
    {
        const QString key = uniqueKey();
        SingleInstance first(key);
        QSignalSpy activations(&first, &SingleInstance::activationRequested);
        QVERIFY(first.start());
        QVERIFY(first.isPrimary());

        SingleInstance second(key);
        QVERIFY(!second.start()); // another is running
        QVERIFY(!second.isPrimary());
        QVERIFY(activations.wait(5000) || activations.size() == 1);
        QCOMPARE(activations.size(), 1);
    }

    void start_eachLaterStartRaisesAgain()
    {
        const QString key = uniqueKey();
        SingleInstance first(key);
        QSignalSpy activations(&first, &SingleInstance::activationRequested);
        QVERIFY(first.start());
        for (int i = 0; i < 3; ++i) {
            SingleInstance later(key);
            QVERIFY(!later.start());
        }
        QTRY_COMPARE(activations.size(), 3);
    }

    void start_afterTheFirstIsGoneBecomesPrimary()
    {
        const QString key = uniqueKey();
        {
            SingleInstance first(key);
            QVERIFY(first.start());
        }
        SingleInstance next(key);
        QVERIFY(next.start());
        QVERIFY(next.isPrimary());
    }

    void start_replacesAStaleSocketFile()
    {
        const QString key = uniqueKey();
        // What a crashed instance leaves behind: a file at the socket path that nobody answers on.
        QFile stale(QDir::tempPath() + QLatin1Char('/') + key);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        SingleInstance instance(key);
        QVERIFY(instance.start());
        SingleInstance second(key);
        QVERIFY(!second.start()); // the new server answers
    }

    void defaultKey_dependsOnTheApplicationName()
    {
        const QString before = SingleInstance::defaultKey();
        QVERIFY(before.startsWith(QCoreApplication::applicationName()));
        const QString name = QCoreApplication::applicationName();
        QCoreApplication::setApplicationName(QStringLiteral("other-app"));
        QVERIFY(SingleInstance::defaultKey() != before);
        QCoreApplication::setApplicationName(name);
    }

    void raiseWindow_showsAMinimizedWindow()
    {
        QWidget window;
        window.showMinimized();
        SingleInstance::raiseWindow(&window);
        QVERIFY(window.isVisible());
        QVERIFY(!(window.windowState() & Qt::WindowMinimized));
        SingleInstance::raiseWindow(nullptr); // no window yet: nothing happens
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
