#include "../spreadsheet/openpyxlview.h"
#include "i18n/uinumbers.h"
#include "invoices/csvexporter.h"
#include "invoices/invoicelistmodel.h"
#include "invoices/invoicelistreader.h"
#include "invoices/invoicelistroles.h"
#include "invoices/invoicerowblocks.h"
#include "invoices/invoicesyncengine.h"
#include "invoices/searchkey.h"
#include "sandboxfixture.h"
#include "support/scriptedquestions.h"
#include "ui/common/pdfprinter.h"
#include "ui/common/pdfviewer.h"
#include "ui/invoices/invoicedetailpane.h"
#include "ui/invoices/invoicefiletab.h"
#include "ui/invoices/invoicespage.h"
#include "ui/invoices/xmlviewer.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeWidget>

using namespace einvoice;
using namespace einvoice::invoicelistroles;
using einvoice::test::ScriptedQuestions;

namespace {

constexpr int Seeded = 60;

bool hasInk(const QImage &image)
{
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (qGray(image.pixel(x, y)) < 100)
                return true;
        }
    }
    return false;
}

struct ScrollBarToggles : QObject
{
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Show || event->type() == QEvent::Hide)
            ++count;
        return false;
    }
};

} // namespace

class TestInvoicesPage : public QObject
{
    Q_OBJECT

private:
    testdata::SandboxFixture m_fixture;
    ScriptedQuestions m_dialogs; // fixed paths, printing to a PDF file
    std::unique_ptr<InvoicesPage> m_page;

    template<typename T> T *child(const char *name) const
    {
        return m_page->findChild<T *>(QString::fromLatin1(name));
    }

