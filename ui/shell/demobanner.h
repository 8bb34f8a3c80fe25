#pragma once

#include <QFrame>

class QPushButton;

namespace einvoice {

class WrappedLabel;

// Shown in the Demo environment: the data is demo data, and how to connect a real account.
// A light blue panel on a light theme, a dark blue one on a dark theme; the text keeps at least
// 4.5:1 contrast on both and follows a change of the system palette.
class DemoBanner : public QFrame
{
    Q_OBJECT

public:
    explicit DemoBanner(QWidget *parent = nullptr);

    // A custom server (issue 16.14): the banner names the server the app talks to instead of the
    // demo data. Empty: the Demo text.
    void setCustomServer(const QString &url);
    bool isCustomServer() const { return !m_customUrl.isEmpty(); }

Q_SIGNALS:
    void connectRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();
    void retranslateUi();

    WrappedLabel *m_text = nullptr;
    QPushButton *m_button = nullptr;
    QString m_customUrl;
    int m_appliedDark = -1; // the theme the colours were picked for: 0 light, 1 dark
};

} // namespace einvoice
