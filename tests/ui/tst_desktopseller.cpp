// The desktop app put together (DesktopApp, real local store in a temporary folder): the Settings
// dialog's "Your company" tab offers the seller of an invoice XML the app already downloaded in
// the environment in use, read from the store's own files folder, until one is set.
#include "desktoptestsupport.h"
#include "render/invoicexmlrenderer.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "store/filecachepaths.h"
#include "store/localstore.h"
#include "ui/editor/invoiceeditorpage.h"
#include "ui/editor/previewdialog.h"
#include "ui/settings/settingsdialog.h"
#include "ui/shell/mainwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPointer>
#include <QPushButton>
#include <QTest>

using namespace einvoice;
using namespace einvoice::test;

namespace {

bool writeInvoiceXml(const FileCachePaths &files, const QString &environment, const QString &sellerName)
{
    InvoiceDocument document;
    document.seller.name = sellerName;
    document.seller.taxCode = QStringLiteral("3801234566");
    document.seller.address = QStringLiteral("Ấp 3, Đồng Xoài, Bình Phước");
    document.invoice.buyer.name = QStringLiteral("Công ty Người Mua");
    document.invoice.buyer.taxCode = QStringLiteral("0101234567");
    if (!files.ensureDirectory(environment, FileType::Xml))
        return false;
    QFile file(files.filePath(environment, QStringLiteral("inv-1"), FileType::Xml));
    const QByteArray bytes = InvoiceXmlRenderer::render(document);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestDesktopSeller : public DesktopTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { resetDesktop(); }
    void cleanup() { stopDesktop(); }

    void settings_offerTheSellerOfADownloadedInvoice_ofTheEnvironmentInUse()
    {
        startDesktop(desktopOptions(m_dir.filePath(QStringLiteral("local/einvoice.sqlite"))));
        const LocalStore *store = m_app->session()->store();
        QVERIFY(store);
        QVERIFY(
            writeInvoiceXml(store->files(), QStringLiteral("sandbox"), QStringLiteral("Công ty Sandbox")));
        {
            QPointer<SettingsDialog> dialog = window()->openSettings();
            auto *offer = dialog->findChild<QLabel *>(QStringLiteral("sellerOfferText"));
            QVERIFY(offer);
            QVERIFY(offer->isHidden()); // Demo has downloaded nothing yet
            dialog->reject();
            QTRY_VERIFY(!dialog);
        }
        QVERIFY(writeInvoiceXml(store->files(), QStringLiteral("demo"), QStringLiteral("Công ty Hạt Điều")));
        QPointer<SettingsDialog> dialog = window()->openSettings();
        auto *offer = dialog->findChild<QLabel *>(QStringLiteral("sellerOfferText"));
        QVERIFY(!offer->isHidden());
        QVERIFY2(offer->text().contains(QStringLiteral("Công ty Hạt Điều")), qPrintable(offer->text()));
        QVERIFY(offer->text().contains(QStringLiteral("3801234566")));
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("sellerTakeOfferButton")), Qt::LeftButton);
        dialog->accept();
        QTRY_VERIFY(!dialog);
        const SellerProfile kept = m_app->settings()->seller(QStringLiteral("demo"));
        QCOMPARE(kept.name, QStringLiteral("Công ty Hạt Điều"));
        QCOMPARE(kept.address, QStringLiteral("Ấp 3, Đồng Xoài, Bình Phước"));
        QVERIFY(m_app->settings()->seller(QStringLiteral("sandbox")).isEmpty());
    }

    // The editor's preview prints the seller block: the user's company of the environment in use.
    void editorPreview_printsTheSeller()
    {
        startDesktop(desktopOptions(m_dir.filePath(QStringLiteral("local/einvoice.sqlite"))));
        m_app->settings()->setSeller(QStringLiteral("demo"),
            {QStringLiteral("Công ty TNHH Bán Hàng Mẫu"), QStringLiteral("0100109106"),
                QStringLiteral("1 Lê Lợi, TP.HCM")});
        window()->setCurrentPage(Page::NewInvoice);
        InvoiceEditorPage *editor = nullptr;
        QTRY_VERIFY((editor = qobject_cast<InvoiceEditorPage *>(window()->pageWidget(Page::NewInvoice))));
        auto *preview = editor->findChild<QPushButton *>(QStringLiteral("previewButton"));
        QVERIFY(preview);
        QTRY_VERIFY(preview->isEnabled());
        preview->click();
        PreviewDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = editor->findChild<PreviewDialog *>()));
        QTRY_COMPARE(dialog->document()->status(), QPdfDocument::Status::Ready);
        QString text;
        for (int page = 0; page < dialog->document()->pageCount(); ++page)
            text += dialog->document()->getAllText(page).text();
        text = text.simplified();
        QVERIFY2(
            text.contains(QStringLiteral("Đơn vị bán hàng: Công ty TNHH Bán Hàng Mẫu")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("0100109106")));
        QVERIFY(text.contains(QStringLiteral("1 Lê Lợi, TP.HCM")));
        dialog->close();
    }
};

QTEST_MAIN(TestDesktopSeller)
#include "tst_desktopseller.moc"
