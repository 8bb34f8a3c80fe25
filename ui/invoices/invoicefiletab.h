#pragma once

#include "core/enums.h"

#include <QStackedWidget>

class QLabel;
class QPushButton;

namespace einvoice {

// The PDF or XML tab beside the invoice list: the viewer when it shows the invoice's file, else
// what stands instead of a blank area (no invoice chosen, the file not downloaded yet with the
// button that downloads it, or the download under way).
class InvoiceFileTab : public QStackedWidget
{
    Q_OBJECT

public:
    enum class Notice { NoInvoice, NotDownloaded, Downloading };

    InvoiceFileTab(FileType type, QWidget *viewer, QWidget *parent = nullptr);

    FileType type() const { return m_type; }
    void showViewer();
    void showNotice(Notice notice);
    bool showsViewer() const { return currentIndex() == 0; }
    QString noticeText() const;

Q_SIGNALS:
    void downloadRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    FileType m_type;
    Notice m_notice = Notice::NoInvoice;
    QLabel *m_text = nullptr;
    QPushButton *m_download = nullptr;
};

} // namespace einvoice
