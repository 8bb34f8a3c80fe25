#include "templatesmodel.h"

#include "accountroles.h"

namespace einvoice {

TemplatesModel::TemplatesModel(QObject *parent) : TranslatedTableModel(parent) { }

int TemplatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

int TemplatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TemplatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InvoiceTemplate &t = m_templates.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TemplateCodeColumn:
            return t.templateCode;
        case SeriesColumn:
            return t.invoiceSeries;
        case LabelColumn:
            return t.invoiceLabel;
        default:
            return {};
        }
    }
    switch (role) {
    case accountroles::TemplateCodeRole:
        return t.templateCode;
    case accountroles::InvoiceSeriesRole:
        return t.invoiceSeries;
    case accountroles::InvoiceLabelRole:
        return t.invoiceLabel;
    default:
        return {};
    }
}

QVariant TemplatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TemplateCodeColumn:
        return tr("Template");
    case SeriesColumn:
        return tr("Series");
    case LabelColumn:
        return tr("Label");
    default:
        return {};
    }
}

void TemplatesModel::setTemplates(const QList<InvoiceTemplate> &templates)
{
    beginResetModel();
    m_templates = templates;
    endResetModel();
}

} // namespace einvoice
