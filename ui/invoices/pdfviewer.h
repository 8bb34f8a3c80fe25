#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPdfDocument;
class QPdfView;

namespace einvoice {

class InvoicesDialogs;

// The in-app PDF viewer: pages, zoom, fit to width or page, print (through the dialogs seam),
// save a copy, open the folder of the cached file.
class PdfViewer : public QWidget
{
    Q_OBJECT

public:
    // dialogs must outlive the viewer.
    explicit PdfViewer(InvoicesDialogs *dialogs, QWidget *parent = nullptr);
    ~PdfViewer() override;

    bool open(const QString &path); // false when the file is not a readable PDF
    void clear();
    QString filePath() const { return m_path; }
    QPdfDocument *document() const { return m_document; }
    QPdfView *view() const { return m_view; }
    int currentPage() const;

    void goToPage(int page);
    void zoomIn();
    void zoomOut();
    void fitWidth();
    void fitPage();
    bool print();
    void saveAs();
    void openFolder();

private:
    void createActions();
    void updateState();

    InvoicesDialogs *m_dialogs;
    QPdfDocument *m_document;
    QPdfView *m_view;
    QLabel *m_pageLabel;
    QList<QAction *> m_documentActions;
    QString m_path;
};

} // namespace einvoice
