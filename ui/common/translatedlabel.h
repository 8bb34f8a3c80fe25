#pragma once

#include <QLabel>

#include <functional>

namespace einvoice {

// A label for messages that change while the page lives (status lines, results, errors): given
// the function that words the message, it asks it again on a language change, so a message shown
// before the change reads in the new language too. A plain setText() is kept as it is.
class TranslatedLabel : public QLabel
{
    Q_OBJECT

public:
    using Text = std::function<QString()>;
    using QLabel::QLabel;

    // An empty function clears the label.
    void setMessage(Text text);
    void clearMessage() { setMessage(Text()); }
    bool hasMessage() const { return m_text != nullptr; }

protected:
    void changeEvent(QEvent *event) override;

private:
    Text m_text;
};

} // namespace einvoice
