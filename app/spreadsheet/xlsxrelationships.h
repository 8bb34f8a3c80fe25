#pragma once

#include <QList>
#include <QString>

namespace einvoice {

class SafeXmlReader;

// The relationships of one package part (an OPC ".rels" part): which parts it points to, and
// why. Targets are resolved to zip entry names ("xl/worksheets/sheet1.xml").
class XlsxRelationships
{
public:
    struct Relationship
    {
        QString id;
        QString type; // the full type URI
        QString target; // the resolved part name
    };

    // "xl/_rels/workbook.xml.rels" for "xl/workbook.xml"; "_rels/.rels" for the package ("").
    static QString relsPartFor(const QString &sourcePart);
    // Reads a .rels part; internal targets are resolved relative to `sourcePart`.
    static XlsxRelationships parse(SafeXmlReader &reader, const QString &sourcePart);

    // The first target whose type ends with "/<kind>" ("officeDocument", "worksheet", ...), so
    // transitional and strict type URIs both match. Empty when there is none.
    QString targetOfKind(QStringView kind) const;
    const Relationship *byId(QStringView id) const;

private:
    QList<Relationship> m_relationships;
};

} // namespace einvoice
