#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QToolButton;
class QFormLayout;
class QHBoxLayout;
class QToolButton;
class QLineEdit;
class QSpinBox;

namespace einvoice {

class AppSettings;
class Questions;

// Polling interval, download folder, language, low-quota threshold and the rate of the background
// detail fill.
class GeneralSettingsWidget : public QWidget
{
    Q_OBJECT

public:
    // questions: asks for the download folder; null: the file dialog.
    GeneralSettingsWidget(AppSettings *settings, Questions *questions, QWidget *parent = nullptr);

    void apply(AppSettings *settings) const;

protected:
    void changeEvent(QEvent *event) override;

private Q_SLOTS:
    void browseDownloadFolder();

private:
    void retranslateUi();

    Questions *m_questions;
    QFormLayout *m_form = nullptr;
    QHBoxLayout *m_folderRow = nullptr;
    QToolButton *m_browse = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_pollingInterval = nullptr;
    QLineEdit *m_downloadFolder = nullptr;
    QSpinBox *m_lowQuota = nullptr;
    QSpinBox *m_detailFillRate = nullptr;
};

} // namespace einvoice
