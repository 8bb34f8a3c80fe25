#include "linedelegate.h"

#include "cataloguecompleter.h"
#include "editor/invoicelinesmodel.h"
#include "editor/linecolumns.h"
#include "store/cataloguerepository.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPersistentModelIndex>

namespace einvoice {

LineDelegate::LineDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

void LineDelegate::setCatalogue(CatalogueRepository *catalogue, const QString &environment)
{
    m_catalogue = catalogue;
    m_environment = environment;
}

QWidget *LineDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const QString name = QStringLiteral("lineEditor_") + LineColumns::fieldName(index.column());
    if (index.column() == LineColumns::LineType || index.column() == LineColumns::TaxRate) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(name);
        if (index.column() == LineColumns::LineType) {
            for (const LineType type :
                {LineType::Goods, LineType::Promotion, LineType::TradeDiscount, LineType::Note})
                combo->addItem(InvoiceLinesModel::lineTypeLabel(type), toWire(type));
        } else {
            for (const TaxRate rate : {TaxRate::NotSubject, TaxRate::NotDeclared, TaxRate::Zero,
                     TaxRate::Five, TaxRate::Eight, TaxRate::Ten})
                combo->addItem(taxRateLabel(rate), toWire(rate));
        }
        return combo;
    }
    if (index.column() == LineColumns::ItemName && m_catalogue)
        return createNameEditor(parent, index);
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setFrame(false);
    if (LineColumns::isNumeric(index.column()))
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return edit;
}

bool LineDelegate::eventFilter(QObject *object, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && qobject_cast<QComboBox *>(object)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            event->accept();
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

QWidget *LineDelegate::createNameEditor(QWidget *parent, const QModelIndex &index) const
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("lineEditor_item_name"));
    edit->setFrame(false);
    auto hits = std::make_shared<QList<Product>>();
    auto search = [this, hits](const QString &prefix) {
        const auto found = m_catalogue->products().search(m_environment, prefix, 8);
        *hits = found.ok() ? found.value() : QList<Product>();
        QList<CatalogueCompleter::Suggestion> suggestions;
        for (int i = 0; i < hits->size(); ++i)
            suggestions.append({hits->at(i).name, hits->at(i).code, i});
        return suggestions;
    };
    auto *completer = new CatalogueCompleter(edit, search, edit);
    QPersistentModelIndex cell(index);
    connect(completer, &CatalogueCompleter::picked, edit, [hits, cell](int key) {
        auto *model = qobject_cast<InvoiceLinesModel *>(const_cast<QAbstractItemModel *>(cell.model()));
        if (!model || !cell.isValid() || key < 0 || key >= hits->size())
            return;
        const Product &product = hits->at(key);
        InvoiceLine values;
        values.itemCode = product.code;
        values.itemName = product.name;
        values.unit = product.unit;
        values.unitPrice = product.defaultPrice;
        values.taxRate = product.defaultTaxRate;
        model->fillLine(cell.row(), values);
    });
    return edit;
}

void LineDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QVariant value = index.data(Qt::EditRole);
        combo->setCurrentIndex(value.isValid() ? std::max(0, combo->findData(value.toInt())) : -1);
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(index.data(Qt::EditRole).toString());
    }
}

void LineDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->currentIndex() >= 0)
            model->setData(index, combo->currentData(), Qt::EditRole);
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, edit->text(), Qt::EditRole);
    }
}

} // namespace einvoice
