#include "batchimportchecks.h"

#include "core/fieldlimits.h"
#include "core/invoicetext.h"
#include "csvreader.h"

#include <QHash>

namespace einvoice {

namespace {

InvoiceText::Lines linesOf(BatchColumn column)
{
    const auto limit = FieldLimits::current().textField(BatchColumnMap::apiField(column));
    return limit ? limit->lines : InvoiceText::Lines::Single;
}

QString characterProblem(const QString &text, qsizetype at)
{
    const QChar c = text.at(at);
    if (c == u'\n' || c == u'\r')
        return BatchImportChecks::tr(
            "A line break inside the cell: only the invoice note may have several lines.");
    return BatchImportChecks::tr(
        "The cell has the character %1 at position %2, which cannot be on an invoice "
        "(a control character or a damaged letter); remove it.")
        .arg(InvoiceText::codeOf(c), QString::number(at + 1));
}

// Whether a cell holds anything InvoiceText may refuse (control characters, line breaks, the
// replacement and non-characters): most rows have none, and need no closer look.
bool hasSuspectCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t code = c.unicode();
        return code < 0x20 || (code >= 0x7F && code <= 0x9F) || code >= 0xFFFD;
    });
}

} // namespace

void BatchImportChecks::checkCells(const CsvRecord &record, const BatchColumnMap &map, BatchInvoice &target)
{
    if (record.longCells.isEmpty() && record.cellProblems.isEmpty()
        && std::none_of(record.fields.cbegin(), record.fields.cend(), hasSuspectCharacter))
        return;
    for (const BatchColumn column : BatchColumnMap::all()) {
        const int index = map.index(column);
        if (index < 0 || index >= record.fields.size())
            continue;
        const QString key = BatchColumnMap::key(column);
        for (const auto &[field, length] : record.longCells) {
            if (field != index)
                continue;
            const auto limit = FieldLimits::current().textField(BatchColumnMap::apiField(column));
            target.problems.append(RowProblem {record.line, key,
                tr("%1 characters: at most %2 are accepted.")
                    .arg(QString::number(length),
                        QString::number(limit ? limit->maxLength : CsvReader::MaxCellLength)),
                true});
        }
        for (const auto &[field, message] : record.cellProblems) {
            if (field == index)
                target.problems.append(RowProblem {record.line, key, message, true});
        }
        const QString &text = record.fields.at(index);
        if (const auto at = InvoiceText::forbiddenAt(text.trimmed(), linesOf(column)))
            target.problems.append(
                RowProblem {record.line, key, characterProblem(text.trimmed(), *at), true});
    }
}

// Reference codes are compared without letter case. An invoice without one gets a code derived
// from its key (BatchSource::referenceCode), so keys that differ only in case collide as well.
void BatchImportChecks::checkDuplicateReferences(QList<BatchInvoice> &invoices)
{
    QHash<QString, qsizetype> firstWith;
    for (qsizetype i = 0; i < invoices.size(); ++i) {
        const BatchInvoice &invoice = invoices.at(i);
        const bool written = !invoice.invoice.referenceCode.isEmpty();
        const QString code
            = written ? invoice.invoice.referenceCode.toCaseFolded() : u'\x1f' + invoice.key.toCaseFolded();
        const auto found = firstWith.constFind(code);
        if (found == firstWith.constEnd()) {
            firstWith.insert(code, i);
            continue;
        }
        BatchInvoice &first = invoices[*found];
        BatchInvoice &again = invoices[i];
        const QString column
            = BatchColumnMap::key(written ? BatchColumn::ReferenceCode : BatchColumn::InvoiceKey);
        const auto report = [&column, written](BatchInvoice &target, const BatchInvoice &other) {
            const QString message = written
                ? tr("The reference code %1 is also the one of the invoice on line %2 (key %3): every "
                     "invoice of the file needs its own.")
                      .arg(target.invoice.referenceCode, QString::number(other.firstRow), other.key)
                : tr("The invoice key %1 differs from the key %2 on line %3 only in letter case: their "
                     "reference codes would be the same. Give each invoice its own key.")
                      .arg(target.key, other.key, QString::number(other.firstRow));
            target.problems.append(RowProblem {target.firstRow, column, message, true});
        };
        report(again, first);
        if (std::none_of(first.problems.cbegin(), first.problems.cend(),
                [&column](const RowProblem &p) { return p.error && p.column == column; }))
            report(first, again);
    }
}

} // namespace einvoice
