#include "batchimporter.h"

#include "batchimportchecks.h"
#include "batchnumberreader.h"
#include "batchvalues.h"
#include "csvreader.h"

#include <QRegularExpression>

namespace einvoice {

struct BatchImporter::Row
{
    int line = 0;
    QStringList fields;
    const BatchColumnMap *map = nullptr;
    const BatchNumberReader *numbers = nullptr;
    const CsvRecord *record = nullptr;
    QString value(BatchColumn column) const { return map->value(column, fields); }
    bool isTypedNumber(BatchColumn column) const { return record->isTypedNumber(map->index(column)); }
    // Text typed into a workbook's cell, which is kept exactly as written.
    bool isWorkbookText(BatchColumn column) const { return record->fromWorkbook && !isTypedNumber(column); }
};

namespace {

void problem(BatchInvoice &target, int row, BatchColumn column, const QString &message, bool error = true)
{
    target.problems.append(RowProblem {row, BatchColumnMap::key(column), message, error});
}

// Maps a validator field ("items[1].quantity", "buyer.tax_code") to a file line and column key.
RowProblem fromIssue(const BatchInvoice &invoice, const ValidationIssue &issue)
{
    static const QRegularExpression item(QStringLiteral("^items\\[(\\d+)\\]\\.?(.*)$"));
    RowProblem result {invoice.firstRow, issue.field, issue.text(), issue.isError()};
    const QRegularExpressionMatch match = item.match(issue.field);
    if (match.hasMatch()) {
        result.row = invoice.rows.value(match.captured(1).toInt(), invoice.firstRow);
        result.column = match.captured(2);
    }
    if (const std::optional<BatchColumn> column = BatchColumnMap::fromApiField(issue.field))
        result.column = BatchColumnMap::key(*column);
    return result;
}

void fileProblem(BatchImport &result, int line, const QString &message)
{
    result.fileProblems.append(RowProblem {line, QString(), message, true});
}

} // namespace

QString BatchImporter::fileSizeProblem(qint64 bytes)
{
    if (bytes <= MaxFileBytes)
        return QString();
    return tr("The file has %1 MB; a batch file may have at most %2 MB (about %3 rows). Split it into "
              "several files.")
        .arg(QString::number((bytes + (1 << 20) - 1) >> 20), QString::number(MaxFileBytes >> 20),
            QString::number(MaxDataRows));
}

CsvFile BatchImporter::readCsv(const QByteArray &bytes)
{
    if (const QString tooBig = fileSizeProblem(bytes.size()); !tooBig.isEmpty()) {
        CsvFile refused;
        refused.problem = tooBig;
        return refused;
    }
    CsvFile file = CsvReader::read(bytes, MaxDataRows + 1);
    if (!file.problem.isEmpty())
        return file;
    if (file.moreRecords)
        file.problem = tr("The file has more than %1 rows; a batch file may have at most %1. Split it into "
                          "several files.")
                           .arg(MaxDataRows);
    return file;
}

bool BatchImporter::checkHeader(
    const QList<CsvRecord> &records, const BatchColumnMap &map, BatchImport &result)
{
    result.header = records.first().fields;
    result.columns = map;
    for (const BatchColumn required : {BatchColumn::ItemName}) {
        if (!map.has(required))
            result.fileProblems.append(RowProblem {records.first().line, BatchColumnMap::key(required),
                tr("The file has no column \"%1\".").arg(BatchColumnMap::templateHeader(required)), true});
    }
    if (result.fileProblems.isEmpty() && records.size() == 1)
        fileProblem(result, records.first().line, tr("The file has a header but no invoice rows under it."));
    return result.fileProblems.isEmpty();
}

BatchImport BatchImporter::import(const QByteArray &bytes, const BatchImportOptions &options)
{
    return import(readCsv(bytes), options);
}

BatchImport BatchImporter::import(const CsvFile &file, const BatchImportOptions &options)
{
    BatchImport result;
    result.separator = file.separator;
    result.encoding = file.encoding;
    result.sheetName = file.sheetName;
    if (!file.problem.isEmpty()) {
        fileProblem(result, file.problemLine, file.problem);
        return result;
    }
    const QList<CsvRecord> &records = file.records;
    if (records.isEmpty()) {
        fileProblem(result, 1, tr("The file is empty."));
        return result;
    }
    const BatchColumnMap map = options.columns.value_or(BatchColumnMap::fromHeader(records.first().fields));
    if (!checkHeader(records, map, result))
        return result;
    const BatchNumberReader numbers(BatchNumberColumns::learn(records, map, options.decimalSeparators));
    QHash<QString, qsizetype> byKey;
    QHash<qsizetype, Row> firstRows;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const Row row {records.at(i).line, records.at(i).fields, &map, &numbers, &records.at(i)};
        QString key = map.has(BatchColumn::InvoiceKey) ? row.value(BatchColumn::InvoiceKey) : QString();
        if (key.isEmpty() && map.has(BatchColumn::InvoiceKey)) {
            BatchInvoice orphan;
            orphan.firstRow = row.line;
            orphan.rows = {row.line};
            problem(orphan, row.line, BatchColumn::InvoiceKey, tr("The invoice key is empty."));
            BatchImportChecks::checkCells(records.at(i), map, orphan);
            result.invoices.append(orphan);
            continue;
        }
        if (key.isEmpty())
            key = QString::number(row.line);
        auto found = byKey.constFind(key);
        if (found == byKey.constEnd()) {
            BatchInvoice invoice;
            invoice.key = key;
            invoice.firstRow = row.line;
            invoice.invoice.templateCode = options.templateCode;
            invoice.invoice.invoiceSeries = options.invoiceSeries;
            invoice.invoice.providerAccountId = options.providerAccountId;
            invoice.invoice.isDraft = options.draft;
            readInvoiceFields(row, invoice);
            firstRows.insert(result.invoices.size(), row);
            found = byKey.insert(key, result.invoices.size());
            result.invoices.append(invoice);
        } else {
            checkConsistent(row, firstRows.value(*found), result.invoices[*found]);
        }
        BatchInvoice &invoice = result.invoices[*found];
        invoice.rows.append(row.line);
        BatchImportChecks::checkCells(records.at(i), map, invoice);
        readLine(row, invoice);
    }
    for (BatchInvoice &invoice : result.invoices) {
        if (!invoice.key.isEmpty())
            validate(invoice, options);
    }
    BatchImportChecks::checkDuplicateReferences(result.invoices);
    return result;
}

