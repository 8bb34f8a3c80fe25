#pragma once

#include <QHash>
#include <QString>

namespace einvoice {

class SafeXmlReader;

// "[Content_Types].xml": the declared type of every part, which is how a workbook is told from
// a Word document, an .xlsb or a zip that merely contains a file called workbook.xml.
class XlsxContentTypes
{
public:
    enum class WorkbookKind { Xml, Binary, NotWorkbook };

    static XlsxContentTypes parse(SafeXmlReader &reader);

    // The declared type of a part named like a zip entry ("xl/workbook.xml").
    QString contentTypeOf(const QString &part) const;
    // What the package's main part is, from its declared type.
    WorkbookKind workbookKind(const QString &mainPart) const;

private:
    QHash<QString, QString> m_byExtension; // lower-case extension -> type
    QHash<QString, QString> m_byPart; // lower-case part name without the leading '/' -> type
};

} // namespace einvoice
