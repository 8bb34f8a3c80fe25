#include "reportprinter.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPrinter>
#include <QTextDocument>

namespace einvoice {

namespace {

QString cell(const QString &tag, const QString &text, bool right)
{
    return QStringLiteral("<%1 align=\"%2\">%3</%1>")
        .arg(tag, right ? QStringLiteral("right") : QStringLiteral("left"), text.toHtmlEscaped());
}

bool rightAligned(const ExportTableModel &table, int row, int column)
{
    return table.data(table.index(row, column), Qt::TextAlignmentRole).toInt() & Qt::AlignRight;
}

} // namespace

QString ReportPrinter::tableHtml(const ExportTableModel &table)
{
    QString html
        = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (int column = 0; column < table.columnCount(); ++column)
        html += cell(QStringLiteral("th"), table.headerData(column, Qt::Horizontal).toString(), false);
    html += QStringLiteral("</tr>");
    for (int row = 0; row < table.rowCount(); ++row) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < table.columnCount(); ++column)
            html += cell(QStringLiteral("td"), table.text(row, column), rightAligned(table, row, column));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

bool ReportPrinter::print(QPrinter *printer, const Printout &printout)
{
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    QTextDocument document;
    document.documentLayout()->setPaintDevice(printer);
    QFont font = document.defaultFont();
    font.setPointSizeF(8);
    document.setDefaultFont(font);
    const QString note = printout.note.isEmpty()
        ? QString()
        : QStringLiteral("<p><b>%1</b></p>").arg(printout.note.toHtmlEscaped());
    document.setHtml(QStringLiteral("<h3>%1</h3>").arg(printout.title.toHtmlEscaped()) + note
        + tableHtml(*printout.table));
    painter.setFont(QFont(font, printer));
    const qreal line = painter.fontMetrics().height();
    const QRectF page(0, 0, printer->width(), printer->height());
    const qreal header = qreal(printout.seller.size() + 1) * line;
    const QSizeF body(page.width(), page.height() - header - 2 * line);
    document.setPageSize(body);
    const int pages = document.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            printer->newPage();
        // The seller's lines take the left three quarters; the period the right of the first line.
        for (int l = 0; l < printout.seller.size(); ++l)
            painter.drawText(QRectF(0, l * line, page.width() * 0.75, line),
                Qt::AlignLeft | Qt::TextSingleLine,
                painter.fontMetrics().elidedText(
                    printout.seller.at(l), Qt::ElideRight, int(page.width() * 0.75)));
        painter.drawText(QRectF(0, 0, page.width(), line), Qt::AlignRight, printout.period);
        painter.drawText(QRectF(0, page.height() - line, page.width(), line), Qt::AlignCenter,
            tr("Page %1 of %2").arg(i + 1).arg(pages));
        painter.save();
        painter.translate(0, header - i * body.height());
        document.drawContents(&painter, QRectF(QPointF(0, i * body.height()), body));
        painter.restore();
    }
    return painter.end();
}

} // namespace einvoice
