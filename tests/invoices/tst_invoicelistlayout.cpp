// The invoice list's layout (issue 17): what shows at 1280x800 without scrolling sideways, and
// that the column choice and widths and the detail pane are remembered.
#include "invoices/invoicelistmodel.h"
#include "store/cachedinvoice.h"
#include "store/database.h"
#include "store/filecachepaths.h"
#include "store/invoicecacherepository.h"
#include "ui/invoices/detailvaluelabel.h"
#include "ui/invoices/invoicedetailpane.h"
#include "ui/invoices/invoicespage.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;

class TestInvoiceListLayout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_database;
    std::unique_ptr<InvoiceCacheRepository> m_cache;
    std::unique_ptr<FileCachePaths> m_files;
    std::unique_ptr<QSettings> m_settings;

    std::unique_ptr<InvoicesPage> page(const QSize &size)
    {
        InvoicesPageServices services;
        services.cache = m_cache.get();
        services.files = m_files.get();
        services.layoutSettings = m_settings.get();
        auto built = std::make_unique<InvoicesPage>(services);
        built->resize(size);
        built->setEnvironment(QStringLiteral("layout-test"), nullptr);
        built->show();
        if (!QTest::qWaitForWindowExposed(built.get()))
            return nullptr;
        return built;
    }

    static QTableView *table(InvoicesPage *page)
    {
        return page->findChild<QTableView *>(QStringLiteral("invoiceTable"));
    }

    static QSplitter *splitter(InvoicesPage *page)
    {
        return qobject_cast<QSplitter *>(table(page)->parentWidget());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_database.open(m_dir.filePath(QStringLiteral("cache.sqlite"))).ok());
        m_cache = std::make_unique<InvoiceCacheRepository>(m_database);
        m_files = std::make_unique<FileCachePaths>(m_dir.filePath(QStringLiteral("files")));
        CachedInvoice invoice;
        invoice.summary.referenceCode = QStringLiteral("ref-1");
        invoice.summary.invoiceNumber = QStringLiteral("1234567");
        invoice.summary.issuedDate = QDate(2026, 12, 4);
        invoice.summary.status = InvoiceStatus::Issued;
        invoice.summary.buyer.name = QStringLiteral("Công ty TNHH Thương mại Dịch vụ Nguyễn Văn Ánh");
        invoice.summary.buyer.taxCode = QStringLiteral("0312456782-001");
        invoice.summary.totalAmount = Decimal::fromInteger(1234567890);
        invoice.invoiceSeries = QStringLiteral("C26TAA");
        QVERIFY(m_cache->put(QStringLiteral("layout-test"), invoice).ok());
        m_settings
            = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    }

    // In a 1280x800 main window the page gets about 1060x600 (navigation, banner, bars).
    void at1280x800_theMainColumnsShowWithoutScrollingSideways()
    {
        m_settings->clear();
        auto shown = page(QSize(1060, 600));
        QVERIFY(shown);
        QTableView *view = table(shown.get());
        for (int column : {InvoiceListModel::Number, InvoiceListModel::Series, InvoiceListModel::IssuedDate,
                 InvoiceListModel::Buyer, InvoiceListModel::TaxCode, InvoiceListModel::Total,
                 InvoiceListModel::Status}) {
            QVERIFY2(!view->isColumnHidden(column), qPrintable(QString::number(column)));
            const int right = view->horizontalHeader()->sectionViewportPosition(column)
                + view->horizontalHeader()->sectionSize(column);
            QVERIFY2(right <= view->viewport()->width(), qPrintable(QString::number(column)));
        }
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
        QVERIFY(view->columnWidth(InvoiceListModel::Buyer) >= 120);
        QVERIFY(splitter(shown.get())->sizes().value(1) > 0); // the detail pane shows
    }

    // Long values in the narrow detail pane at 1280x800: a legal name wraps onto as many lines as
    // it needs, and a word wider than the pane (a tax authority code) is shortened with "…" and
    // shown whole in its tooltip; nothing is cut at the row's height or the pane's edge.
    void at1280x800_longDetailValuesWrapOrShortenWithATooltip()
    {
        m_settings->clear();
        auto shown = page(QSize(1060, 600));
        QVERIFY(shown);
        InvoiceDetail detail;
        detail.summary.referenceCode = QStringLiteral("ref-1");
        detail.summary.invoiceNumber = QStringLiteral("1234567");
        detail.summary.status = InvoiceStatus::Issued;
        detail.summary.buyer.legalName = QStringLiteral(
            "Công ty Trách nhiệm hữu hạn Thương mại Dịch vụ Xuất nhập khẩu Nguyễn Văn Ánh và các Cộng sự");
        detail.summary.buyer.address = QStringLiteral(
            "Tầng 12, Tòa nhà Bitexco, 2 Hải Triều, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh");
        detail.taxAuthorityCode = QStringLiteral("M1-26-QWERTYUIOPASDFGHJKLZXCVBNM-0123456789ABCDEF");
        InvoiceDetailPane *pane = shown->detailPane();
        pane->showDetail(detail);
        QTest::qWait(50);
        for (const char *name : {"detailBuyerLegalName", "detailBuyerAddress", "detailTaxAuthorityCode"}) {
            auto *value = pane->findChild<DetailValueLabel *>(QLatin1String(name));
            QVERIFY(value);
            QVERIFY2(value->geometry().right() <= pane->contentsRect().right(), name);
            QVERIFY2(value->height() >= value->heightForWidth(value->width()),
                qPrintable(QStringLiteral("%1: %2 < %3 at width %4, pane %5")
                               .arg(QLatin1String(name))
                               .arg(value->height())
                               .arg(value->heightForWidth(value->width()))
                               .arg(value->width())
                               .arg(pane->height()))); // not cut at the bottom
            for (const QString &word : value->text().split(u' '))
                QVERIFY2(value->fontMetrics().horizontalAdvance(word) <= value->contentsRect().width(), name);
        }
        auto *legal = pane->findChild<DetailValueLabel *>(QStringLiteral("detailBuyerLegalName"));
        QVERIFY(!legal->isShortened()); // wrapped, every word whole
        QVERIFY(legal->height() > 2 * legal->fontMetrics().height());
        auto *code = pane->findChild<DetailValueLabel *>(QStringLiteral("detailTaxAuthorityCode"));
        QVERIFY(code->isShortened());
        QVERIFY(code->text().contains(QStringLiteral("…")));
        QCOMPARE(code->toolTip(), detail.taxAuthorityCode);
        QCOMPARE(pane->fieldText(QStringLiteral("detailTaxAuthorityCode")), detail.taxAuthorityCode);
        // Widened, the whole code shows again.
        QSplitter *split = splitter(shown.get());
        split->setSizes({200, 860});
        QTRY_VERIFY(!code->isShortened());
        QVERIFY(code->toolTip().isEmpty());
    }

    // The main window opens at 1180x760 with a 200-pixel navigation: the page gets about 960 pixels.
    // Each filter shows its whole choice ("All tax authority statuses" was cut in English).
    void atTheDefaultWindowWidth_everyFilterShowsItsWholeText()
    {
        m_settings->clear();
        auto shown = page(QSize(960, 600));
        QVERIFY(shown);
        const auto combos = shown->findChildren<QComboBox *>(QRegularExpression(QStringLiteral("^filter")));
        QVERIFY(combos.size() >= 4);
        for (QComboBox *combo : combos) {
            if (!combo->isVisible())
                continue;
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = combo->isEditable();
            option.currentText = combo->currentText();
            const QRect field = combo->style()->subControlRect(
                QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
            QVERIFY2(field.width() >= combo->fontMetrics().horizontalAdvance(combo->currentText()),
                qPrintable(combo->objectName() + QStringLiteral(": ") + combo->currentText()));
            QVERIFY2(
                combo->geometry().right() < combo->parentWidget()->width(), qPrintable(combo->objectName()));
        }
    }

    void columnsAndDetailPane_areRememberedAcrossARestart()
    {
        m_settings->clear();
        {
            auto shown = page(QSize(1060, 600));
            QVERIFY(shown);
            QTableView *view = table(shown.get());
            view->setColumnHidden(InvoiceListModel::Series, true);
            view->setColumnHidden(InvoiceListModel::TaxAmount, false);
            view->setColumnWidth(InvoiceListModel::TaxCode, 140);
            QAction *toggle = shown->findChild<QAction *>(QStringLiteral("toggleDetailPaneAction"));
            QVERIFY(toggle && toggle->isChecked());
            toggle->trigger(); // collapses the detail pane
            QCOMPARE(splitter(shown.get())->sizes().value(1), 0);
        }
        auto again = page(QSize(1060, 600));
        QVERIFY(again);
        QTableView *view = table(again.get());
        QVERIFY(view->isColumnHidden(InvoiceListModel::Series));
        QVERIFY(!view->isColumnHidden(InvoiceListModel::TaxAmount));
        QCOMPARE(view->columnWidth(InvoiceListModel::TaxCode), 140);
        QCOMPARE(splitter(again.get())->sizes().value(1), 0);
        QAction *toggle = again->findChild<QAction *>(QStringLiteral("toggleDetailPaneAction"));
        QVERIFY(!toggle->isChecked());
        QTest::keyClick(view, Qt::Key_F6); // and the keyboard brings it back
        QVERIFY(splitter(again.get())->sizes().value(1) > 0);
        QVERIFY(toggle->isChecked());
    }
};

QTEST_MAIN(TestInvoiceListLayout)
#include "tst_invoicelistlayout.moc"