void BatchImporter::readInvoiceFields(const Row &row, BatchInvoice &target)
{
    Invoice &invoice = target.invoice;
    const auto text = [&row](BatchColumn column) {
        return row.value(column);
    };
    invoice.referenceCode = text(BatchColumn::ReferenceCode);
    if (!text(BatchColumn::TemplateCode).isEmpty())
        invoice.templateCode = text(BatchColumn::TemplateCode);
    if (!text(BatchColumn::InvoiceSeries).isEmpty())
        invoice.invoiceSeries = text(BatchColumn::InvoiceSeries);
    if (!text(BatchColumn::ProviderAccount).isEmpty())
        invoice.providerAccountId = text(BatchColumn::ProviderAccount);
    invoice.notes = text(BatchColumn::Notes);
    if (const QString date = text(BatchColumn::IssuedDate); !date.isEmpty()) {
        if (const auto parsed = batchvalues::parseDate(date))
            invoice.issuedAt = *parsed;
        else
            problem(target, row.line, BatchColumn::IssuedDate,
                tr("\"%1\" is not a date; write dd/MM/yyyy or yyyy-MM-dd.").arg(date));
    }
    if (const auto currency = batchvalues::parseCurrency(text(BatchColumn::Currency)))
        invoice.currency = *currency;
    else
        problem(target, row.line, BatchColumn::Currency,
            tr("Unknown currency \"%1\".").arg(text(BatchColumn::Currency)));
    if (const QString method = text(BatchColumn::PaymentMethod); !method.isEmpty()) {
        invoice.paymentMethod = batchvalues::parsePaymentMethod(method);
        if (!invoice.paymentMethod)
            problem(target, row.line, BatchColumn::PaymentMethod,
                tr("Unknown payment method \"%1\"; use TM, CK, TM/CK or KHAC.").arg(method));
    }
    readBuyer(row, target);
}

