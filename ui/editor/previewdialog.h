#pragma once

#include <QByteArray>
#include <QDialog>

#include <functional>

class QBuffer;
class QPdfDocument;
class QPdfView;

namespace einvoice {

// Shows a PDF (a local preview or a downloaded invoice) in the in-app viewer.
class PreviewDialog : public QDialog
{
    Q_OBJECT

public:
    using Title = std::function<QString()>; // asked again on a language change
    PreviewDialog(Title title, const QByteArray &pdf, QWidget *parent = nullptr);
    ~PreviewDialog() override;

    QPdfDocument *document() const { return m_document; }
    QPdfView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    Title m_title;
    QByteArray m_pdf;
    QBuffer *m_buffer;
    QPdfDocument *m_document;
    QPdfView *m_view;
};

} // namespace einvoice
