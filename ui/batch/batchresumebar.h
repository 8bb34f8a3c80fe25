#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace einvoice {

class BatchResumer;

// The band at the top of the batch page while an interrupted run is taken up (issue 14): what was
// resumed, how the follow-up went, and, for invoices never sent, Continue or Discard.
class BatchResumeBar : public QWidget
{
    Q_OBJECT

public:
    explicit BatchResumeBar(QWidget *parent = nullptr);

    void setResumer(BatchResumer *resumer); // null: hidden
    QString text() const;

private:
    void update();

    QPointer<BatchResumer> m_resumer;
    QLabel *m_label;
    QPushButton *m_continue;
    QPushButton *m_discard;
};

} // namespace einvoice
