// The tax authority's answers become one notification per change, in the user's language, naming
// the invoice and the new status; fed the way the background detail fill will feed them (a signal
// of the same signature), into a recording sink.

#include "invoicelisttestdata.h"
#include "invoices/invoicelistmodel.h"
#include "invoices/invoicetexts.h"
#include "invoices/notificationsink.h"
#include "invoices/providerstatusnotifier.h"

#include <QTest>
#include <QTranslator>

#include <memory>

using namespace einvoice;

namespace {

class RecordingSink : public NotificationSink
{
public:
    struct Shown
    {
        QString title;
        QString message;
        bool warning = false;
    };

    void showNotification(const QString &title, const QString &message, bool warning) override
    {
        shown.append({title, message, warning});
    }

    QList<Shown> shown;
};

// Stands in for the detail fill until it lands: the same signal.
class StatusSource : public QObject
{
    Q_OBJECT

Q_SIGNALS:
    void providerStatusChanged(
        const QString &referenceCode, const QString &oldStatus, const QString &newStatus);
};

} // namespace

class TestProviderStatusNotifier : public QObject
{
    Q_OBJECT

private:
    RecordingSink m_sink;
    std::unique_ptr<testdata::ListCache> m_cache;
    InvoiceListModel *m_model = nullptr;
    ProviderStatusNotifier *m_notifier = nullptr;
    StatusSource *m_source = nullptr;

    void change(const QString &reference, const QString &from, const QString &to)
    {
        Q_EMIT m_source->providerStatusChanged(reference, from, to);
    }

    // Notifications are shown once the changes of one burst are in.
    QList<RecordingSink::Shown> shownAfterBurst()
    {
        QCoreApplication::processEvents();
        return std::exchange(m_sink.shown, {});
    }

private Q_SLOTS:
    void init()
    {
        m_cache = std::make_unique<testdata::ListCache>();
        QVERIFY(m_cache->ok() && m_cache->put(testdata::sampleRows()));
        m_model = new InvoiceListModel(&m_cache->cache(), this);
        m_model->setEnvironment(testdata::ListCache::environment);
        m_notifier = new ProviderStatusNotifier(&m_sink, this);
        m_notifier->setInvoiceModel(m_model);
        m_source = new StatusSource;
        connect(m_source, &StatusSource::providerStatusChanged, m_notifier,
            &ProviderStatusNotifier::onProviderStatusChanged);
        m_sink.shown.clear();
    }

    void cleanup()
    {
        delete m_source;
        delete m_notifier;
        delete m_model;
        m_cache.reset();
    }

    void aGrantedCode_namesTheInvoiceAndTheStatus()
    {
        change(QStringLiteral("ORDER-1"), QStringLiteral("3"), QStringLiteral("4"));
        const auto shown = shownAfterBurst();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().message,
            QStringLiteral("Invoice no. 9, series C26TAA: ")
                + InvoiceTexts::providerStatus(QStringLiteral("4")));
        QVERIFY(!shown.first().warning);
    }

    void theSameChangeTwice_notifiesOnce()
    {
        change(QStringLiteral("ORDER-1"), QStringLiteral("3"), QStringLiteral("2"));
        QCOMPARE(shownAfterBurst().size(), 1);
        change(QStringLiteral("ORDER-1"), QStringLiteral("3"), QStringLiteral("2"));
        change(QStringLiteral("ORDER-1"), QStringLiteral("3"), QStringLiteral("2"));
        QCOMPARE(shownAfterBurst().size(), 0);
        // A later real change is news again.
        change(QStringLiteral("ORDER-1"), QStringLiteral("2"), QStringLiteral("4"));
        QCOMPARE(shownAfterBurst().size(), 1);
    }

    void problems_areWarnings_data()
    {
        QTest::addColumn<QString>("status");
        QTest::newRow("signing error") << QStringLiteral("2");
        QTest::newRow("no answer") << QStringLiteral("5");
        QTest::newRow("not eligible") << QStringLiteral("6");
    }

    void problems_areWarnings()
    {
        QFETCH(QString, status);
        change(QStringLiteral("ORDER-2"), QStringLiteral("3"), status);
        const auto shown = shownAfterBurst();
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().warning);
        QVERIFY(shown.first().message.endsWith(InvoiceTexts::providerStatus(status)));
    }

    void notNews_isNotShown()
    {
        change(QStringLiteral("ORDER-1"), QStringLiteral("4"), QStringLiteral("4")); // no change
        change(QStringLiteral("ORDER-2"), QString(), QStringLiteral("4")); // first reading, granted
        change(QStringLiteral("ORDER-4"), QStringLiteral("1"), QStringLiteral("3")); // only sent
        QCOMPARE(shownAfterBurst().size(), 0);
        change(QStringLiteral("ABC-6"), QString(), QStringLiteral("6")); // first reading, a problem
        QCOMPARE(shownAfterBurst().size(), 1);
    }

    void anInvoiceNotInTheList_isNamedByItsReference()
    {
        change(QStringLiteral("ELSEWHERE-1"), QStringLiteral("3"), QStringLiteral("4"));
        const auto shown = shownAfterBurst();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.first().message.startsWith(QStringLiteral("Invoice reference ELSEWHERE-1: ")),
            qPrintable(shown.first().message));
    }

    void manyAtOnce_oneMessageThatCountsThem()
    {
        const QStringList references {QStringLiteral("ORDER-1"), QStringLiteral("ORDER-2"),
            QStringLiteral("ORDER-4"), QStringLiteral("ORDER-5"), QStringLiteral("ABC-6")};
        for (const QString &reference : references)
            change(reference, QStringLiteral("3"),
                reference == QLatin1String("ABC-6") ? QStringLiteral("2") : QStringLiteral("4"));
        const auto shown = shownAfterBurst();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.first().title.contains(QLatin1String("5 invoice")), qPrintable(shown.first().title));
        QVERIFY2(shown.first().message.contains(QStringLiteral("… and 2 more.")),
            qPrintable(shown.first().message));
        QVERIFY(shown.first().warning); // one of them is a problem
    }

    void vietnamese_whenTheAppIsInVietnamese()
    {
        QTranslator vietnamese;
        QVERIFY(vietnamese.load(QStringLiteral(VIETNAMESE_QM)));
        QCoreApplication::installTranslator(&vietnamese);
        change(QStringLiteral("ORDER-1"), QStringLiteral("3"), QStringLiteral("2"));
        const auto shown = shownAfterBurst();
        QCoreApplication::removeTranslator(&vietnamese);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().message, QStringLiteral("Hóa đơn số 9, ký hiệu C26TAA: Lỗi ký số"));
    }
};

QTEST_GUILESS_MAIN(TestProviderStatusNotifier)
#include "tst_providerstatusnotifier.moc"
