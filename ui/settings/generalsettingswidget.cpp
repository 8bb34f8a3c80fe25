#include "generalsettingswidget.h"

#include "settings/appsettings.h"
#include "ui/common/questions.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>

namespace einvoice {

GeneralSettingsWidget::GeneralSettingsWidget(AppSettings *settings, Questions *questions, QWidget *parent)
    : QWidget(parent), m_questions(questions)
{
    auto *form = new QFormLayout(this);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("As the system"), QString());
    // Each language is named in itself, so that it can be found whatever the current language.
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings->language())));
    form->addRow(tr("&Language:"), m_language);

    m_pollingInterval = new QSpinBox(this);
    m_pollingInterval->setObjectName(QStringLiteral("pollingIntervalSpin"));
    m_pollingInterval->setRange(
        settingskeys::minPollingIntervalSeconds, settingskeys::maxPollingIntervalSeconds);
    m_pollingInterval->setSuffix(tr(" s"));
    m_pollingInterval->setValue(settings->pollingIntervalSeconds());
    form->addRow(tr("&Check job status every:"), m_pollingInterval);

    auto *folderRow = new QHBoxLayout;
    m_downloadFolder = new QLineEdit(settings->downloadFolder(), this);
    m_downloadFolder->setObjectName(QStringLiteral("downloadFolderEdit"));
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    connect(browse, &QToolButton::clicked, this, &GeneralSettingsWidget::browseDownloadFolder);
    folderRow->addWidget(m_downloadFolder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("&Download folder:"), folderRow);

    m_lowQuota = new QSpinBox(this);
    m_lowQuota->setObjectName(QStringLiteral("lowQuotaSpin"));
    m_lowQuota->setRange(0, settingskeys::maxLowQuotaThreshold);
    m_lowQuota->setValue(settings->lowQuotaThreshold());
    m_lowQuota->setToolTip(
        tr("Warn when fewer invoices than this are left in the package. 0 turns the warning off."));
    form->addRow(tr("&Warn when quota falls below:"), m_lowQuota);
}

void GeneralSettingsWidget::apply(AppSettings *settings) const
{
    settings->setPollingIntervalSeconds(m_pollingInterval->value());
    settings->setDownloadFolder(m_downloadFolder->text().trimmed());
    settings->setLowQuotaThreshold(m_lowQuota->value());
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
