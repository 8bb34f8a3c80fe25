#pragma once

#include <QFrame>

class QLabel;

namespace einvoice {

// The warning strip at the top of the dashboard while the quota is under the threshold.
class QuotaBanner : public QFrame
{
    Q_OBJECT

public:
    explicit QuotaBanner(QWidget *parent = nullptr);

    // Shows the banner when remaining < threshold (threshold > 0), hides it otherwise.
    void showFor(qint64 remaining, int threshold);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showText();

    QLabel *m_label;
    qint64 m_remaining = 0;
    int m_threshold = 0;
};

} // namespace einvoice
