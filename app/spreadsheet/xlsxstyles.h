#pragma once

#include "xlsxnumberformat.h"

#include <QHash>
#include <QList>

namespace einvoice {

class SafeXmlReader;

// The part of "xl/styles.xml" that changes what a value means: each cell style's (the `s`
// attribute's) number format, built-in or custom.
class XlsxStyles
{
public:
    static XlsxStyles parse(SafeXmlReader &reader);

    // The number format of cell style `styleIndex`; General for an unknown index.
    const XlsxNumberFormat &format(int styleIndex) const;

private:
    void readCustomFormat(SafeXmlReader &reader);
    void readCellFormats(SafeXmlReader &reader);

    QHash<int, QString> m_customCodes; // numFmtId -> formatCode
    QList<XlsxNumberFormat> m_cellFormats; // by cellXfs index
};

} // namespace einvoice
