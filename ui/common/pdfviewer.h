#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPdfDocument;
class QPdfView;

namespace einvoice {

class Questions;

// The in-app PDF viewer: pages, zoom, fit to width or page, print (asking through the Questions seam),
// save a copy, open the folder of the cached file.
class PdfViewer : public QWidget
{
    Q_OBJECT

public:
    // questions must outlive the viewer; null: the real dialogs.
    explicit PdfViewer(Questions *questions, QWidget *parent = nullptr);
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    bool printDocument();
    void createActions();
    void updateState();

    Questions *m_questions;
    QPdfDocument *m_document;
    QPdfView *m_view;
    QLabel *m_pageLabel;
    QList<QAction *> m_documentActions;
    QString m_path;
};

} // namespace einvoice
