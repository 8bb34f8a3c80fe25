#pragma once

#include "batchcolumns.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace einvoice {

struct CsvRecord;

// The decimal separator of each number column of a batch file (issue 14.1). A number is never
// guessed: a cell that reads two ways ("1.500", "12,345") takes the convention its column shows
// in any cell that reads one way ("1.234.567", "1.234,5", "2,5", "0.125", "1.2345"), or the one
// the user states (the page's choice per column, the CLI's --decimal-separator). A column that
// shows both conventions, or contradicts the stated one, has no separator: its cells are errors.
class BatchNumberColumns
{
public:
    // A cell that proves a convention, for messages: line and text.
    struct Example
    {
        int line = 0;
        QString text;
    };

    // Quantity, unit price, discount percentage and discount amount.
    static QList<BatchColumn> columns();

    // Learns what every data row (records after the header) shows, and what the user states.
    static BatchNumberColumns learn(
        const QList<CsvRecord> &records, const BatchColumnMap &map, const QHash<BatchColumn, QChar> &stated);

    // '.' or ','; null when the column shows no convention and none was stated, or conflicts.
    QChar decimalSeparator(BatchColumn column) const;
    bool isConflicting(BatchColumn column) const;
    // The first cell of the column that shows decimalSeparator as the decimal separator.
    std::optional<Example> example(BatchColumn column, QChar decimalSeparator) const;
    // The separator the user stated for the column; null when none.
    QChar stated(BatchColumn column) const;

private:
    void show(BatchColumn column, QChar decimalSeparator, const Example &example);

    QHash<BatchColumn, QList<std::pair<QChar, Example>>> m_shown; // first example per convention
    QHash<BatchColumn, QChar> m_stated;
};

} // namespace einvoice
