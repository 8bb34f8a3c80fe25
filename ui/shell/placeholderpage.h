#pragma once

#include <QWidget>

#include <functional>

class QLabel;

namespace einvoice {

class WrappedLabel;

// A page whose real content is not there yet (no local data, no connection): a title and a short
// explanation, asked again from the functions on a language change.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    using Text = std::function<QString()>;
    PlaceholderPage(const QString &objectName, Text title, Text text, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Text m_title;
    Text m_text;
    QLabel *m_heading;
    WrappedLabel *m_body;
};

} // namespace einvoice