    void chooseData(const char *comboName, int value)
    {
        auto *combo = child<QComboBox>(comboName);
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(value));
    }

    int rowOfStatus(InvoiceStatus status) const
    {
        for (int row = 0; row < m_page->model()->rowCount(); ++row) {
            if (m_page->model()->index(row, 0).data(StatusRole).toInt() == int(status))
                return row;
        }
        return -1;
    }

    void selectRow(int row)
    {
        auto *table = child<QTableView>("invoiceTable");
        table->setCurrentIndex(m_page->model()->index(row, 0));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.setUp(Seeded));
        m_dialogs.folder = m_fixture.dir.filePath(QStringLiteral("bulk"));
        m_dialogs.savePath = m_fixture.dir.filePath(QStringLiteral("export.csv"));
        m_dialogs.printFile = m_fixture.dir.filePath(QStringLiteral("printed.pdf"));
        InvoicesPageServices services;
        services.cache = m_fixture.cache.get();
        services.files = m_fixture.paths.get();
        services.questions = &m_dialogs;
        m_page = std::make_unique<InvoicesPage>(services);
        m_page->resize(1400, 900);
        m_page->setEnvironment(m_fixture.environment(), m_fixture.client.get());
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanupTestCase() { m_page.reset(); }

    void refresh_startsByItselfForANeverRefreshedListAndOnDemand()
    {
        // setEnvironment() in initTestCase found the list never refreshed and started a refresh.
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), Seeded, 20000);
        QTRY_VERIFY(child<QPushButton>("refreshButton")->isEnabled());
        QVERIFY(child<QLabel>("lastSyncLabel")->text() != InvoicesPage::tr("Never refreshed"));
        QVERIFY(child<QLabel>("invoiceFooter")->text().contains(QString::number(Seeded)));

        QSignalSpy started(m_page->syncEngine(), &InvoiceSyncEngine::started);
        m_page->setEnvironment(m_fixture.environment(), m_fixture.client.get());
        QCoreApplication::processEvents(); // the queued check runs: the list is fresh
        QCOMPARE(started.size(), 0);
        QCOMPARE(m_page->model()->rowCount(), Seeded);

        QTest::mouseClick(child<QPushButton>("refreshButton"), Qt::LeftButton);
        QCOMPARE(started.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("refreshButton")->isEnabled(), 20000);
        QCOMPARE(m_page->model()->rowCount(), Seeded);
    }

    // Issue 17: the series shows; the amounts before tax and the VAT start hidden instead.
    void taxAmountColumn_startsHiddenAndTheHeaderMenuShowsIt()
    {
        auto *table = child<QTableView>("invoiceTable");
        QVERIFY(!table->isColumnHidden(InvoiceListModel::Series));
        QVERIFY(table->isColumnHidden(InvoiceListModel::TaxAmount));
        QCOMPARE(table->horizontalHeader()->actions().size(), InvoiceListModel::ColumnCount);
        auto *toggle = table->horizontalHeader()->findChild<QAction *>(
            QStringLiteral("toggleColumn") + QString::number(InvoiceListModel::TaxAmount));
        QVERIFY(toggle && !toggle->isChecked());
        toggle->trigger();
        QVERIFY(!table->isColumnHidden(InvoiceListModel::TaxAmount));
        toggle->trigger();
        QVERIFY(table->isColumnHidden(InvoiceListModel::TaxAmount));
    }

    void statusFilter_narrowsTheList()
    {
        chooseData("filterStatus", int(InvoiceBadge::Issued));
        const int issued = m_page->model()->rowCount();
        QVERIFY(issued > 0 && issued < Seeded);
        for (int row = 0; row < issued; ++row)
            QCOMPARE(statusBadgeOf(InvoiceBadge(
                         m_page->model()->index(row, InvoiceListModel::Status).data(BadgeRole).toInt())),
                InvoiceBadge::Issued);
        chooseData("filterStatus", -1);
        QCOMPARE(m_page->model()->rowCount(), Seeded);
    }

    void sourceAndDateFilters_narrowTheList()
    {
        chooseData("filterSource", int(InvoiceSource::Manual));
        const int manual = m_page->model()->rowCount();
        QVERIFY(manual > 0 && manual < Seeded);
        for (int row = 0; row < manual; ++row)
            QCOMPARE(m_page->model()->index(row, 0).data(SourceRole).toInt(), int(InvoiceSource::Manual));
        chooseData("filterSource", -1);

        chooseData("filterDates", int(DateRange::Preset::LastMonth));
        const QDate today = QDate::currentDate();
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        int expected = 0;
        for (const CachedInvoiceRow &invoice : m_fixture.cache->loadRows(m_fixture.environment()).value())
            expected += invoice.issuedDate >= first && invoice.issuedDate < first.addMonths(1);
        QCOMPARE(m_page->model()->rowCount(), expected);
        chooseData("filterDates", int(DateRange::Preset::AnyTime));
        QCOMPARE(m_page->model()->rowCount(), Seeded);
    }

    void search_narrowsAccentInsensitively()
    {
        auto *search = child<QLineEdit>("filterSearch");
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("nguyen van"));
        QTRY_VERIFY(m_page->model()->rowCount() < Seeded);
        QVERIFY(m_page->model()->rowCount() > 0);
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            QCOMPARE(m_page->model()->index(row, 0).data(BuyerNameRole).toString(),
                QStringLiteral("Nguyễn Văn An"));
        search->clear();
        QTRY_COMPARE(m_page->model()->rowCount(), Seeded);
        QInputMethodEvent typed;
        typed.setCommitString(QStringLiteral("Đức"));
        QCoreApplication::sendEvent(search, &typed);
        QCOMPARE(search->text(), QStringLiteral("Đức"));
        const auto allMatch = [this] {
            for (int row = 0; row < m_page->model()->rowCount(); ++row) {
                const QString buyer = m_page->model()->index(row, 0).data(BuyerNameRole).toString();
                if (!SearchKey::fold(buyer).contains(QStringLiteral("duc")))
                    return false;
            }
            return m_page->model()->rowCount() > 0;
        };
        QTRY_VERIFY(allMatch());
        search->clear();
        QTRY_COMPARE(m_page->model()->rowCount(), Seeded);
    }

    void exportCsv_writesTheFilteredRows()
    {
        chooseData("filterStatus", int(InvoiceBadge::Draft));
        const int drafts = m_page->model()->rowCount();
        QTest::mouseClick(child<QPushButton>("exportCsvButton"), Qt::LeftButton);
        QFile file(m_dialogs.savePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(CsvExporter::parse(bytes).size(), drafts + 1);
        chooseData("filterStatus", -1);
    }

    // In Vietnamese the save dialogs offer Vietnamese file names without diacritics, in the folder
    // the user saved to last in this session.
    void exportNames_followTheLanguage()
    {
        const QString saved = m_dialogs.savePath;
        m_dialogs.savePath = m_fixture.dir.filePath(QStringLiteral("chosen/export.csv"));
        QVERIFY(QDir().mkpath(m_fixture.dir.filePath(QStringLiteral("chosen"))));
        QTest::mouseClick(child<QPushButton>("exportCsvButton"), Qt::LeftButton);
        QVERIFY(QFile::exists(m_dialogs.savePath));
        const QString folder = m_fixture.dir.filePath(QStringLiteral("chosen/"));
        m_dialogs.savePath.clear(); // every dialog below is cancelled
        QTest::mouseClick(child<QPushButton>("exportExcelButton"), Qt::LeftButton);
        QCOMPARE(m_dialogs.fileChoices.constLast().path, folder + QStringLiteral("invoices.xlsx"));

        QTranslator vietnamese;
        QVERIFY(vietnamese.load(QStringLiteral(VIETNAMESE_QM)));
        QCoreApplication::installTranslator(&vietnamese);
        QTest::mouseClick(child<QPushButton>("exportExcelButton"), Qt::LeftButton);
        QCOMPARE(m_dialogs.fileChoices.constLast().path, folder + QStringLiteral("hoa-don.xlsx"));
        QTest::mouseClick(child<QPushButton>("exportCsvButton"), Qt::LeftButton);
        QCOMPARE(m_dialogs.fileChoices.constLast().path, folder + QStringLiteral("hoa-don.csv"));
        QCoreApplication::removeTranslator(&vietnamese);
        m_dialogs.savePath = saved;
    }

    // Issue 20: the filtered list to Excel, read back by openpyxl with its types.
    void exportExcel_writesTheFilteredRowsTyped()
    {
        chooseData("filterStatus", int(InvoiceBadge::Draft));
        const int drafts = m_page->model()->rowCount();
        const QString csvPath
            = std::exchange(m_dialogs.savePath, m_fixture.dir.filePath(QStringLiteral("list.xlsx")));
        QTest::mouseClick(child<QPushButton>("exportExcelButton"), Qt::LeftButton);
        const QJsonObject sheet = xlsxtest::openpyxlView(m_dialogs.savePath)
                                      .value(QLatin1String("sheets"))
                                      .toArray()
                                      .first()
                                      .toObject();
        m_dialogs.savePath = csvPath;
        chooseData("filterStatus", -1);
        QCOMPARE(sheet.value(QLatin1String("freeze")).toString(), QStringLiteral("A2"));
        const QByteArray lastRow = QByteArray::number(drafts + 1);
        QVERIFY(!xlsxtest::cellOf(sheet, QByteArray("A" + lastRow).constData()).isEmpty());
        QVERIFY(
            xlsxtest::cellOf(sheet, QByteArray("A" + QByteArray::number(drafts + 2)).constData()).isEmpty());
        QVERIFY(xlsxtest::cellOf(sheet, "D2").value(QLatin1String("is_date")).toBool());
        const QString totalType = xlsxtest::cellOf(sheet, "I2").value(QLatin1String("type")).toString();
        QVERIFY2(
            totalType == QLatin1String("int") || totalType == QLatin1String("float"), qPrintable(totalType));
        QVERIFY(xlsxtest::cellOf(sheet, "I2")
                    .value(QLatin1String("format"))
                    .toString()
                    .startsWith(QLatin1String("#,##0")));
    }

    void selectingAnInvoice_loadsItsDetail()
    {
        const int row = rowOfStatus(InvoiceStatus::Issued);
        QVERIFY(row >= 0);
        selectRow(row);
        auto *pane = m_page->detailPane();
        QTRY_VERIFY_WITH_TIMEOUT(!pane->fieldText(QStringLiteral("detailTaxAuthorityCode")).isEmpty(), 10000);
        QVERIFY(!pane->fieldText(QStringLiteral("detailProviderStatus")).isEmpty());
        QVERIFY(!pane->fieldText(QStringLiteral("detailDocumentType")).isEmpty());
        QVERIFY(pane->findChild<QTableWidget *>(QStringLiteral("detailLines"))->rowCount() > 0);
        QCOMPARE(pane->fieldText(QStringLiteral("detailBuyer")),
            m_page->model()->index(row, 0).data(BuyerNameRole).toString());
    }

    // Issue 20: the detail pane's lines table to Excel from its "⋯" menu, read back by openpyxl.
    void exportDetailLines_writesTheLinesTyped()
    {
        auto *pane = m_page->detailPane();
        QVERIFY(pane->detail().has_value());
        const QList<RemoteInvoiceLine> lines = pane->detail()->lines;
        QVERIFY(!lines.isEmpty());
        auto *action = m_page->findChild<QAction *>(QStringLiteral("exportDetailLinesAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        const QString csvPath
            = std::exchange(m_dialogs.savePath, m_fixture.dir.filePath(QStringLiteral("lines.xlsx")));
        action->trigger();
        const QJsonObject sheet = xlsxtest::openpyxlView(m_dialogs.savePath)
                                      .value(QLatin1String("sheets"))
                                      .toArray()
                                      .first()
                                      .toObject();
        m_dialogs.savePath = csvPath;
        QCOMPARE(sheet.value(QLatin1String("freeze")).toString(), QStringLiteral("A2"));
        const QByteArray last = QByteArray::number(lines.size() + 1);
        QCOMPARE(
            xlsxtest::valueOf(sheet, QByteArray("C" + last).constData()).toString(), lines.last().itemName);
        QVERIFY(xlsxtest::cellOf(sheet, QByteArray("C" + QByteArray::number(lines.size() + 2)).constData())
                    .isEmpty());
        for (const char *cell : {"E2", "G2"}) {
            const QString type = xlsxtest::cellOf(sheet, cell).value(QLatin1String("type")).toString();
            QVERIFY2(type == QLatin1String("int") || type == QLatin1String("float"), qPrintable(type));
        }
        const std::optional<Decimal> amount
            = Decimal::fromString(xlsxtest::valueOf(sheet, "G2").toVariant().toString());
        QVERIFY(amount);
        QCOMPARE(*amount, lines.first().totalAmount);
    }

    void viewPdf_downloadsAndRendersInTheViewer()
    {
        QTest::mouseClick(
            m_page->detailPane()->findChild<QPushButton *>(QStringLiteral("detailViewPdf")), Qt::LeftButton);
        PdfViewer *viewer = m_page->pdfViewer();
        QTRY_COMPARE_WITH_TIMEOUT(viewer->document()->status(), QPdfDocument::Status::Ready, 20000);
        QVERIFY(viewer->document()->pageCount() >= 1);
        QCOMPARE(child<QTabWidget>("invoiceSideTabs")->currentWidget(), m_page->fileTab(FileType::Pdf));
        QVERIFY(m_page->fileTab(FileType::Pdf)->showsViewer());
        QImage page(viewer->document()->pagePointSize(0).toSize(), QImage::Format_ARGB32);
        page.fill(Qt::white);
        QPainter painter(&page);
        painter.drawImage(0, 0, viewer->document()->render(0, page.size()));
        painter.end();
        QVERIFY(hasInk(page));
        QTRY_VERIFY_WITH_TIMEOUT(hasInk(viewer->view()->viewport()->grab().toImage()), 10000);

        const qreal before = viewer->view()->zoomFactor();
        viewer->zoomIn();
        QVERIFY(viewer->view()->zoomFactor() > before);
        viewer->fitPage();
        QCOMPARE(viewer->view()->zoomMode(), QPdfView::ZoomMode::FitInView);
    }

    // The list's PDF tab froze the app at 1280x800: fitted to the width, a page nearly as tall as
    // the view made QPdfView show and hide its scroll bar for ever. Every height must settle.
    void pdfView_settlesAtEveryHeight()
    {
        QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("a4.pdf"));
        {
            QPdfWriter writer(file);
            writer.setPageSize(QPageSize(QPageSize::A4));
            QPainter painter(&writer);
            painter.drawText(QPointF(200, 200), QStringLiteral("Hóa đơn"));
        }
        PdfViewer viewer(nullptr);
        QVERIFY(viewer.open(file));
        viewer.resize(320, 400);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        ScrollBarToggles toggles;
        viewer.view()->verticalScrollBar()->installEventFilter(&toggles);
        for (int height = 300; height <= 700; height += 2) {
            viewer.resize(320, height);
            for (int pass = 0; pass < 5; ++pass)
                QCoreApplication::processEvents();
            toggles.count = 0;
            for (int pass = 0; pass < 20; ++pass)
                QCoreApplication::processEvents();
            QVERIFY2(toggles.count <= 1,
                qPrintable(QStringLiteral("%1 toggles at height %2").arg(toggles.count).arg(height)));
        }
    }

    void printAndOpenFolder_goThroughTheSeam()
    {
        PdfViewer *viewer = m_page->pdfViewer();
        viewer->findChild<QAction *>(QStringLiteral("pdfPrint"))->trigger();
        QFile printed(m_dialogs.printFile);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        QVERIFY(printed.read(4) == "%PDF");
        viewer->findChild<QAction *>(QStringLiteral("pdfOpenFolder"))->trigger();
        QCOMPARE(m_dialogs.shownFolders.size(), 1);
        QVERIFY(QFileInfo(viewer->filePath()).absolutePath() == m_dialogs.shownFolders.first());
    }

    void viewXml_showsATree()
    {
        QTest::mouseClick(
            m_page->detailPane()->findChild<QPushButton *>(QStringLiteral("detailViewXml")), Qt::LeftButton);
        XmlViewer *viewer = m_page->xmlViewer();
        QTRY_COMPARE_WITH_TIMEOUT(viewer->tree()->topLevelItemCount(), 1, 20000);
        QVERIFY(viewer->tree()->topLevelItem(0)->childCount() > 0);
        QVERIFY(viewer->text()->toPlainText().contains(QLatin1Char('<')));
        QCOMPARE(child<QTabWidget>("invoiceSideTabs")->currentWidget(), m_page->fileTab(FileType::Xml));
    }

    // The PDF and XML tabs are never blank: a file already downloaded is shown as soon as its tab
    // is, one not downloaded yet is said so with the button that downloads it.
    void fileTabs_showTheCachedFileOrOfferTheDownload()
    {
        auto *tabs = child<QTabWidget>("invoiceSideTabs");
        InvoiceFileTab *pdfTab = m_page->fileTab(FileType::Pdf);
        InvoiceFileTab *xmlTab = m_page->fileTab(FileType::Xml);
        QList<int> issued;
        for (int row = 0; row < m_page->model()->rowCount() && issued.size() < 2; ++row) {
            if (m_page->model()->index(row, 0).data(StatusRole).toInt() == int(InvoiceStatus::Issued))
                issued.append(row);
        }
        QCOMPARE(issued.size(), 2);
        const QString cached = m_page->model()->referenceCodeAt(issued.at(0));
        const QString fresh = m_page->model()->referenceCodeAt(issued.at(1));
        const QString env = m_fixture.environment();
        for (FileType type : {FileType::Pdf, FileType::Xml}) {
            QFile::remove(m_fixture.paths->filePath(env, cached, type));
            QFile::remove(m_fixture.paths->filePath(env, fresh, type));
        }

        // Downloaded once (e.g. by a bulk download) while the Detail tab was in view.
        tabs->setCurrentWidget(m_page->detailPane());
        selectRow(issued.at(0));
        QTRY_COMPARE(m_page->detailPane()->referenceCode(), cached);
        QTest::mouseClick(
            m_page->detailPane()->findChild<QPushButton *>(QStringLiteral("detailViewPdf")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.paths->existingFile(env, cached, FileType::Pdf).isEmpty(), 20000);
        QTRY_COMPARE(tabs->currentWidget(), pdfTab);
        tabs->setCurrentWidget(m_page->detailPane());

        // Another invoice, not downloaded: its tabs say so and offer the download.
        selectRow(issued.at(1));
        QTRY_COMPARE(m_page->detailPane()->referenceCode(), fresh);
        tabs->setCurrentWidget(pdfTab);
        QVERIFY(!pdfTab->showsViewer());
        QVERIFY2(pdfTab->noticeText().contains(QStringLiteral("not downloaded")),
            qPrintable(pdfTab->noticeText()));
        auto *download = pdfTab->findChild<QPushButton *>(QStringLiteral("fileTabDownload"));
        QVERIFY(download->isVisible() && download->isEnabled());
        QCOMPARE(download->text(), QStringLiteral("Download PDF"));
        tabs->setCurrentWidget(xmlTab);
        QVERIFY(!xmlTab->showsViewer());
        QVERIFY(xmlTab->findChild<QPushButton *>(QStringLiteral("fileTabDownload"))->isVisible());
        // The button downloads it and the tab shows it.
        QTest::mouseClick(
            xmlTab->findChild<QPushButton *>(QStringLiteral("fileTabDownload")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(xmlTab->showsViewer(), 20000);
        QVERIFY(m_page->xmlViewer()->filePath().contains(fresh));
        QVERIFY(m_page->xmlViewer()->tree()->topLevelItemCount() == 1);

        // Back to the first invoice with the PDF tab in view: its cached PDF at once, no click.
        tabs->setCurrentWidget(pdfTab);
        selectRow(issued.at(0));
        QTRY_COMPARE(m_page->detailPane()->referenceCode(), cached);
        QVERIFY(pdfTab->showsViewer());
        QCOMPARE(m_page->pdfViewer()->filePath(), m_fixture.paths->existingFile(env, cached, FileType::Pdf));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_page->pdfViewer()->document()->status(), QPdfDocument::Status::Ready, 20000);
        // And its XML tab, never downloaded: said so, not blank.
        tabs->setCurrentWidget(xmlTab);
        QVERIFY(!xmlTab->showsViewer());
        QVERIFY(xmlTab->noticeText().contains(QStringLiteral("XML")));
        tabs->setCurrentWidget(m_page->detailPane());
    }

    void bulkDownload_savesTheSelectedXmls()
    {
        chooseData("filterStatus", int(InvoiceBadge::Issued));
        auto *table = child<QTableView>("invoiceTable");
        table->clearSelection();
        for (int row = 0; row < 3; ++row)
            table->selectionModel()->select(
                m_page->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QSignalSpy finished(m_page.get(), &InvoicesPage::bulkDownloadFinished);
        QTest::mouseClick(child<QPushButton>("downloadXmlsButton"), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(QDir(m_dialogs.folder).entryList({QStringLiteral("*.xml")}, QDir::Files).size(), 3);
        QVERIFY(m_dialogs.informed.last().contains(QLatin1Char('3')));
        chooseData("filterStatus", -1);
    }

    void noteInvoice_showsAtOnce()
    {
        CachedInvoice created;
        created.summary.referenceCode = QStringLiteral("CREATED-HERE-1");
        created.summary.invoiceNumber = QStringLiteral("0");
        created.summary.issuedDate = QDate::currentDate();
        created.summary.buyer.name = QStringLiteral("Khách hàng mới");
        created.summary.totalAmount = Decimal::fromInteger(1000);
        created.localState = LocalState::Pending;
        const int before = m_page->model()->rowCount();
        m_page->noteInvoice(created);
        QCOMPARE(m_page->model()->rowCount(), before + 1);
        QCOMPARE(m_page->model()->rowCount(), Seeded + 1);
        const int row = m_page->model()->rowOf(created.summary.referenceCode);
        QCOMPARE(m_page->model()->index(row, 0).data(BadgeRole).toInt(), int(InvoiceBadge::Pending));
        QVERIFY(m_fixture.cache->load(m_fixture.environment(), created.summary.referenceCode));
    }

    // Issue 16.7: the side panes follow the list: a changed invoice is reloaded, a filtered-out one
    // leaves the detail and the PDF tab.
    void sidePanes_followChangesAndFilters()
    {
        const int row = rowOfStatus(InvoiceStatus::Issued);
        QVERIFY(row >= 0);
        selectRow(row);
        const QString reference = m_page->model()->referenceCodeAt(row);
        auto *pane = m_page->detailPane();
        QTRY_VERIFY_WITH_TIMEOUT(!pane->fieldText(QStringLiteral("detailTaxAuthorityCode")).isEmpty(), 10000);
        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("detailViewPdf")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_page->pdfViewer()->document()->status(), QPdfDocument::Status::Ready, 20000);

        // Changed behind the pane (as after issuing or a sync): the detail is loaded again.
        QVERIFY(m_fixture.cache->setLocalState(m_fixture.environment(), reference, LocalState::Failed));
        m_page->model()->refresh();
        QVERIFY(pane->fieldText(QStringLiteral("detailTaxAuthorityCode")).isEmpty()); // reloading
        QTRY_VERIFY_WITH_TIMEOUT(!pane->fieldText(QStringLiteral("detailTaxAuthorityCode")).isEmpty(), 10000);
        QCOMPARE(pane->referenceCode(), reference);

        // Filtered out: neither the detail nor the PDF tab keeps showing it.
        auto *search = child<QLineEdit>("filterSearch");
        search->setText(QStringLiteral("no invoice has this text"));
        QTRY_COMPARE(m_page->model()->rowCount(), 0);
        QVERIFY(pane->referenceCode().isEmpty());
        QVERIFY(pane->fieldText(QStringLiteral("detailBuyer")).isEmpty());
        QVERIFY(m_page->pdfViewer()->filePath().isEmpty());
        search->clear();
        QTRY_COMPARE(m_page->model()->rowCount(), Seeded + 1);
    }

    // Issue 16.12: the keyboard starts at the list, and Ctrl+F goes to the search field.
    void keyboard_startsAtTheListAndCtrlFSearches()
    {
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), child<QTableView>("invoiceTable"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>("filterSearch"));
    }

    // Issue 16.7: after switching environments the top line does not keep the old count.
    // Issue 22: the count shows at once, the sums follow from a worker (0.5-0.9 s at a million
    // invoices): "…" until then, and only the answer for the filter now on screen.
    void footer_addsUpOnAWorker()
    {
        auto *footer = child<QLabel>("invoiceFooter");
        QTRY_VERIFY(!footer->text().endsWith(QStringLiteral("…")));
        InvoiceFilter manual;
        manual.source = InvoiceSource::Manual;
        InvoiceFilter issuedManual = manual;
        issuedManual.badge = InvoiceBadge::Issued;
        m_page->model()->setFilter(manual);
        m_page->model()->setFilter(issuedManual); // before the first answer: that one is stale
        QVERIFY2(footer->text().endsWith(QStringLiteral("…")), qPrintable(footer->text()));
        QVERIFY(footer->text().contains(QString::number(m_page->model()->rowCount())));
        const FilteredTotals want = InvoiceListReader(m_fixture.cache->database(), m_fixture.environment(),
            issuedManual, InvoiceListModel::IssuedDate, Qt::DescendingOrder)
                                        .totals()
                                        .value();
        QVERIFY(want.count > 0 && want.count < Seeded);
        QTRY_VERIFY(!footer->text().endsWith(QStringLiteral("…")));
        QVERIFY2(footer->text().contains(UiNumbers::amount(*want.totalAmount)), qPrintable(footer->text()));
        QVERIFY(footer->text().startsWith(InvoicesPage::tr("%n invoice(s)", nullptr, want.count)));
        m_page->model()->setFilter({});
        QTRY_VERIFY(footer->text().startsWith(InvoicesPage::tr("%n invoice(s)", nullptr, Seeded + 1))
            && !footer->text().endsWith(QStringLiteral("…")));
    }

    void switchingEnvironment_clearsTheOldStatus()
    {
        QTest::mouseClick(child<QPushButton>("refreshButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>("invoiceStatusLabel")->text().isEmpty()
                && child<QPushButton>("refreshButton")->isEnabled(),
            20000);
        m_page->setEnvironment(QStringLiteral("custom:https://other.example.vn"), nullptr);
        QCOMPARE(m_page->model()->rowCount(), 0);
        QVERIFY(child<QLabel>("invoiceStatusLabel")->text().isEmpty());
        QVERIFY(
            child<QLabel>("invoiceFooter")->text().startsWith(InvoicesPage::tr("%n invoice(s)", nullptr, 0)));
        m_page->setEnvironment(m_fixture.environment(), m_fixture.client.get());
    }

    // A use pass changed the search while scrolled down, and the new rows opened at the bottom;
    // sorted, the chosen invoice went out of sight. After a new filter or order the list shows the
    // current invoice where it went, or its first rows.
    void newFilterOrOrder_showsTheCurrentInvoiceOrTheTop()
    {
        auto *table = child<QTableView>("invoiceTable");
        InvoiceListModel *model = m_page->model();
        QTRY_VERIFY(model->rowCount() >= Seeded);
        table->selectionModel()->clear();
        table->scrollToBottom();
        QVERIFY(table->verticalScrollBar()->value() > 0);
        auto *search = child<QLineEdit>("filterSearch");
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("demo")); // every seeded invoice
        QTRY_COMPARE(model->filter().search, QStringLiteral("demo"));
        QVERIFY(model->rowCount() >= Seeded);
        QTRY_COMPARE(table->verticalScrollBar()->value(), 0);

        const int last = model->rowCount() - 1;
        const QString chosen = model->referenceCodeAt(last);
        table->setCurrentIndex(model->index(last, 0));
        table->sortByColumn(InvoiceListModel::Total, Qt::DescendingOrder);
        QCOMPARE(model->referenceCodeAt(table->currentIndex().row()), chosen);
        QTRY_VERIFY(table->viewport()->rect().intersects(table->visualRect(table->currentIndex())));
        table->sortByColumn(InvoiceListModel::Number, Qt::AscendingOrder);
        QTRY_VERIFY(table->viewport()->rect().intersects(table->visualRect(table->currentIndex())));
        QCOMPARE(model->referenceCodeAt(table->currentIndex().row()), chosen);

        search->clear();
        QTRY_VERIFY(model->filter().search.isEmpty());
        table->sortByColumn(InvoiceListModel::IssuedDate, Qt::DescendingOrder);
        table->selectionModel()->clear();
    }

    // Issue 22: a search the list does not count on the UI thread (two letters: it would read
    // every row) shows its first rows, says it is counting, and takes the count and the rows past
    // the first block from the footer's worker.
    void footer_countsASearchTheListDidNotCount()
    {
        QList<InvoiceSummary> page;
        for (int i = 0; i < 450; ++i) {
            InvoiceSummary summary;
            summary.referenceCode = QStringLiteral("WALK-%1").arg(i, 4, 10, QLatin1Char('0'));
            summary.invoiceNumber = QString::number(1000 + i);
            summary.status = InvoiceStatus::Issued;
            summary.issuedDate = QDate(2026, 4, 1).addDays(i % 30);
            summary.buyer.name = QStringLiteral("Trần Văn Bình");
            summary.totalAmount = Decimal::fromInteger(1000 + i);
            page.append(summary);
        }
        QVERIFY(m_fixture.cache->upsertPage(m_fixture.environment(), page));
        m_page->model()->refresh();
        InvoiceFilter filter;
        filter.search = QStringLiteral("an");
        const int want = InvoiceListReader(m_fixture.cache->database(), m_fixture.environment(), filter,
            InvoiceListModel::IssuedDate, Qt::DescendingOrder)
                             .count()
                             .value();
        QVERIFY(want >= 450);
        auto *footer = child<QLabel>("invoiceFooter");
        m_page->model()->setFilter(filter);
        QVERIFY(!m_page->model()->isCounted());
        QCOMPARE(m_page->model()->rowCount(), InvoiceRowBlocks::BlockSize);
        QCOMPARE(footer->text(), InvoicesPage::tr("Counting the invoices…"));
        QTRY_VERIFY(m_page->model()->isCounted());
        QCOMPARE(m_page->model()->rowCount(), want);
        QVERIFY2(footer->text().startsWith(InvoicesPage::tr("%n invoice(s)", nullptr, want)),
            qPrintable(footer->text()));
        QVERIFY(!footer->text().endsWith(QStringLiteral("…")));
        const QModelIndex last = m_page->model()->index(want - 1, InvoiceListModel::Buyer);
        QVERIFY(SearchKey::fold(last.data().toString()).contains(QStringLiteral("an")));
        m_page->model()->setFilter({});
        for (const InvoiceSummary &added : page)
            QVERIFY(m_fixture.cache->remove(m_fixture.environment(), added.referenceCode));
        m_page->model()->refresh();
    }
};

QTEST_MAIN(TestInvoicesPage)
#include "tst_invoicespage.moc"
