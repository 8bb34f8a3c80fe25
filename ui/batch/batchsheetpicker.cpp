#include "batchsheetpicker.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace einvoice {

BatchSheetPicker::BatchSheetPicker(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_combo(new QComboBox(this))
{
    m_combo->setObjectName(QStringLiteral("sheetCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_label->setBuddy(m_combo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            Q_EMIT sheetChosen(m_combo->itemText(index));
    });
    setFocusProxy(m_combo);
    retranslateUi();
    setVisible(false);
}

void BatchSheetPicker::showSheets(const QStringList &sheets, const QString &current)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItems(sheets);
    // Sheet names compare without regard to case, as Excel does.
    m_combo->setCurrentIndex(m_combo->findText(current, Qt::MatchFixedString));
    setVisible(sheets.size() > 1);
}

QString BatchSheetPicker::currentSheet() const
{
    return m_combo->currentText();
}

void BatchSheetPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BatchSheetPicker::retranslateUi()
{
    m_label->setText(tr("Shee&t:"));
    m_combo->setToolTip(tr("The sheet of the workbook whose rows are read and sent"));
}

} // namespace einvoice
