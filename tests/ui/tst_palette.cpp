// Colours on the system palette, light and dark: the environment badge, the Demo banner, the quota
// warning and the status badges of the lists keep their text readable (WCAG 4.5:1, computed here
// independently of the app's own helper), and the icons give sharp pixmaps on 2x screens.
#include "accounts/accountroles.h"
#include "invoices/invoicebadge.h"
#include "invoices/invoicelistroles.h"
#include "session/credentialsbackend.h"
#include "ui/accounts/activebadgedelegate.h"
#include "ui/invoices/statusbadgedelegate.h"
#include "ui/shell/appidentity.h"
#include "ui/shell/demobanner.h"
#include "ui/shell/environmentbadge.h"
#include "ui/shell/mainactions.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/statuspanel.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <cmath>

using namespace einvoice;
using namespace einvoice::test;

namespace {

double luminance(const QColor &colour)
{
    auto linear = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor c = colour.toRgb();
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2d, 0x2d, 0x2d);
    const QColor text(0xee, 0xee, 0xee);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x5a, 0xa0, 0xff));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    return p;
}

// Paints one cell with the delegate and returns the badge's fill (3 px inside its left end, on the
// middle row) and the lightest pixel of the badge (its text). The cell is grey underneath so that
// pixels outside the badge are known and left out.
std::pair<QColor, QColor> paintedBadge(QStyledItemDelegate &delegate, const QModelIndex &index)
{
    QImage image(220, 30, QImage::Format_ARGB32_Premultiplied);
    const QColor underneath(0x80, 0x80, 0x80);
    image.fill(underneath);
    QStyleOptionViewItem option;
    option.rect = image.rect();
    option.font = QApplication::font();
    option.palette = QApplication::palette();
    option.state = QStyle::State_Enabled;
    {
        QPainter painter(&image);
        delegate.paint(&painter, option, index);
    }
    const int middle = image.height() / 2;
    const QColor fill = image.pixelColor(7, middle);
    QColor lightest = fill;
    for (int x = 8; x < 120; ++x) {
        for (int y = 6; y < image.height() - 6; ++y) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel != underneath && pixel.lightness() > lightest.lightness())
                lightest = pixel;
        }
    }
    return {fill, lightest};
}

} // namespace

class TestPalette : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempSettings> m_settings;
    ScriptedQuestions m_questions;
    SessionCredentialsBackend m_credentials;
    QPalette m_original;

    ShellServices services() { return shellServices(*m_settings, m_questions, &m_credentials); }

    void addPalettes()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void applyPalette(bool dark)
    {
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(dark ? darkPalette() : fusion->standardPalette());
    }

