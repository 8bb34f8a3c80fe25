#include "invoicefiletab.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace einvoice {

InvoiceFileTab::InvoiceFileTab(FileType type, QWidget *viewer, QWidget *parent)
    : QStackedWidget(parent), m_type(type)
{
    setObjectName(type == FileType::Pdf ? QStringLiteral("pdfTab") : QStringLiteral("xmlTab"));
    auto *notice = new QWidget(this);
    m_text = new QLabel(notice);
    m_text->setObjectName(QStringLiteral("fileTabNotice"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_download = new QPushButton(notice);
    m_download->setObjectName(QStringLiteral("fileTabDownload"));
    auto *layout = new QVBoxLayout(notice);
    layout->addStretch(1);
    layout->addWidget(m_text);
    layout->addWidget(m_download, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    addWidget(viewer);
    addWidget(notice);
    connect(m_download, &QPushButton::clicked, this, &InvoiceFileTab::downloadRequested);
    showNotice(Notice::NoInvoice);
}

void InvoiceFileTab::showViewer()
{
    setCurrentIndex(0);
}

void InvoiceFileTab::showNotice(Notice notice)
{
    m_notice = notice;
    retranslateUi();
    m_download->setVisible(notice != Notice::NoInvoice);
    m_download->setEnabled(notice == Notice::NotDownloaded);
    setCurrentIndex(1);
}

QString InvoiceFileTab::noticeText() const
{
    return m_text->text();
}

void InvoiceFileTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QStackedWidget::changeEvent(event);
}

void InvoiceFileTab::retranslateUi()
{
    const bool pdf = m_type == FileType::Pdf;
    switch (m_notice) {
    case Notice::NoInvoice:
        m_text->setText(pdf ? tr("Choose an invoice in the list to see its PDF.")
                            : tr("Choose an invoice in the list to see its XML."));
        break;
    case Notice::NotDownloaded:
        m_text->setText(pdf ? tr("The PDF of this invoice is not downloaded yet.")
                            : tr("The XML of this invoice is not downloaded yet."));
        break;
    case Notice::Downloading:
        m_text->setText(pdf ? tr("Downloading the PDF…") : tr("Downloading the XML…"));
        break;
    }
    m_download->setText(pdf ? tr("Download PDF") : tr("Download XML"));
}

} // namespace einvoice
