#include "xlsxcontenttypes.h"

#include "safexmlreader.h"

namespace einvoice {

XlsxContentTypes XlsxContentTypes::parse(SafeXmlReader &reader)
{
    XlsxContentTypes types;
    while (reader.next()) {
        const QString type = reader.attribute(QLatin1StringView("ContentType")).toString();
        if (reader.isStart(QLatin1StringView("Default"))) {
            const QString extension = reader.attribute(QLatin1StringView("Extension")).toString().toLower();
            types.m_byExtension.insert(extension, type);
        } else if (reader.isStart(QLatin1StringView("Override"))) {
            QString part = reader.attribute(QLatin1StringView("PartName")).toString().toLower();
            if (part.startsWith(QLatin1Char('/')))
                part.remove(0, 1);
            types.m_byPart.insert(part, type);
        }
    }
    return types;
}

QString XlsxContentTypes::contentTypeOf(const QString &part) const
{
    const QString key = part.toLower();
    const auto found = m_byPart.constFind(key);
    if (found != m_byPart.constEnd())
        return found.value();
    const qsizetype dot = key.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : m_byExtension.value(key.mid(dot + 1));
}

XlsxContentTypes::WorkbookKind XlsxContentTypes::workbookKind(const QString &mainPart) const
{
    // .xlsx, .xltx, .xlsm and .xltm: "...spreadsheetml.sheet.main+xml",
    // "...spreadsheetml.template.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    // "application/vnd.ms-excel.template.macroEnabled.main+xml". An .xlsb's main part is
    // "application/vnd.ms-excel.sheet.binary.macroEnabled.main".
    const QString type = contentTypeOf(mainPart);
    if (type.contains(QLatin1String(".binary."), Qt::CaseInsensitive))
        return WorkbookKind::Binary;
    const bool spreadsheet = type.contains(QLatin1String("spreadsheetml"), Qt::CaseInsensitive)
        || type.startsWith(QLatin1String("application/vnd.ms-excel."), Qt::CaseInsensitive);
    if (spreadsheet && type.endsWith(QLatin1String(".main+xml"), Qt::CaseInsensitive))
        return WorkbookKind::Xml;
    return WorkbookKind::NotWorkbook;
}

} // namespace einvoice