private Q_SLOTS:
    void initTestCase() { m_original = QApplication::palette(); }
    void init() { m_settings = std::make_unique<TempSettings>(); }
    void cleanup() { QApplication::setPalette(m_original); }

    void environmentBadge_textReadableOnEveryEnvironment_data() { addPalettes(); }
    void environmentBadge_textReadableOnEveryEnvironment()
    {
        QFETCH(bool, dark);
        applyPalette(dark);
        MainWindow window(services());
        auto *badge = window.findChild<EnvironmentBadge *>(QStringLiteral("environmentBadge"));
        QVERIFY(badge);
        for (auto choice : {EnvironmentKind::Demo, EnvironmentKind::Sandbox, EnvironmentKind::Production,
                 EnvironmentKind::Custom}) {
            badge->setEnvironment(choice);
            const double ratio = contrast(badge->textColor(), badge->color());
            QVERIFY2(ratio >= 4.5, qPrintable(badge->text() + QStringLiteral(": ") + QString::number(ratio)));
            // The painted badge: its fill is the colour the ratio was computed for.
            const QImage image = badge->grab().toImage();
            QCOMPARE(image.pixelColor(3, image.height() / 2).rgb(), badge->color().rgb());
        }
    }

    void demoBanner_followsThePaletteAndStaysReadable_data() { addPalettes(); }
    void demoBanner_followsThePaletteAndStaysReadable()
    {
        QFETCH(bool, dark);
        applyPalette(dark);
        MainWindow window(services());
        auto *banner = window.findChild<DemoBanner *>(QStringLiteral("demoBanner"));
        auto *text = window.findChild<QLabel *>(QStringLiteral("demoBannerText"));
        QVERIFY(banner && text);
        const QColor background = banner->palette().color(QPalette::Window);
        QVERIFY2(contrast(text->palette().color(QPalette::WindowText), background) >= 4.5,
            qPrintable(QString::number(contrast(text->palette().color(QPalette::WindowText), background))));
        QVERIFY(contrast(text->palette().color(QPalette::Link), background) >= 4.5);
        // A dark panel on a dark theme, a light one on a light theme.
        QCOMPARE(background.lightness() < 128, dark);
        // EINVOICE_SCREENSHOT_DIR=<folder> keeps a picture of the window in this palette.
        if (const QString dir = qEnvironmentVariable("EINVOICE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            window.statusPanel()->setQuota(3, 20);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.grab().save(
                dir + (dark ? QStringLiteral("/palette-dark.png") : QStringLiteral("/palette-light.png"))));
        }
    }

    void demoBanner_followsAPaletteChangeWhileShown()
    {
        applyPalette(false);
        MainWindow window(services());
        auto *banner = window.findChild<DemoBanner *>(QStringLiteral("demoBanner"));
        QVERIFY(banner->palette().color(QPalette::Window).lightness() >= 128);
        applyPalette(true);
        QTRY_VERIFY(banner->palette().color(QPalette::Window).lightness() < 128);
        auto *text = window.findChild<QLabel *>(QStringLiteral("demoBannerText"));
        QVERIFY(
            contrast(text->palette().color(QPalette::WindowText), banner->palette().color(QPalette::Window))
            >= 4.5);
    }

    void quotaWarning_readableOnTheStatusBar_data() { addPalettes(); }
    void quotaWarning_readableOnTheStatusBar()
    {
        QFETCH(bool, dark);
        applyPalette(dark);
        MainWindow window(services());
        window.statusPanel()->setQuota(3, 20);
        auto *quota = window.findChild<QLabel *>(QStringLiteral("quotaLabel"));
        QVERIFY(quota->property("low").toBool());
        const QColor background = quota->parentWidget()->palette().color(QPalette::Window);
        const QColor foreground = quota->palette().color(QPalette::WindowText);
        QVERIFY2(contrast(foreground, background) >= 4.5,
            qPrintable(QString::number(contrast(foreground, background))));
        QVERIFY(foreground.red() > foreground.green()); // still a warning red
        // The other way round while shown: the colour is picked again.
        applyPalette(!dark);
        QTRY_VERIFY(contrast(quota->palette().color(QPalette::WindowText),
                        quota->parentWidget()->palette().color(QPalette::Window))
            >= 4.5);
    }

    void statusBadges_paintReadableText_data() { addPalettes(); }
    void statusBadges_paintReadableText()
    {
        QFETCH(bool, dark);
        applyPalette(dark);
        QStandardItemModel model(invoiceBadgeCount, 1);
        StatusBadgeDelegate delegate;
        for (int badge = 0; badge < invoiceBadgeCount; ++badge) {
            const QModelIndex index = model.index(badge, 0);
            model.setData(index, QStringLiteral("Đã phát hành"), Qt::DisplayRole);
            model.setData(index, badge, invoicelistroles::BadgeRole);
            const auto [fill, text] = paintedBadge(delegate, index);
            QCOMPARE(fill.rgb(), StatusBadgeDelegate::colorOf(badge).rgb());
            QVERIFY2(contrast(text, fill) >= 4.5,
                qPrintable(QStringLiteral("badge %1: %2").arg(badge).arg(contrast(text, fill))));
        }
    }

    void activeBadges_paintReadableText_data() { addPalettes(); }
    void activeBadges_paintReadableText()
    {
        QFETCH(bool, dark);
        applyPalette(dark);
        QStandardItemModel model(2, 1);
        ActiveBadgeDelegate delegate;
        for (int row = 0; row < 2; ++row) {
            const QModelIndex index = model.index(row, 0);
            model.setData(index, row == 0 ? QStringLiteral("Đang dùng") : QStringLiteral("Tạm ngưng"));
            model.setData(index, row == 0, accountroles::ActiveRole);
            const auto [fill, text] = paintedBadge(delegate, index);
            QVERIFY2(contrast(text, fill) >= 4.5, qPrintable(QString::number(contrast(text, fill))));
        }
    }

    void icons_giveSharpPixmapsAtTwiceThePixels()
    {
        const QIcon app = applicationIcon();
        QVERIFY(!app.isNull());
        for (int size : {16, 32, 48, 128}) {
            const QPixmap pixmap = app.pixmap(QSize(size, size), 2.0);
            QCOMPARE(pixmap.devicePixelRatio(), 2.0);
            QCOMPARE(pixmap.size(), QSize(2 * size, 2 * size));
            // Drawn from a bitmap at least that large: downscaled, never blown up.
            const QList<QSize> sizes = app.availableSizes();
            QVERIFY(
                std::any_of(sizes.cbegin(), sizes.cend(), [size](QSize s) { return s.width() >= 2 * size; }));
        }
        MainWindow window(services());
        for (QAction *action :
            {window.actions()->newInvoice, window.actions()->refresh, window.actions()->settings}) {
            const QIcon icon = action->icon();
            QVERIFY2(!icon.isNull(), qPrintable(action->objectName()));
            const QPixmap pixmap = icon.pixmap(QSize(16, 16), 2.0);
            QCOMPARE(pixmap.size(), QSize(32, 32));
            const QList<QSize> sizes = icon.availableSizes();
            QVERIFY2(sizes.isEmpty() // a scalable engine (SVG, theme) draws at any size
                    || std::any_of(sizes.cbegin(), sizes.cend(), [](QSize s) { return s.width() >= 32; }),
                qPrintable(action->objectName()));
        }
    }
};

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
