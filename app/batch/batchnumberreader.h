#pragma once

#include "batchcolumns.h"
#include "batchnumbercolumns.h"
#include "batchtypes.h"
#include "core/decimal.h"

#include <QCoreApplication>

#include <optional>

namespace einvoice {

// Reads the number cells of a batch row with their column's convention (BatchNumberColumns):
// the value, or the problem that keeps it from being sent, named by line and column: not a
// number, a percentage outside the percentage column, a column that mixes conventions, more
// decimals than the field takes, or a reading that needs confirmation.
class BatchNumberReader
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::BatchNumberReader)

public:
    explicit BatchNumberReader(BatchNumberColumns columns) : m_columns(std::move(columns)) { }

    // `typed`: a workbook's number cell, written plainly with '.' (never ambiguous, never a
    // conflict with how the column's text cells write decimals).
    std::optional<Decimal> read(
        BatchColumn column, int line, const QString &text, BatchInvoice &target, bool typed = false) const;

private:
    RowProblem conflict(BatchColumn column, int line, const QString &text) const;
    RowProblem ambiguity(BatchColumn column, int line, const QString &text) const;
    QString tooManyDecimals(BatchColumn column, const QString &text, Currency currency) const;

    BatchNumberColumns m_columns;
};

} // namespace einvoice
