#include "invoicepdfrenderer.h"

#include "invoicehtmlbuilder.h"
#include "renderlog.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace einvoice {

namespace {

void paintMark(QPainter &painter, const QRectF &page, const QString &text)
{
    if (text.isEmpty())
        return;
    painter.save();
    QFont font(InvoicePdfRenderer::fontFamily());
    font.setPointSize(54);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(QColor(200, 0, 0, 70));
    painter.translate(page.center());
    painter.rotate(-35);
    const QRectF box(-page.width(), -page.height() / 4, page.width() * 2, page.height() / 2);
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}

} // namespace

QString InvoicePdfRenderer::fontFamily()
{
    static const QString family = [] {
        const QString dejaVu = QStringLiteral("DejaVu Sans");
        if (QFontDatabase::families().contains(dejaVu))
            return dejaVu;
        for (const char *path : {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                 "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"})
            QFontDatabase::addApplicationFont(QString::fromLatin1(path));
        if (!QFontDatabase::families().contains(dejaVu))
            qCWarning(lcRender) << "DejaVu Sans is not installed; Vietnamese text may not render";
        return dejaVu;
    }();
    return family;
}

QByteArray InvoicePdfRenderer::render(const InvoiceDocument &document)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        qCWarning(lcRender) << "rendering a PDF needs a QGuiApplication";
        return QByteArray();
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("SePay eInvoice"));
    writer.setTitle(document.effectiveTemplateName() + QLatin1Char(' ') + document.invoice.invoiceSeries);

    QTextDocument text;
    text.documentLayout()->setPaintDevice(&writer);
    QFont font(fontFamily());
    font.setPointSizeF(9);
    text.setDefaultFont(font);
    text.setHtml(InvoiceHtmlBuilder::build(document));
    const QRectF page(QPointF(0, 0), writer.pageLayout().paintRectPixels(writer.resolution()).size());
    text.setPageSize(page.size());

    QPainter painter(&writer);
    const QString mark = InvoiceHtmlBuilder::markText(document.mark);
    for (int i = 0; i < text.pageCount(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        text.drawContents(&painter, page.translated(0, i * page.height()));
        painter.restore();
        paintMark(painter, page, mark);
    }
    painter.end();
    return buffer.data();
}

} // namespace einvoice