void BatchImporter::readBuyer(const Row &row, BatchInvoice &target)
{
    Buyer &buyer = target.invoice.buyer;
    buyer.name = row.value(BatchColumn::BuyerName);
    buyer.legalName = row.value(BatchColumn::BuyerLegalName);
    buyer.address = row.value(BatchColumn::BuyerAddress);
    buyer.email = row.value(BatchColumn::BuyerEmail);
    buyer.phone = row.value(BatchColumn::BuyerPhone);
    buyer.buyerCode = row.value(BatchColumn::BuyerCode);
    buyer.nationalId = row.value(BatchColumn::BuyerNationalId);
    bool restored = false;
    buyer.taxCode = row.isWorkbookText(BatchColumn::BuyerTaxCode)
        ? row.value(BatchColumn::BuyerTaxCode)
        : batchvalues::restoreTaxCode(row.value(BatchColumn::BuyerTaxCode), &restored);
    if (restored)
        problem(target, row.line, BatchColumn::BuyerTaxCode,
            tr("Tax code %1: the leading zero lost by the spreadsheet was restored.").arg(buyer.taxCode),
            false);
    if (const auto type = batchvalues::parseBuyerType(row.value(BatchColumn::BuyerType)))
        buyer.type = *type;
    else
        problem(target, row.line, BatchColumn::BuyerType,
            tr("Unknown buyer type \"%1\"; use \"Cá nhân\" or \"Doanh nghiệp\".")
                .arg(row.value(BatchColumn::BuyerType)));
    if (buyer.type == BuyerType::Unspecified && !buyer.name.isEmpty())
        buyer.type = buyer.taxCode.isEmpty() ? BuyerType::Personal : BuyerType::Company;
}

void BatchImporter::readLine(const Row &row, BatchInvoice &target)
{
    InvoiceLine line;
    line.lineNumber = int(target.invoice.lines.size()) + 1;
    if (const auto type = batchvalues::parseLineType(row.value(BatchColumn::LineType)))
        line.lineType = *type;
    else
        problem(target, row.line, BatchColumn::LineType,
            tr("Unknown line kind \"%1\"; use 1 goods, 2 promotion, 3 trade discount, 4 note.")
                .arg(row.value(BatchColumn::LineType)));
    line.itemCode = row.value(BatchColumn::ItemCode);
    line.itemName = row.value(BatchColumn::ItemName);
    line.unit = row.value(BatchColumn::Unit);
    const auto number = [&](BatchColumn column, std::optional<Decimal> &out) {
        if (const QString text = row.value(column); !text.isEmpty())
            out = row.numbers->read(column, row.line, text, target, row.isTypedNumber(column));
    };
    number(BatchColumn::Quantity, line.quantity);
    number(BatchColumn::UnitPrice, line.unitPrice);
    number(BatchColumn::DiscountPercent, line.discountPercent);
    number(BatchColumn::DiscountAmount, line.discountAmount);
    if (const QString rate = row.value(BatchColumn::TaxRate); !rate.isEmpty()) {
        line.taxRate = batchvalues::parseTaxRate(rate);
        if (!line.taxRate)
            problem(target, row.line, BatchColumn::TaxRate,
                tr("Unknown tax rate \"%1\"; use 0, 5, 8, 10, -2 (KCT, not subject) or -1 (KKKNT, not "
                   "declared).")
                    .arg(rate));
    }
    target.invoice.lines.append(line);
}

void BatchImporter::checkConsistent(const Row &row, const Row &first, BatchInvoice &target)
{
    for (const BatchColumn column : BatchColumnMap::all()) {
        if (!BatchColumnMap::isInvoiceLevel(column) || column == BatchColumn::InvoiceKey)
            continue;
        const QString value = row.value(column);
        if (!value.isEmpty() && value != first.value(column))
            problem(target, row.line, column,
                tr("\"%1\" differs from line %2 of the same invoice (\"%3\").")
                    .arg(value, QString::number(first.line), first.value(column)));
    }
}

void BatchImporter::validate(BatchInvoice &target, const BatchImportOptions &options)
{
    InvoiceValidator::Context context = options.validation;
    if (context.account && context.account->id != target.invoice.providerAccountId)
        context.account.reset(); // the file names another account, whose templates are not known here
    const ValidationIssues issues = InvoiceValidator::validate(target.invoice, context);
    // One problem per cell: what the file says about a cell it could not read (not a number, a
    // control character, a number to confirm) comes before what the validator makes of it.
    const qsizetype readProblems = target.problems.size();
    for (const ValidationIssue &issue : issues) {
        const RowProblem problem = fromIssue(target, issue);
        const auto sameCell = [&problem](const RowProblem &known) {
            return known.row == problem.row && known.column == problem.column
                && (known.error || known.needsConfirmation());
        };
        if (std::none_of(target.problems.cbegin(), target.problems.cbegin() + readProblems, sameCell))
            target.problems.append(problem);
    }
    std::stable_sort(target.problems.begin(), target.problems.end(),
        [](const RowProblem &a, const RowProblem &b) { return a.row < b.row; });
}

} // namespace einvoice
