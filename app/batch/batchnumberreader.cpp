#include "batchnumberreader.h"

#include "batchvalues.h"
#include "core/fieldlimits.h"
#include "core/invoicetext.h"

namespace einvoice {

namespace {

QString quoted(const QString &text)
{
    return u'"' + InvoiceText::printable(text) + u'"';
}

// "12 345": thousands grouped with spaces, which cannot be read as decimals.
QString withSpaces(const QString &plainInteger)
{
    QString grouped = plainInteger;
    const qsizetype start = grouped.startsWith(u'-') ? 1 : 0;
    for (qsizetype i = grouped.size() - 3; i > start; i -= 3)
        grouped.insert(i, u' ');
    return grouped;
}

} // namespace

std::optional<Decimal> BatchNumberReader::read(
    BatchColumn column, int line, const QString &text, BatchInvoice &target, bool typed) const
{
    const QString key = BatchColumnMap::key(column);
    const batchvalues::NumberCell cell
        = batchvalues::parseNumber(text, typed ? QChar(u'.') : m_columns.decimalSeparator(column));
    const NumberText::Shape &shape = cell.shape;
    const auto error = [&](const QString &message) {
        target.problems.append(RowProblem {line, key, message, true});
    };
    if (!shape.valid) {
        error(tr("%1 is not a number.").arg(quoted(text)));
    } else if (shape.percent && column != BatchColumn::DiscountPercent) {
        error(tr("%1: a percentage belongs in the discount percentage column only.").arg(quoted(text)));
    } else if (!typed && m_columns.isConflicting(column)
        && (shape.ambiguous || !shape.decimalShown.isNull())) {
        target.problems.append(conflict(column, line, text));
    } else if (cell.needsSeparator()) {
        target.problems.append(ambiguity(column, line, text));
    } else if (cell.tooManyDecimals) {
        error(tooManyDecimals(column, text, target.invoice.currency));
    } else if (!cell.value) {
        error(tr("%1 is too large a number.").arg(quoted(text)));
    } else {
        return cell.value;
    }
    return std::nullopt;
}

RowProblem BatchNumberReader::conflict(BatchColumn column, int line, const QString &text) const
{
    const QString key = BatchColumnMap::key(column);
    const auto dot = m_columns.example(column, QLatin1Char('.'));
    const auto comma = m_columns.example(column, QLatin1Char(','));
    QString message;
    if (dot && comma) {
        message = tr("%1 cannot be read: this column writes decimals both with '.' (line %2: %3) and "
                     "with ',' (line %4: %5). Write every number of the column the same way.")
                      .arg(quoted(text), QString::number(dot->line), quoted(dot->text),
                          QString::number(comma->line), quoted(comma->text));
    } else {
        const auto shown = dot ? dot : comma;
        const QChar separator = dot ? QLatin1Char('.') : QLatin1Char(',');
        message = tr("%1 cannot be read: line %2 (%3) writes decimals with '%4', but the stated decimal "
                     "separator is '%5'.")
                      .arg(quoted(text), QString::number(shown->line), quoted(shown->text), separator,
                          m_columns.stated(column));
    }
    return RowProblem {line, key, message, true};
}

RowProblem BatchNumberReader::ambiguity(BatchColumn column, int line, const QString &text) const
{
    const NumberText::Shape shape = NumberText::scan(text);
    AmbiguousNumber number;
    number.text = text.trimmed();
    number.separator = shape.separator;
    number.asThousands = NumberText::plain(shape, NumberText::otherSeparator(shape.separator));
    number.asDecimals = NumberText::plain(shape, shape.separator);
    const QString message = tr("%1 reads two ways: %2 with '%3' grouping thousands, or %1 with '%3' as "
                               "the decimal point. Nothing else in the column shows which: state the "
                               "column's decimal separator.")
                                .arg(quoted(number.text), withSpaces(number.asThousands), shape.separator);
    return RowProblem {line, BatchColumnMap::key(column), message, false, number};
}

QString BatchNumberReader::tooManyDecimals(BatchColumn column, const QString &text, Currency currency) const
{
    const int allowed = FieldLimits::current()
                            .maxDecimals(BatchColumnMap::apiField(column), currency)
                            .value_or(Decimal::Scale);
    if (allowed == 0)
        return tr("%1 must be a whole number here.").arg(quoted(text));
    return tr("%1 has more decimals than the %n accepted here.", nullptr, allowed).arg(quoted(text));
}

} // namespace einvoice
