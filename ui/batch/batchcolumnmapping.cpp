#include "batchcolumnmapping.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace einvoice {

BatchColumnMapping::BatchColumnMapping(QSettings *settings, const QString &settingsKey, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_key(settingsKey), m_table(new QTableWidget(this))
{
    m_table->setObjectName(QStringLiteral("columnMappingTable"));
    m_table->setColumnCount(2);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    retranslateUi();
}

void BatchColumnMapping::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BatchColumnMapping::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("File column")});
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QTableWidgetItem *field = m_table->item(row, 0))
            field->setText(BatchColumnMap::label(BatchColumnMap::all().at(row)));
        if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1)))
            combo->setItemText(0, tr("(not in the file)"));
    }
}

int BatchColumnMapping::rememberedIndex(BatchColumn column, const BatchColumnMap &matched) const
{
    if (m_settings) {
        const QVariantMap saved = m_settings->value(m_key).toMap();
        const auto it = saved.constFind(BatchColumnMap::key(column));
        // The file column chosen last time when this file has it; otherwise what this file's
        // own header says (a file with other header texts is not read as missing its columns).
        if (it != saved.constEnd() && !it.value().toString().isEmpty()) {
            if (const qsizetype index = m_header.indexOf(it.value().toString()); index >= 0)
                return int(index);
        }
    }
    return matched.index(column);
}

void BatchColumnMapping::setHeader(const QStringList &header)
{
    m_header = header;
    const BatchColumnMap matched = BatchColumnMap::fromHeader(header);
    const QList<BatchColumn> columns = BatchColumnMap::all();
    m_table->setRowCount(int(columns.size()));
    for (int row = 0; row < columns.size(); ++row) {
        const BatchColumn column = columns.at(row);
        auto *item = new QTableWidgetItem(BatchColumnMap::label(column));
        item->setFlags(Qt::ItemIsEnabled);
        item->setData(Qt::UserRole, BatchColumnMap::key(column));
        m_table->setItem(row, 0, item);
        auto *combo = new QComboBox(m_table);
        combo->addItem(tr("(not in the file)"), -1);
        for (int i = 0; i < header.size(); ++i)
            combo->addItem(header.at(i), i);
        combo->setCurrentIndex(combo->findData(rememberedIndex(column, matched)));
        if (combo->currentIndex() < 0)
            combo->setCurrentIndex(0);
        connect(combo, &QComboBox::currentIndexChanged, this, &BatchColumnMapping::mappingChanged);
        m_table->setCellWidget(row, 1, combo);
    }
    m_table->resizeColumnToContents(0);
}

BatchColumnMap BatchColumnMapping::columnMap() const
{
    BatchColumnMap map;
    const QList<BatchColumn> columns = BatchColumnMap::all();
    for (int row = 0; row < m_table->rowCount() && row < columns.size(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
        const int index = combo ? combo->currentData().toInt() : -1;
        if (index >= 0)
            map.set(columns.at(row), index);
    }
    return map;
}

void BatchColumnMapping::remember() const
{
    if (!m_settings)
        return;
    QVariantMap saved;
    const BatchColumnMap map = columnMap();
    for (BatchColumn column : BatchColumnMap::all())
        saved.insert(
            BatchColumnMap::key(column), map.has(column) ? m_header.value(map.index(column)) : QString());
    m_settings->setValue(m_key, saved);
}

} // namespace einvoice
