#pragma once

#include "xlsxcelldecoder.h"

namespace einvoice {

class SafeXmlReader;
class SheetTableBuilder;

// Streams one worksheet part (<sheetData> rows and cells, <mergeCells>) into a
// SheetTableBuilder. Cells may carry their reference (r="C5", with gaps) or not (the next
// column); a bad reference or value stops the reader with an error naming the cell.
class XlsxSheetParser
{
public:
    XlsxSheetParser(const XlsxCellDecoder &decoder, SheetTableBuilder &builder);

    void parse(SafeXmlReader &reader);

private:
    void readRow(SafeXmlReader &reader);
    void readCell(SafeXmlReader &reader);
    XlsxRawCell readRawCell(SafeXmlReader &reader);
    void readMerge(SafeXmlReader &reader);

    const XlsxCellDecoder &m_decoder;
    SheetTableBuilder &m_builder;
    qint64 m_row = 0; // the current row's number
    qsizetype m_column = -1; // the last cell's column in the current row
};

} // namespace einvoice
