#include "previewdialog.h"

#include "ui/common/dialogbuttons.h"

#include <QBuffer>
#include <QEvent>
#include <QPdfDocument>
#include <QPdfView>
#include <QVBoxLayout>

namespace einvoice {

PreviewDialog::PreviewDialog(Title title, const QByteArray &pdf, QWidget *parent)
    : QDialog(parent),
      m_title(std::move(title)),
      m_pdf(pdf),
      m_buffer(new QBuffer(&m_pdf, this)),
      m_document(new QPdfDocument(this)),
      m_view(new QPdfView(this))
{
    setObjectName(QStringLiteral("previewDialog"));
    setWindowTitle(m_title());
    setAttribute(Qt::WA_DeleteOnClose);
    m_buffer->open(QIODevice::ReadOnly);
    m_document->load(m_buffer);
    m_view->setObjectName(QStringLiteral("pdfView"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    auto *buttons = new DialogButtons(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(820, 1000);
}

void PreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(m_title());
    QDialog::changeEvent(event);
}

PreviewDialog::~PreviewDialog()
{
    // The view renders pages in a worker thread: it must go (and wait for it) before the document
    // it reads, which as the older child would otherwise be deleted first.
    delete m_view;
    m_view = nullptr;
}

} // namespace einvoice
