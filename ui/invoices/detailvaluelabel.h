#pragma once

#include <QLabel>

namespace einvoice {

// A value of the detail pane: wraps at spaces, and a word too wide for the pane (a tax authority
// code, a long e-mail address) is shortened in the middle with "…" instead of being cut at the
// edge. The whole value is the tooltip whenever part of it is hidden; fullText() keeps it.
class DetailValueLabel : public QLabel
{
    Q_OBJECT

public:
    explicit DetailValueLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }
    bool isShortened() const { return text() != m_fullText; }
    // About twelve characters: narrower, the pane's form puts the value under its label.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit();

    QString m_fullText;
};

} // namespace einvoice
