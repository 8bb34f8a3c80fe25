#include "pdfprinter.h"

#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QPrinter>

namespace einvoice {

bool PdfPrinter::print(QPdfDocument &document, QPrinter &printer)
{
    return print(QList<QPdfDocument *> {&document}, printer);
}

bool PdfPrinter::print(const QList<QPdfDocument *> &documents, QPrinter &printer)
{
    for (QPdfDocument *document : documents) {
        if (document->status() != QPdfDocument::Status::Ready || document->pageCount() <= 0)
            return false;
    }
    if (documents.isEmpty())
        return false;
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        if (!printPages(*documents.at(i), printer, painter, i == 0))
            return false;
    }
    return painter.end();
}

bool PdfPrinter::printPages(QPdfDocument &document, QPrinter &printer, QPainter &painter, bool first)
{
    const int dpi = qMin(printer.resolution(), 300);
    for (int page = 0; page < document.pageCount(); ++page) {
        if ((page > 0 || !first) && !printer.newPage())
            return false;
        const QSizeF points = document.pagePointSize(page);
        const QSize pixels = (points * dpi / 72.0).toSize();
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter composite(&image);
        composite.drawImage(0, 0, document.render(page, pixels));
        composite.end();
        const QRect area = painter.viewport();
        const QSize fitted = pixels.scaled(area.size(), Qt::KeepAspectRatio);
        painter.drawImage(QRect(area.topLeft(), fitted), image);
    }
    return true;
}

} // namespace einvoice
