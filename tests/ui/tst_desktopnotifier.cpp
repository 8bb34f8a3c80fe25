// Desktop notifications: only while the app is not in front, tray or log fallback.
#include "ui/shell/desktopnotifier.h"

#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace einvoice;

Q_DECLARE_METATYPE(einvoice::DesktopNotifier::Notification)

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<DesktopNotifier::Notification>(); }

    void notify_whileActive_showsNothing()
    {
        DesktopNotifier notifier;
        notifier.setActiveCheck([] { return true; });
        notifier.setTrayCheck([] { return true; });
        QSignalSpy spy(&notifier, &DesktopNotifier::notified);
        notifier.notifyJobFinished(QStringLiteral("done"));
        notifier.notifyQuotaLow(3, 10);
        QCOMPARE(spy.size(), 0);
        QVERIFY(!notifier.trayIcon());
    }

    // What the editor's job end says: the number, the draft, or the server's reason.
    void invoiceJob_saysNumberDraftOrReason_data()
    {
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("issued") << true << QStringLiteral("0000042") << QString()
                                << int(DesktopNotifier::Kind::JobFinished) << QStringLiteral("0000042");
        QTest::newRow("server draft")
            << true << QString() << QString() << int(DesktopNotifier::Kind::JobFinished)
            << QStringLiteral("The draft invoice has been saved on the server.");
        QTest::newRow("failed") << false << QString() << QStringLiteral("Tax code is not valid")
                                << int(DesktopNotifier::Kind::JobFailed)
                                << QStringLiteral("Tax code is not valid");
        QTest::newRow("failed without reason")
            << false << QString() << QString() << int(DesktopNotifier::Kind::JobFailed)
            << QStringLiteral("The invoice could not be sent.");
    }

    void invoiceJob_saysNumberDraftOrReason()
    {
        QFETCH(bool, ok);
        QFETCH(QString, number);
        QFETCH(QString, message);
        QFETCH(int, kind);
        QFETCH(QString, expected);
        DesktopNotifier notifier;
        notifier.setActiveCheck([] { return false; });
        notifier.setTrayCheck([] { return false; });
        QSignalSpy spy(&notifier, &DesktopNotifier::notified);
        notifier.notifyInvoiceJob(ok, number, message);
        QCOMPARE(spy.size(), 1);
        const auto notification = spy.first().at(0).value<DesktopNotifier::Notification>();
        QCOMPARE(int(notification.kind), kind);
        QVERIFY2(notification.message.contains(expected), qPrintable(notification.message));
    }

    void notify_inBackground_usesTheTray_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expectedText");
        QTest::newRow("finished") << int(DesktopNotifier::Kind::JobFinished)
                                  << QStringLiteral("invoice 7 issued");
        QTest::newRow("failed") << int(DesktopNotifier::Kind::JobFailed) << QStringLiteral("server said no");
        QTest::newRow("quota") << int(DesktopNotifier::Kind::QuotaLow) << QStringLiteral("12");
        QTest::newRow("tax authority") << int(DesktopNotifier::Kind::TaxAuthorityAnswer)
                                       << QStringLiteral("Invoice no. 9: Code granted");
        QTest::newRow("tax authority problem") << int(DesktopNotifier::Kind::TaxAuthorityProblem)
                                               << QStringLiteral("Invoice no. 9: Signing error");
    }

    // The tax authority's answers (a NotificationSink): in front, or without a tray, the status bar.
    void sinkNotification_inFrontOrWithoutTray_goesToTheStatusBar()
    {
        for (const bool active : {true, false}) {
            DesktopNotifier notifier;
            notifier.setActiveCheck([active] { return active; });
            notifier.setTrayCheck([] { return false; });
            QStringList statusBar;
            notifier.setStatusMessage([&statusBar](const QString &text) { statusBar.append(text); });
            QSignalSpy spy(&notifier, &DesktopNotifier::notified);
            notifier.showNotification(QStringLiteral("CQT"), QStringLiteral("first\nsecond"), true);
            QCOMPARE(statusBar, QStringList {QStringLiteral("first; second")});
            QCOMPARE(spy.size(), 1);
            QCOMPARE(spy.at(0).at(1).toBool(), false);
            QVERIFY(!notifier.trayIcon());
        }
    }

    void notify_inBackground_usesTheTray()
    {
        QFETCH(int, kind);
        QFETCH(QString, expectedText);
        DesktopNotifier notifier;
        notifier.setActiveCheck([] { return false; });
        notifier.setTrayCheck([] { return true; });
        QSignalSpy spy(&notifier, &DesktopNotifier::notified);
        switch (DesktopNotifier::Kind(kind)) {
        case DesktopNotifier::Kind::JobFinished:
            notifier.notifyJobFinished(expectedText);
            break;
        case DesktopNotifier::Kind::JobFailed:
            notifier.notifyJobFailed(expectedText);
            break;
        case DesktopNotifier::Kind::QuotaLow:
            notifier.notifyQuotaLow(12, 50);
            break;
        case DesktopNotifier::Kind::TaxAuthorityAnswer:
        case DesktopNotifier::Kind::TaxAuthorityProblem:
            notifier.showNotification(QStringLiteral("CQT"), expectedText,
                DesktopNotifier::Kind(kind) == DesktopNotifier::Kind::TaxAuthorityProblem);
            break;
        }
        QCOMPARE(spy.size(), 1);
        const auto shown = spy.at(0).at(0).value<DesktopNotifier::Notification>();
        QCOMPARE(int(shown.kind), kind);
        QVERIFY(shown.message.contains(expectedText));
        QVERIFY(!shown.title.isEmpty());
        QCOMPARE(spy.at(0).at(1).toBool(), true);
        QVERIFY(notifier.trayIcon());
        QVERIFY(notifier.trayIcon()->isVisible());
    }

    // An interrupted run taken up on start follows up what was sent and leaves the rest waiting
    // for Continue or Discard: that is not a failure (it was announced as "job failed").
    void batchFinished_notSentIsNotAFailure_data()
    {
        QTest::addColumn<int>("done");
        QTest::addColumn<int>("notSent");
        QTest::addColumn<int>("notDone");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("all done") << 12 << 0 << 0 << int(DesktopNotifier::Kind::JobFinished)
                                  << QStringLiteral("12 invoice(s) done, 0 not done");
        QTest::newRow("resumed, rest waiting")
            << 4 << 4 << 0 << int(DesktopNotifier::Kind::JobFinished)
            << QStringLiteral("4 invoice(s) done, 4 not sent yet, 0 not done");
        QTest::newRow("failed") << 3 << 0 << 1 << int(DesktopNotifier::Kind::JobFailed)
                                << QStringLiteral("3 invoice(s) done, 1 not done");
        QTest::newRow("waiting and failed") << 3 << 2 << 1 << int(DesktopNotifier::Kind::JobFailed)
                                            << QStringLiteral("2 not sent yet, 1 not done");
    }

    void batchFinished_notSentIsNotAFailure()
    {
        QFETCH(int, done);
        QFETCH(int, notSent);
        QFETCH(int, notDone);
        QFETCH(int, kind);
        QFETCH(QString, says);
        DesktopNotifier notifier;
        notifier.setActiveCheck([] { return false; });
        notifier.setTrayCheck([] { return false; });
        QSignalSpy spy(&notifier, &DesktopNotifier::notified);
        notifier.notifyBatchFinished(done, notSent, notDone);
        QCOMPARE(spy.size(), 1);
        const auto shown = spy.at(0).at(0).value<DesktopNotifier::Notification>();
        QCOMPARE(int(shown.kind), kind);
        QVERIFY2(shown.message.contains(says), qPrintable(shown.message));
    }

    void notify_withoutTray_logsInsteadAndDoesNotCrash()
    {
        DesktopNotifier notifier;
        notifier.setActiveCheck([] { return false; });
        notifier.setTrayCheck([] { return false; });
        QSignalSpy spy(&notifier, &DesktopNotifier::notified);
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("no system tray.*quota low")));
        notifier.notifyQuotaLow(1, 10);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(1).toBool(), false);
        QVERIFY(!notifier.trayIcon());
    }

    void defaultChecks_inTheOffscreenTestAreSafe()
    {
        DesktopNotifier notifier; // real application state and tray check
        QSignalSpy spy(&notifier, &DesktopNotifier::notified);
        notifier.notifyJobFailed(QStringLiteral("x"));
        QVERIFY(spy.size() <= 1);
    }
};

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
