#include "xlsxrelationships.h"

#include "safexmlreader.h"

#include <QDir>

namespace einvoice {

namespace {

QString directoryOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash + 1);
}

QString resolveTarget(const QString &sourcePart, QStringView target)
{
    QString path = target.startsWith(u'/') ? target.mid(1).toString() : directoryOf(sourcePart) + target;
    path = QDir::cleanPath(path);
    return path.startsWith(QLatin1String("../")) ? QString() : path;
}

} // namespace

QString XlsxRelationships::relsPartFor(const QString &sourcePart)
{
    const qsizetype slash = sourcePart.lastIndexOf(QLatin1Char('/'));
    return directoryOf(sourcePart) + QStringLiteral("_rels/") + sourcePart.mid(slash + 1)
        + QStringLiteral(".rels");
}

XlsxRelationships XlsxRelationships::parse(SafeXmlReader &reader, const QString &sourcePart)
{
    XlsxRelationships relationships;
    while (reader.next()) {
        if (!reader.isStart(QLatin1StringView("Relationship")))
            continue;
        if (reader.attribute(QLatin1StringView("TargetMode")) == QLatin1StringView("External"))
            continue;
        Relationship relationship;
        relationship.id = reader.attribute(QLatin1StringView("Id")).toString();
        relationship.type = reader.attribute(QLatin1StringView("Type")).toString();
        relationship.target = resolveTarget(sourcePart, reader.attribute(QLatin1StringView("Target")));
        if (!relationship.target.isEmpty())
            relationships.m_relationships.append(relationship);
    }
    return relationships;
}

QString XlsxRelationships::targetOfKind(QStringView kind) const
{
    for (const Relationship &relationship : m_relationships) {
        const QStringView type(relationship.type);
        if (type.endsWith(kind) && type.size() > kind.size() && type[type.size() - kind.size() - 1] == u'/')
            return relationship.target;
    }
    return QString();
}

const XlsxRelationships::Relationship *XlsxRelationships::byId(QStringView id) const
{
    for (const Relationship &relationship : m_relationships) {
        if (relationship.id == id)
            return &relationship;
    }
    return nullptr;
}

} // namespace einvoice
