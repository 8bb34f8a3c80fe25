#include "batchnumbercolumns.h"

#include "core/numbertext.h"
#include "csvreader.h"

namespace einvoice {

QList<BatchColumn> BatchNumberColumns::columns()
{
    return {BatchColumn::Quantity, BatchColumn::UnitPrice, BatchColumn::DiscountPercent,
        BatchColumn::DiscountAmount};
}

BatchNumberColumns BatchNumberColumns::learn(
    const QList<CsvRecord> &records, const BatchColumnMap &map, const QHash<BatchColumn, QChar> &stated)
{
    BatchNumberColumns result;
    result.m_stated = stated;
    for (const BatchColumn column : columns()) {
        if (!map.has(column))
            continue;
        for (qsizetype i = 1; i < records.size(); ++i) {
            if (records.at(i).isTypedNumber(map.index(column)))
                continue; // a workbook's number proves nothing about how the file writes text
            const QString text = map.value(column, records.at(i).fields);
            const NumberText::Shape shape = NumberText::scan(text);
            if (shape.valid && !shape.decimalShown.isNull())
                result.show(column, shape.decimalShown, {records.at(i).line, text});
        }
    }
    return result;
}

void BatchNumberColumns::show(BatchColumn column, QChar decimalSeparator, const Example &example)
{
    QList<std::pair<QChar, Example>> &shown = m_shown[column];
    const bool known = std::any_of(shown.cbegin(), shown.cend(),
        [decimalSeparator](const auto &entry) { return entry.first == decimalSeparator; });
    if (!known)
        shown.append({decimalSeparator, example});
}

bool BatchNumberColumns::isConflicting(BatchColumn column) const
{
    const QList<std::pair<QChar, Example>> shown = m_shown.value(column);
    const QChar statedSeparator = stated(column);
    return shown.size() > 1
        || (shown.size() == 1 && !statedSeparator.isNull() && shown.first().first != statedSeparator);
}

QChar BatchNumberColumns::decimalSeparator(BatchColumn column) const
{
    if (isConflicting(column))
        return QChar();
    const QList<std::pair<QChar, Example>> shown = m_shown.value(column);
    return shown.isEmpty() ? stated(column) : shown.first().first;
}

std::optional<BatchNumberColumns::Example> BatchNumberColumns::example(
    BatchColumn column, QChar decimalSeparator) const
{
    for (const auto &[separator, example] : m_shown.value(column)) {
        if (separator == decimalSeparator)
            return example;
    }
    return std::nullopt;
}

QChar BatchNumberColumns::stated(BatchColumn column) const
{
    return m_stated.value(column);
}

} // namespace einvoice
