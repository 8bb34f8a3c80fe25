// The filter bar's provider status and series filters: reached and chosen with the keyboard,
// offering the series the list knows, remembered across starts, in Vietnamese and English.

#include "core/clock.h"
#include "invoicelisttestdata.h"
#include "invoices/invoicelistmodel.h"
#include "ui/invoices/invoicefilterbar.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace einvoice;

class TestInvoiceFilterBar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 5, 15), QTime(3, 0), Qt::UTC)};
    std::unique_ptr<testdata::ListCache> m_cache;
    std::unique_ptr<InvoiceListModel> m_model;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<InvoiceFilterBar> m_bar;

    QComboBox *combo(const char *name) const { return m_bar->findChild<QComboBox *>(QLatin1String(name)); }

    void makeBar()
    {
        m_bar = std::make_unique<InvoiceFilterBar>(&m_clock);
        connect(m_bar.get(), &InvoiceFilterBar::filterChanged, m_model.get(), &InvoiceListModel::setFilter);
        m_bar->followSeriesOf(m_model.get());
        m_bar->setSettings(m_settings.get());
        m_bar->resize(1200, 40);
        m_bar->show();
        m_bar->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_bar.get()));
    }

    // Tab from the search field until the named combo has the focus; false when it never does.
    bool tabTo(const char *name)
    {
        m_bar->findChild<QLineEdit *>(QStringLiteral("filterSearch"))->setFocus(Qt::TabFocusReason);
        for (int i = 0; i < 10; ++i) {
            if (QApplication::focusWidget() == combo(name))
                return true;
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        return QApplication::focusWidget() == combo(name);
    }

private Q_SLOTS:
    void init()
    {
        QList<CachedInvoiceRow> rows = testdata::sampleRows();
        rows[0].providerStatus = QStringLiteral("4");
        rows[1].providerStatus = QStringLiteral("2");
        rows[1].invoiceSeries = QStringLiteral("C26TBB");
        m_cache = std::make_unique<testdata::ListCache>();
        QVERIFY(m_cache->ok() && m_cache->put(rows));
        m_model = m_cache->openModel();
        m_settings
            = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("layout.ini")), QSettings::IniFormat);
        m_settings->clear();
        makeBar();
    }

    void cleanup()
    {
        m_bar.reset();
        m_model.reset();
        m_cache.reset();
        m_settings.reset();
    }

    void keyboard_choosesAProviderStatus()
    {
        QVERIFY(tabTo("filterProviderStatus"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // the first status: code granted
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->referenceCodeAt(0), QStringLiteral("ORDER-1"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home); // all statuses
        QCOMPARE(m_model->rowCount(), 6);
    }

    void series_offersWhatTheListKnowsAndFollowsIt()
    {
        QComboBox *series = combo("filterSeries");
        QCOMPARE(series->count(), 3); // all, C26TAA, C26TBB
        QCOMPARE(series->itemText(2), QStringLiteral("C26TBB"));
        QVERIFY(tabTo("filterSeries"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
        QCOMPARE(m_model->rowCount(), 1);
        // A new series arriving in the list is offered shortly after; the choice stays.
        CachedInvoiceRow row = testdata::sampleRows().first();
        row.referenceCode = QStringLiteral("NEW-1");
        row.invoiceSeries = QStringLiteral("C26TCC");
        QVERIFY(m_cache->put({row}));
        m_model->refresh();
        QTRY_COMPARE(series->count(), 4);
        QCOMPARE(series->currentText(), QStringLiteral("C26TBB"));
        QCOMPARE(m_model->rowCount(), 1);
    }

    // Issue 22: one or two letters alone scan every cached row (the index needs three), so they
    // wait for a pause in the typing; a term the index takes goes at the usual short delay.
    void shortTerms_waitForAPause()
    {
        m_bar->setSearchDelayMs(200); // 1 s for terms the index cannot take
        auto *search = m_bar->findChild<QLineEdit *>(QStringLiteral("filterSearch"));
        QSignalSpy changed(m_bar.get(), &InvoiceFilterBar::filterChanged);
        QTest::keyClicks(search, QStringLiteral("ng"));
        QVERIFY(!changed.wait(600)); // a timer never fires early
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(m_model->filter().search, QStringLiteral("ng"));
        QCOMPARE(m_model->rowCount(), 5); // all but ABC-6: Hoàng, Nguyễn, Ngọc, Công ty x2
        QTest::keyClick(search, Qt::Key_U);
        QVERIFY(changed.wait(900)); // long before a second
        QCOMPARE(m_model->filter().search, QStringLiteral("ngu"));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->referenceCodeAt(0), QStringLiteral("ORDER-2"));
    }

    void filters_areRememberedAcrossStarts()
    {
        combo("filterProviderStatus")
            ->setCurrentIndex(combo("filterProviderStatus")->findData(QStringLiteral("2")));
        combo("filterSeries")->setCurrentIndex(combo("filterSeries")->findData(QStringLiteral("C26TBB")));
        QCOMPARE(m_model->rowCount(), 1);
        m_bar.reset();
        m_model->setFilter(InvoiceFilter());
        QCOMPARE(m_model->rowCount(), 6);
        makeBar();
        QCOMPARE(combo("filterProviderStatus")->currentData().toString(), QStringLiteral("2"));
        QCOMPARE(combo("filterSeries")->currentText(), QStringLiteral("C26TBB"));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->referenceCodeAt(0), QStringLiteral("ORDER-2"));
        m_bar->reset();
        QCOMPARE(m_model->rowCount(), 6);
        m_bar.reset();
        makeBar();
        QCOMPARE(combo("filterSeries")->currentIndex(), 0);
        QCOMPARE(combo("filterProviderStatus")->currentIndex(), 0);
    }

    void texts_followTheLanguage()
    {
        QComboBox *provider = combo("filterProviderStatus");
        QCOMPARE(provider->itemText(0), QStringLiteral("All tax authority statuses"));
        QTranslator vietnamese;
        QVERIFY(vietnamese.load(QStringLiteral(VIETNAMESE_QM)));
        QCoreApplication::installTranslator(&vietnamese); // sends LanguageChange
        QTRY_COMPARE(combo("filterSeries")->itemText(0), QStringLiteral("Tất cả ký hiệu"));
        QCOMPARE(provider->itemText(0), QStringLiteral("Mọi trạng thái CQT"));
        QCOMPARE(provider->itemText(1), QStringLiteral("Đã được CQT cấp mã"));
        QCoreApplication::removeTranslator(&vietnamese);
        QTRY_COMPARE(provider->itemText(0), QStringLiteral("All tax authority statuses"));
    }
};

QTEST_MAIN(TestInvoiceFilterBar)
#include "tst_invoicefilterbar.moc"
