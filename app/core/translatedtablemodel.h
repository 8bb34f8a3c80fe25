#pragma once

#include <QAbstractTableModel>

namespace einvoice {

// A table model whose headers and some cells are translated text: retranslate() tells the views
// that every header and cell may read differently in the new language, so they repaint without a
// reset (selection, scroll position and column widths stay).
class TranslatedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void retranslate();
};

} // namespace einvoice
