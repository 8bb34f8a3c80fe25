#include "spreadsheettable.h"

namespace einvoice {

const SpreadsheetCell &SpreadsheetRow::cell(qsizetype column) const
{
    static const SpreadsheetCell empty;
    return column >= 0 && column < cells.size() ? cells.at(column) : empty;
}

QStringList SpreadsheetRow::texts() const
{
    QStringList texts;
    texts.reserve(cells.size());
    for (const SpreadsheetCell &cell : cells)
        texts.append(cell.text());
    return texts;
}

qsizetype SpreadsheetTable::columnCount() const
{
    qsizetype count = 0;
    for (const SpreadsheetRow &row : rows)
        count = qMax(count, row.cells.size());
    return count;
}

QString spreadsheetColumnName(qsizetype column)
{
    QString name;
    for (qsizetype n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + char16_t((n - 1) % 26)));
    return name;
}

QString spreadsheetCellName(qsizetype column, qint64 rowNumber)
{
    return spreadsheetColumnName(column) + QString::number(rowNumber);
}

} // namespace einvoice
