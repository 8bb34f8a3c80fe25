#pragma once

#include "core/remoteinvoice.h"
#include "core/translatedtablemodel.h"

#include <QList>

namespace einvoice {

// The invoice templates (template code, series, label) of one provider account.
class TemplatesModel : public TranslatedTableModel
{
    Q_OBJECT

public:
    enum Column { TemplateCodeColumn, SeriesColumn, LabelColumn, ColumnCount };

    explicit TemplatesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setTemplates(const QList<InvoiceTemplate> &templates);
    const InvoiceTemplate &invoiceTemplate(int row) const { return m_templates.at(row); }

private:
    QList<InvoiceTemplate> m_templates;
};

} // namespace einvoice
