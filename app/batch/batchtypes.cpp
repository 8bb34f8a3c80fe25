#include "batchtypes.h"

#include "core/invoicefieldnames.h"

namespace einvoice {

bool BatchInvoice::hasErrors() const
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const RowProblem &p) { return p.error; });
}

bool BatchInvoice::needsConfirmation() const
{
    return std::any_of(
        problems.cbegin(), problems.cend(), [](const RowProblem &p) { return p.needsConfirmation(); });
}

int BatchImport::confirmationCount() const
{
    int count = 0;
    for (const BatchInvoice &invoice : invoices)
        count += int(std::count_if(invoice.problems.cbegin(), invoice.problems.cend(),
            [](const RowProblem &p) { return p.needsConfirmation(); }));
    return count;
}

QString BatchImport::columnName(const QString &key) const
{
    const std::optional<BatchColumn> column = BatchColumnMap::fromKey(key);
    if (!column)
        return InvoiceFieldNames::label(key);
    const int index = columns.index(*column);
    // A header of several lines (the .xlsx template's Vietnamese over English) is named on one line.
    const QString inFile = index >= 0 && index < header.size()
        ? header.at(index).split(u'\n', Qt::SkipEmptyParts).join(QStringLiteral(" / ")).simplified()
        : QString();
    return u'"' + (inFile.isEmpty() ? BatchColumnMap::label(*column) : inFile) + u'"';
}

QStringList BatchImport::ambiguousColumns() const
{
    QStringList columns;
    for (const BatchInvoice &invoice : invoices) {
        for (const RowProblem &problem : invoice.problems) {
            if (problem.needsConfirmation() && !columns.contains(problem.column))
                columns.append(problem.column);
        }
    }
    return columns;
}

int BatchImport::errorCount() const
{
    int count = 0;
    for (const RowProblem &problem : fileProblems)
        count += problem.error ? 1 : 0;
    for (const BatchInvoice &invoice : invoices)
        count += invoice.hasErrors() ? 1 : 0;
    return count;
}

QList<BatchInvoice> BatchImport::validInvoices() const
{
    QList<BatchInvoice> valid;
    for (const BatchInvoice &invoice : invoices) {
        if (!invoice.hasErrors() && !invoice.needsConfirmation())
            valid.append(invoice);
    }
    return valid;
}

int &BatchCounts::of(BatchItemStatus status)
{
    switch (status) {
    case BatchItemStatus::Queued:
        return queued;
    case BatchItemStatus::Sent:
        return sent;
    case BatchItemStatus::Done:
        return done;
    case BatchItemStatus::Skipped:
        return skipped;
    default:
        return failed;
    }
}

BatchCounts BatchCounts::of(const QList<BatchItemResult> &results)
{
    BatchCounts counts;
    for (const BatchItemResult &result : results)
        ++counts.of(result.status);
    return counts;
}

QString batchItemStatusName(BatchItemStatus status)
{
    switch (status) {
    case BatchItemStatus::Queued:
        return QStringLiteral("queued");
    case BatchItemStatus::Sent:
        return QStringLiteral("sent");
    case BatchItemStatus::Done:
        return QStringLiteral("done");
    case BatchItemStatus::Failed:
        return QStringLiteral("failed");
    case BatchItemStatus::Unknown:
        return QStringLiteral("unknown");
    case BatchItemStatus::Cancelled:
        return QStringLiteral("cancelled");
    case BatchItemStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return QString();
}

} // namespace einvoice
