#include "linestable.h"

#include "editor/invoicelinesmodel.h"
#include "editor/linecolumns.h"
#include "i18n/uinumbers.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>

#include <algorithm>
#include <array>

namespace einvoice {

LinesTable::LinesTable(InvoiceLinesModel *model, QWidget *parent) : QTableView(parent), m_model(model)
{
    setModel(model);
    setObjectName(QStringLiteral("linesTable"));
    setTabKeyNavigation(true);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(LineColumns::ItemName, QHeaderView::Stretch);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    fitColumns();
}

QString LinesTable::typicalFigure(int column)
{
    if (column == LineColumns::UnitPrice)
        return UiNumbers::money(*Decimal::fromString(u"1500000.5"));
    if (column == LineColumns::Amount)
        return UiNumbers::money(Decimal::fromInteger(150000000));
    return QString();
}

void LinesTable::fitColumns()
{
    struct Preferred
    {
        int column;
        int width;
    };
    static constexpr Preferred preferred[]
        = {{LineColumns::LineType, 120}, {LineColumns::ItemCode, 80}, {LineColumns::Unit, 70},
            {LineColumns::Quantity, 80}, {LineColumns::UnitPrice, 110}, {LineColumns::DiscountPercent, 100},
            {LineColumns::DiscountAmount, 100}, {LineColumns::TaxRate, 80}, {LineColumns::Amount, 120}};
    const QFontMetrics header = horizontalHeader()->fontMetrics();
    const QFontMetrics cells = fontMetrics();
    int wanted = 0;
    int least = 0;
    std::array<int, std::size(preferred)> minimum {};
    std::array<int, std::size(preferred)> best {};
    for (std::size_t i = 0; i < std::size(preferred); ++i) {
        if (isColumnHidden(preferred[i].column))
            continue;
        const QString title = m_model->headerData(preferred[i].column, Qt::Horizontal).toString();
        const QString figure = typicalFigure(preferred[i].column);
        const int figureWidth
            = figure.isEmpty() ? 0 : cells.horizontalAdvance(figure) + 2 * cells.averageCharWidth();
        minimum[i] = std::max(figureWidth,
            std::min(preferred[i].width, header.horizontalAdvance(title) + 2 * header.averageCharWidth()));
        best[i] = std::max(preferred[i].width, minimum[i]);
        wanted += best[i];
        least += minimum[i];
    }
    const int forOthers = viewport()->width() - minimumItemNameWidth;
    const double share = forOthers >= wanted ? 1.0
        : wanted > least                     ? std::max(0, forOthers - least) / double(wanted - least)
                                             : 0.0;
    for (std::size_t i = 0; i < std::size(preferred); ++i) {
        if (!isColumnHidden(preferred[i].column))
            setColumnWidth(
                preferred[i].column, minimum[i] + int((best[i] - minimum[i]) * std::min(share, 1.0)));
    }
}

void LinesTable::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

void LinesTable::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        fitColumns();
}

bool LinesTable::isEnterable(int row, int column) const
{
    return !isColumnHidden(column) && (m_model->flags(m_model->index(row, column)) & Qt::ItemIsEditable);
}

QModelIndex LinesTable::nextEditable(const QModelIndex &from)
{
    int row = from.isValid() ? from.row() : 0;
    int column = from.isValid() ? from.column() + 1 : 0;
    for (; row < m_model->rowCount(); ++row, column = 0) {
        for (; column < LineColumns::Count; ++column) {
            if (isEnterable(row, column))
                return m_model->index(row, column);
        }
    }
    const int added = m_model->appendLine();
    for (column = LineColumns::ItemCode; column < LineColumns::Count; ++column) {
        if (isEnterable(added, column))
            return m_model->index(added, column);
    }
    return m_model->index(added, LineColumns::LineType);
}

QModelIndex LinesTable::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    if (action == MoveNext)
        return nextEditable(currentIndex());
    return QTableView::moveCursor(action, modifiers);
}

void LinesTable::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Enter commits with SubmitModelCache: go on like Tab, as in a spreadsheet.
    if (hint == QAbstractItemDelegate::SubmitModelCache)
        hint = QAbstractItemDelegate::EditNextItem;
    QTableView::closeEditor(editor, hint);
}

void LinesTable::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && state() != EditingState && event->modifiers() == Qt::NoModifier) {
        const QModelIndex current = currentIndex();
        if (current.isValid() && (current.flags() & Qt::ItemIsEditable))
            edit(current);
        else
            setCurrentIndex(nextEditable(current));
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace einvoice
