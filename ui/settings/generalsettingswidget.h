#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace einvoice {

class AppSettings;
class Questions;

// Polling interval, download folder, language and low-quota threshold.
class GeneralSettingsWidget : public QWidget
{
    Q_OBJECT

public:
    // questions: asks for the download folder; null: the file dialog.
    GeneralSettingsWidget(AppSettings *settings, Questions *questions, QWidget *parent = nullptr);

    void apply(AppSettings *settings) const;

private Q_SLOTS:
    void browseDownloadFolder();

private:
    Questions *m_questions;
    QComboBox *m_language = nullptr;
    QSpinBox *m_pollingInterval = nullptr;
    QLineEdit *m_downloadFolder = nullptr;
    QSpinBox *m_lowQuota = nullptr;
};

} // namespace einvoice
