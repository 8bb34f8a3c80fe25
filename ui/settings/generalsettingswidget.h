#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace einvoice {

class AppSettings;

// Polling interval, download folder, language and low-quota threshold.
class GeneralSettingsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit GeneralSettingsWidget(AppSettings *settings, QWidget *parent = nullptr);

    void apply(AppSettings *settings) const;

private Q_SLOTS:
    void browseDownloadFolder();

private:
    QComboBox *m_language = nullptr;
    QSpinBox *m_pollingInterval = nullptr;
    QLineEdit *m_downloadFolder = nullptr;
    QSpinBox *m_lowQuota = nullptr;
};

} // namespace einvoice
