#pragma once

#include <QByteArray>
#include <QDialog>
#include <QTemporaryDir>

#include <functional>

class QPdfDocument;
class QPdfView;

namespace einvoice {

class PdfViewer;
class Questions;

// Shows a PDF (a local preview or a downloaded invoice) in the in-app viewer, with its pages,
// zoom, Print… and Save as…; sized to fit the screen it opens on (1280x800 included).
class PreviewDialog : public QDialog
{
    Q_OBJECT

public:
    using Title = std::function<QString()>; // asked again on a language change
    // questions answers the print and save dialogs (null: the real ones); it must outlive this.
    PreviewDialog(Title title, const QByteArray &pdf, Questions *questions, QWidget *parent = nullptr);
    ~PreviewDialog() override;

    // Shows another PDF (and title) in this window.
    void showPdf(Title title, const QByteArray &pdf);

    PdfViewer *viewer() const { return m_viewer; }
    QPdfDocument *document() const;
    QPdfView *view() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitScreen();

    Title m_title;
    QTemporaryDir m_folder; // the shown PDF as a file: what Save as… copies and Print reads
    PdfViewer *m_viewer;
};

} // namespace einvoice
