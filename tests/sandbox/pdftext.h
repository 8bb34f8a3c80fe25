#pragma once

// The text of a PDF as an independent reader (Qt's PDFium-based QPdfDocument) extracts it.

#include <QBuffer>
#include <QPdfDocument>
#include <QSignalSpy>

inline QString pdfText(const QByteArray &pdf)
{
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready) {
        QSignalSpy ready(&document, &QPdfDocument::statusChanged);
        while (document.status() == QPdfDocument::Status::Loading && ready.wait(5000)) { }
    }
    QString text;
    for (int page = 0; page < document.pageCount(); ++page)
        text += document.getAllText(page).text();
    return text;
}
