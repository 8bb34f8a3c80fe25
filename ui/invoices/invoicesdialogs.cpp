#include "invoicesdialogs.h"

#include "pdfprinter.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QUrl>

namespace einvoice {

QString WidgetInvoicesDialogs::saveFileName(
    QWidget *parent, const QString &title, const QString &suggestedPath, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

QString WidgetInvoicesDialogs::existingFolder(QWidget *parent, const QString &title)
{
    return QFileDialog::getExistingDirectory(parent, title);
}

void WidgetInvoicesDialogs::openFolder(const QString &folder)
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

bool WidgetInvoicesDialogs::print(QWidget *parent, QPdfDocument *document)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return PdfPrinter::print(*document, printer);
}

void WidgetInvoicesDialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

} // namespace einvoice
