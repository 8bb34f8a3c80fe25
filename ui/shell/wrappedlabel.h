#pragma once

#include <QHash>
#include <QLabel>

namespace einvoice {

// A word-wrapped label that remembers its height for each width. Layouts ask a wrapped QLabel for
// heightForWidth() many times while a window first settles, and QLabel lays out the whole text
// each time: with long texts that was most of the main window's start-up cost.
class WrappedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(const QString &text = {}, QWidget *parent = nullptr);

    int heightForWidth(int width) const override;
    void setText(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    mutable QHash<int, int> m_heights;
};

} // namespace einvoice
