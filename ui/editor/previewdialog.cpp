#include "previewdialog.h"

#include "core/safefilename.h"
#include "ui/common/dialogbuttons.h"
#include "ui/common/pdfviewer.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QScreen>
#include <QVBoxLayout>

namespace einvoice {

PreviewDialog::PreviewDialog(Title title, const QByteArray &pdf, Questions *questions, QWidget *parent)
    : QDialog(parent), m_viewer(new PdfViewer(questions, this))
{
    setObjectName(QStringLiteral("previewDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *buttons = new DialogButtons(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_viewer, 1);
    layout->addWidget(buttons);
    // The shown file lives in a private temporary folder: nothing there to open.
    if (auto *openFolder = m_viewer->findChild<QAction *>(QStringLiteral("pdfOpenFolder")))
        openFolder->setVisible(false);
    showPdf(std::move(title), pdf);
    fitScreen();
}

PreviewDialog::~PreviewDialog() = default;

void PreviewDialog::showPdf(Title title, const QByteArray &pdf)
{
    m_title = std::move(title);
    setWindowTitle(m_title());
    m_viewer->clear();
    // Named after the title, so that Save as… proposes "Invoice 0000012.pdf".
    const QString path = m_folder.filePath(SafeFileName::make(m_title(), QStringLiteral("pdf")));
    QFile file(path);
    if (m_folder.isValid() && file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(pdf) == pdf.size()) {
        file.close();
        m_viewer->open(path);
    }
}

QPdfDocument *PreviewDialog::document() const
{
    return m_viewer->document();
}

QPdfView *PreviewDialog::view() const
{
    return m_viewer->view();
}

// A page's width at a readable size, never taller or wider than the screen's free area (the
// Close button stays on screen at 1280x800).
void PreviewDialog::fitScreen()
{
    const QRect available = screen()->availableGeometry();
    const QSize wanted(820, 1000);
    resize(wanted.boundedTo(QSize(available.width() * 9 / 10, available.height() * 9 / 10)));
}

void PreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_title)
        setWindowTitle(m_title());
    QDialog::changeEvent(event);
}

} // namespace einvoice
