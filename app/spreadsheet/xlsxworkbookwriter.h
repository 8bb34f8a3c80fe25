#pragma once

#include "spreadsheeterror.h"
#include "xlsxcolumn.h"

#include <QList>
#include <QString>

#include <memory>

struct lxw_workbook;
class QTemporaryFile;

namespace einvoice {

class XlsxFormats;
class XlsxSheetWriter;

// Writes an .xlsx with libxlsxwriter, owning the workbook for its whole life. Nothing appears at
// the target path until commit() succeeds: the workbook is written to a temporary file in the
// same folder, flushed to disk and renamed over the target in one step, so a crash or a full
// disk never leaves a half-written workbook where the user expects theirs.
//
//     XlsxWorkbookWriter book(path);
//     XlsxSheetWriter *sheet = book.addSheet(tr("Invoices"), columns);
//     for (...) sheet->appendRow({...});
//     if (!book.commit())
//         show(book.error().message());
class XlsxWorkbookWriter
{
public:
    explicit XlsxWorkbookWriter(const QString &targetPath);
    ~XlsxWorkbookWriter(); // without commit(): discarded, the target untouched
    XlsxWorkbookWriter(const XlsxWorkbookWriter &) = delete;
    XlsxWorkbookWriter &operator=(const XlsxWorkbookWriter &) = delete;

    // A new sheet with its header row; nullptr (and error() set) for a bad or repeated name.
    // The writer stays owned by the workbook.
    XlsxSheetWriter *addSheet(const QString &name, const QList<XlsxColumn> &columns);
    bool commit();
    // The first error met by the workbook or any of its sheets.
    const SpreadsheetError &error() const { return m_error; }

private:
    bool fail(const QString &detail);
    bool moveIntoPlace();

    QString m_targetPath;
    std::unique_ptr<QTemporaryFile> m_temporary;
    lxw_workbook *m_workbook = nullptr;
    std::unique_ptr<XlsxFormats> m_formats;
    std::vector<std::unique_ptr<XlsxSheetWriter>> m_sheets;
    SpreadsheetError m_error;
};

} // namespace einvoice
