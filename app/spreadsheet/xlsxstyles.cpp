#include "xlsxstyles.h"

#include "safexmlreader.h"

namespace einvoice {

XlsxStyles XlsxStyles::parse(SafeXmlReader &reader)
{
    XlsxStyles styles;
    while (reader.next()) {
        if (reader.isStart(QLatin1StringView("numFmt")))
            styles.readCustomFormat(reader);
        else if (reader.isStart(QLatin1StringView("cellXfs")))
            styles.readCellFormats(reader);
    }
    return styles;
}

void XlsxStyles::readCustomFormat(SafeXmlReader &reader)
{
    bool ok = false;
    const int id = reader.attribute(QLatin1StringView("numFmtId")).toInt(&ok);
    if (ok)
        m_customCodes.insert(id, reader.attribute(QLatin1StringView("formatCode")).toString());
}

void XlsxStyles::readCellFormats(SafeXmlReader &reader)
{
    // numFmts comes before cellXfs in the schema, so every custom code is known here.
    while (reader.next() && !reader.isEnd(QLatin1StringView("cellXfs"))) {
        if (!reader.isStart(QLatin1StringView("xf")))
            continue;
        const int id = reader.attribute(QLatin1StringView("numFmtId")).toInt();
        const auto custom = m_customCodes.constFind(id);
        m_cellFormats.append(custom != m_customCodes.constEnd() ? XlsxNumberFormat::custom(custom.value())
                                                                : XlsxNumberFormat::builtin(id));
    }
}

const XlsxNumberFormat &XlsxStyles::format(int styleIndex) const
{
    static const XlsxNumberFormat general;
    return styleIndex >= 0 && styleIndex < m_cellFormats.size() ? m_cellFormats.at(styleIndex) : general;
}

} // namespace einvoice
