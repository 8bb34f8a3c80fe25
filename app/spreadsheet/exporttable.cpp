#include "exporttable.h"

#include "core/vietnamtime.h"
#include "xlsxsheetwriter.h"
#include "xlsxworkbookwriter.h"

namespace einvoice {

namespace {

QString quoted(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    return u'"' + QString(field).replace(u'"', QLatin1String("\"\"")) + u'"';
}

QString formulaSafe(const QString &text)
{
    static const QString risky = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && risky.contains(text.front()) ? u'\'' + text : text;
}

void appendLine(QString &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(u',');
        out.append(quoted(fields.at(i)));
    }
    out.append(QLatin1String("\r\n"));
}

} // namespace

void ExportTable::showAllDecimals(qsizetype column)
{
    int decimals = 0;
    for (const QList<SpreadsheetValue> &row : std::as_const(rows)) {
        if (const auto *decimal = column < row.size() ? std::get_if<Decimal>(&row.at(column)) : nullptr) {
            const QString text = decimal->toString();
            const qsizetype point = text.indexOf(u'.');
            decimals = qMax(decimals, point < 0 ? 0 : int(text.size() - point - 1));
        }
    }
    columns[column].decimals = decimals;
}

bool ExportTableWriter::writeXlsx(
    const QList<ExportTable> &tables, const QString &path, SpreadsheetError *error)
{
    XlsxWorkbookWriter book(path);
    for (const ExportTable &table : tables) {
        XlsxSheetWriter *sheet = book.addSheet(table.sheetName, table.columns);
        if (sheet && !table.pageHeader.isEmpty())
            sheet->setPageHeader(table.pageHeader);
        for (qsizetype i = 0; sheet && i < table.rows.size(); ++i) {
            if (!sheet->appendRow(table.rows.at(i)))
                break;
        }
        if (!sheet)
            break;
    }
    const bool written = book.error().isOk() && book.commit();
    if (error)
        *error = book.error();
    return written;
}

QString ExportTableWriter::csvText(const SpreadsheetValue &value)
{
    if (const auto *text = std::get_if<QString>(&value))
        return formulaSafe(*text);
    if (const auto *decimal = std::get_if<Decimal>(&value))
        return decimal->toString();
    if (const auto *integer = std::get_if<qint64>(&value))
        return QString::number(*integer);
    if (const auto *date = std::get_if<QDate>(&value))
        return date->isValid() ? date->toString(Qt::ISODate) : QString();
    if (const auto *moment = std::get_if<QDateTime>(&value))
        return moment->isValid()
            ? VietnamTime::toVietnam(*moment).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            : QString();
    if (const auto *flag = std::get_if<bool>(&value))
        return *flag ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    return QString();
}

QByteArray ExportTableWriter::csv(const ExportTable &table)
{
    QString out;
    QStringList header;
    for (const XlsxColumn &column : table.columns)
        header.append(formulaSafe(QString(column.header).replace(u'\n', u' ')));
    appendLine(out, header);
    for (const QList<SpreadsheetValue> &row : table.rows) {
        QStringList fields;
        for (const SpreadsheetValue &value : row)
            fields.append(csvText(value));
        appendLine(out, fields);
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace einvoice
