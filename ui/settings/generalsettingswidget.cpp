#include "generalsettingswidget.h"

#include "settings/appsettings.h"
#include "ui/common/formrows.h"
#include "ui/common/questions.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>

namespace einvoice {

GeneralSettingsWidget::GeneralSettingsWidget(AppSettings *settings, Questions *questions, QWidget *parent)
    : QWidget(parent), m_questions(questions)
{
    auto *form = new QFormLayout(this);
    m_form = form;

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QString(), QString()); // "As the system"
    // Each language is named in itself, so that it can be found whatever the current language.
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings->language())));
    addRow(form, m_language);

    m_pollingInterval = new QSpinBox(this);
    m_pollingInterval->setObjectName(QStringLiteral("pollingIntervalSpin"));
    m_pollingInterval->setRange(
        settingskeys::minPollingIntervalSeconds, settingskeys::maxPollingIntervalSeconds);
    m_pollingInterval->setValue(settings->pollingIntervalSeconds());
    addRow(form, m_pollingInterval);

    m_folderRow = new QHBoxLayout;
    m_downloadFolder = new QLineEdit(settings->downloadFolder(), this);
    m_downloadFolder->setObjectName(QStringLiteral("downloadFolderEdit"));
    m_browse = new QToolButton(this);
    connect(m_browse, &QToolButton::clicked, this, &GeneralSettingsWidget::browseDownloadFolder);
    m_folderRow->addWidget(m_downloadFolder, 1);
    m_folderRow->addWidget(m_browse);
    addRow(form, m_folderRow);

    m_lowQuota = new QSpinBox(this);
    m_lowQuota->setObjectName(QStringLiteral("lowQuotaSpin"));
    m_lowQuota->setRange(0, settingskeys::maxLowQuotaThreshold);
    m_lowQuota->setValue(settings->lowQuotaThreshold());
    addRow(form, m_lowQuota);

    m_detailFillRate = new QSpinBox(this);
    m_detailFillRate->setObjectName(QStringLiteral("detailFillRateSpin"));
    m_detailFillRate->setRange(settingskeys::minDetailFillRate, settingskeys::maxDetailFillRate);
    m_detailFillRate->setValue(settings->detailFillRate());
    addRow(form, m_detailFillRate);
    retranslateUi();
}

void GeneralSettingsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void GeneralSettingsWidget::retranslateUi()
{
    m_language->setItemText(0, tr("As the system"));
    setRowLabel(m_form, m_language, tr("&Language:"));
    m_pollingInterval->setSuffix(tr(" s"));
    setRowLabel(m_form, m_pollingInterval, tr("&Check job status every:"));
    m_browse->setText(tr("Browse…"));
    setRowLabel(m_form, m_folderRow, tr("&Download folder:"));
    m_lowQuota->setToolTip(
        tr("Warn when fewer invoices than this are left in the package. 0 turns the warning off."));
    setRowLabel(m_form, m_lowQuota, tr("&Warn when quota falls below:"));
    m_detailFillRate->setSuffix(tr(" per second"));
    m_detailFillRate->setToolTip(
        tr("How many invoice details the app fetches in the background each second, "
           "to fill in series, lines and provider status. Your own requests go first."));
    setRowLabel(m_form, m_detailFillRate, tr("&Fetch invoice details at most:"));
}

void GeneralSettingsWidget::apply(AppSettings *settings) const
{
    settings->setPollingIntervalSeconds(m_pollingInterval->value());
    settings->setDownloadFolder(m_downloadFolder->text().trimmed());
    settings->setLowQuotaThreshold(m_lowQuota->value());
    settings->setDetailFillRate(m_detailFillRate->value());
    settings->setLanguage(m_language->currentData().toString());
}

void GeneralSettingsWidget::browseDownloadFolder()
{
    const QString folder
        = Questions::orDefault(m_questions)
              .chooseFolder(this, {tr("Choose the download folder"), m_downloadFolder->text(), {}});
    if (!folder.isEmpty())
        m_downloadFolder->setText(folder);
}

} // namespace einvoice
