#pragma once

#include "batch/batchcolumns.h"

#include <QStringList>
#include <QWidget>

class QSettings;
class QTableWidget;

namespace einvoice {

// One row per BatchColumn with a combo box of the file's headers ("not in the file" first). The
// choice starts from the last one remembered in settings (header text per column key), else from
// the header names; remember() stores the current choice.
class BatchColumnMapping : public QWidget
{
    Q_OBJECT

public:
    BatchColumnMapping(QSettings *settings, const QString &settingsKey, QWidget *parent = nullptr);

    void setHeader(const QStringList &header);
    BatchColumnMap columnMap() const;
    void remember() const;

Q_SIGNALS:
    void mappingChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    int rememberedIndex(BatchColumn column, const BatchColumnMap &matched) const;

    QSettings *m_settings;
    QString m_key;
    QStringList m_header;
    QTableWidget *m_table;
};

} // namespace einvoice
