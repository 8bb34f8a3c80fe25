#pragma once

#include "columnwidth.h"
#include "spreadsheeterror.h"
#include "spreadsheetvalue.h"
#include "xlsxcolumn.h"

#include <QList>

struct lxw_worksheet;
struct lxw_format;

namespace einvoice {

class XlsxFormats;

// One sheet of a workbook being written: a bold header row that stays in view (frozen), the
// columns' formats, drop-down lists and hints, then rows appended one by one. Widths are fitted
// to what was written when the workbook is committed. Made by XlsxWorkbookWriter::addSheet().
class XlsxSheetWriter
{
public:
    XlsxSheetWriter(lxw_worksheet *sheet, const QString &name, const QList<XlsxColumn> &columns,
        XlsxFormats &formats, SpreadsheetError *error);

    // Values by column; fewer values than columns leave the rest empty, more are written too. False (and the
    // workbook's error set) when the row cannot be written; later rows are then refused too.
    bool appendRow(const QList<SpreadsheetValue> &values);
    // Left: the text, its lines one under the other (cut to what Excel keeps); right: "page of
    // pages".
    void setPageHeader(const QString &text);
    qint64 rowCount() const { return m_rows; }
    const QString &name() const { return m_name; }

    // Sets the column widths and formats; called by the workbook just before it is written.
    void finish();

private:
    bool writeHeader(lxw_format *format);
    bool addValidation(qsizetype column);
    bool writeValue(qint64 row, qsizetype column, const SpreadsheetValue &value);
    lxw_format *dateFormatFor(qsizetype column, const SpreadsheetValue &value) const;
    bool check(int lxwError, qint64 row, qsizetype column);

    lxw_worksheet *m_sheet = nullptr;
    QString m_name;
    QList<XlsxColumn> m_columns;
    QList<lxw_format *> m_formats;
    lxw_format *m_dateFormat = nullptr;
    lxw_format *m_dateTimeFormat = nullptr;
    QList<ColumnWidth> m_widths;
    SpreadsheetError *m_error = nullptr;
    qint64 m_rows = 0;
};

} // namespace einvoice
