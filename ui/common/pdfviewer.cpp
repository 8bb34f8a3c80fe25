#include "pdfviewer.h"

#include "pdfprinter.h"
#include "questions.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfPageRenderer>
#include <QPdfView>
#include <QPrinter>
#include <QToolBar>
#include <QVBoxLayout>

namespace einvoice {

namespace {

constexpr qreal zoomStep = 1.25;
constexpr qreal minZoom = 0.25;
constexpr qreal maxZoom = 6.0;

// The tool bar's actions, by object name, with their words.
constexpr std::pair<const char *, const char *> actionTexts[] = {
    {"pdfPrevious", QT_TRANSLATE_NOOP("einvoice::PdfViewer", "Previous page")},
    {"pdfNext", QT_TRANSLATE_NOOP("einvoice::PdfViewer", "Next page")},
    {"pdfZoomOut", QT_TRANSLATE_NOOP("einvoice::PdfViewer", "Zoom out")},
    {"pdfZoomIn", QT_TRANSLATE_NOOP("einvoice::PdfViewer", "Zoom in")},
    {"pdfFitWidth", QT_TRANSLATE_NOOP("einvoice::PdfViewer", "Fit width")},
    {"pdfFitPage", QT_TRANSLATE_NOOP("einvoice::PdfViewer", "Fit page")},
    {"pdfPrint", QT_TRANSLATE_NOOP("einvoice::PdfViewer", "Print…")},
    {"pdfSaveAs", QT_TRANSLATE_NOOP("einvoice::PdfViewer", "Save as…")},
    {"pdfOpenFolder", QT_TRANSLATE_NOOP("einvoice::PdfViewer", "Open folder")},
};

} // namespace

PdfViewer::PdfViewer(Questions *questions, QWidget *parent)
    : QWidget(parent),
      m_questions(&Questions::orDefault(questions)),
      m_document(new QPdfDocument(this)),
      m_view(new QPdfView(this)),
      m_pageLabel(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("pdfView"));
    // Qt 6.4's QPdfView renders on a QThread of its own that it never deletes (LeakSanitizer in
    // every test that shows a PDF); an invoice's page or two render as fast on this thread.
    if (auto *renderer = m_view->findChild<QPdfPageRenderer *>())
        renderer->setRenderMode(QPdfPageRenderer::RenderMode::SingleThreaded);
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    // Fitted to the width, a page almost as tall as the view needs the vertical scroll bar only
    // without it: shown, the page narrows and no longer needs it; hidden, it widens and does.
    // Qt 6.4 then shows and hides it for ever (the app froze on the list's PDF tab at 1280x800).
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_pageLabel->setObjectName(QStringLiteral("pdfPageLabel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    createActions();
    layout->addWidget(m_view, 1);
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, &PdfViewer::updateState);
    connect(m_document, &QPdfDocument::statusChanged, this, &PdfViewer::updateState);
    retranslateUi();
}

void PdfViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PdfViewer::retranslateUi()
{
    for (QAction *action : std::as_const(m_documentActions)) {
        for (const auto &[name, text] : actionTexts) {
            if (action->objectName() == QLatin1String(name))
                action->setText(tr(text));
        }
    }
    updateState();
}

PdfViewer::~PdfViewer()
{
    // The view renders pages in a worker thread: it must go (and wait for it) before the document
    // it reads, which as the older child would otherwise be deleted first.
    disconnect(m_view->pageNavigator(), nullptr, this, nullptr);
    disconnect(m_document, nullptr, this, nullptr);
    delete m_view;
    m_view = nullptr;
}

void PdfViewer::createActions()
{
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("pdfToolBar"));
    auto add = [this, toolBar](const char *name, auto slot) {
        QAction *action = toolBar->addAction(QString(), this, slot);
        action->setObjectName(QLatin1String(name));
        m_documentActions.append(action);
        return action;
    };
    add("pdfPrevious", [this] { goToPage(currentPage() - 1); });
    toolBar->addWidget(m_pageLabel);
    add("pdfNext", [this] { goToPage(currentPage() + 1); });
    toolBar->addSeparator();
    add("pdfZoomOut", &PdfViewer::zoomOut);
    add("pdfZoomIn", &PdfViewer::zoomIn);
    add("pdfFitWidth", &PdfViewer::fitWidth);
    add("pdfFitPage", &PdfViewer::fitPage);
    toolBar->addSeparator();
    add("pdfPrint", &PdfViewer::print)->setShortcut(QKeySequence::Print);
    add("pdfSaveAs", &PdfViewer::saveAs);
    add("pdfOpenFolder", &PdfViewer::openFolder);
    static_cast<QVBoxLayout *>(layout())->addWidget(toolBar);
}

bool PdfViewer::open(const QString &path)
{
    m_document->close();
    m_path.clear();
    if (m_document->load(path) != QPdfDocument::Error::None) {
        updateState();
        return false;
    }
    m_path = path;
    m_view->pageNavigator()->jump(0, QPointF(), 0);
    updateState();
    return true;
}

void PdfViewer::clear()
{
    m_document->close();
    m_path.clear();
    updateState();
}

int PdfViewer::currentPage() const
{
    return m_view->pageNavigator()->currentPage();
}

void PdfViewer::goToPage(int page)
{
    if (page < 0 || page >= m_document->pageCount())
        return;
    m_view->pageNavigator()->jump(page, QPointF(), m_view->zoomFactor());
}

void PdfViewer::zoomIn()
{
    const qreal factor = qMin(maxZoom, m_view->zoomFactor() * zoomStep);
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(factor);
}

void PdfViewer::zoomOut()
{
    const qreal factor = qMax(minZoom, m_view->zoomFactor() / zoomStep);
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(factor);
}

void PdfViewer::fitWidth()
{
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
}

void PdfViewer::fitPage()
{
    m_view->setZoomMode(QPdfView::ZoomMode::FitInView);
}

bool PdfViewer::printDocument()
{
    QPrinter printer(QPrinter::HighResolution);
    return m_questions->choosePrinter(this, &printer) && PdfPrinter::print(*m_document, printer);
}

bool PdfViewer::print()
{
    return m_document->status() == QPdfDocument::Status::Ready && printDocument();
}

void PdfViewer::saveAs()
{
    if (m_path.isEmpty())
        return;
    const QString target = m_questions->saveFile(
        this, {tr("Save PDF"), QFileInfo(m_path).fileName(), tr("PDF files (*.pdf)")});
    if (target.isEmpty())
        return;
    QFile::remove(target);
    if (!QFile::copy(m_path, target))
        m_questions->warn(this, tr("Save PDF"), tr("Could not write %1.").arg(target));
}

void PdfViewer::openFolder()
{
    if (!m_path.isEmpty())
        m_questions->showFolder(QFileInfo(m_path).absolutePath());
}

void PdfViewer::updateState()
{
    const bool ready = m_document->status() == QPdfDocument::Status::Ready;
    for (QAction *action : std::as_const(m_documentActions))
        action->setEnabled(ready);
    m_pageLabel->setText(
        ready ? tr("Page %1 of %2").arg(currentPage() + 1).arg(m_document->pageCount()) : QString());
}

} // namespace einvoice
