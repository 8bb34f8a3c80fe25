#include "xlsxtestsupport.h"

#include <QFile>
#include <QStringList>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace xlsxtest {

namespace {

const QByteArray Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

QByteArray contentTypes(qsizetype sheets, bool strings)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                     "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                     "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                     "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                     "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                     "officedocument.spreadsheetml.sheet.main+xml\"/>";
    for (qsizetype i = 1; i <= sheets; ++i) {
        xml += "<Override PartName=\"/xl/worksheets/sheet" + QByteArray::number(i)
            + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
              "worksheet+xml\"/>";
    }
    if (strings)
        xml += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
               "officedocument.spreadsheetml.sharedStrings+xml\"/>";
    return xml + "</Types>";
}

QByteArray relationship(const QByteArray &id, const QByteArray &kind, const QByteArray &target)
{
    return "<Relationship Id=\"" + id + "\" Type=\"" + Rel + "/" + kind + "\" Target=\"" + target + "\"/>";
}

QByteArray relationships(const QByteArray &inside)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
           "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + inside + "</Relationships>";
}

} // namespace

QString fixture(const QString &name)
{
    return QStringLiteral(SPREADSHEET_FIXTURES "/") + name;
}

bool writeZip(const QString &path, const Entries &entries, bool stored)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, bytes] : entries) {
        QuaZipFile file(&zip);
        const int method = stored ? 0 : Z_DEFLATED;
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, method, Z_BEST_SPEED))
            return false;
        file.write(bytes);
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

Entries Workbook::entries() const
{
    Entries parts;
    parts.append(
        {QStringLiteral("[Content_Types].xml"), contentTypes(sheets.size(), !sharedStrings.isEmpty())});
    parts.append({QStringLiteral("_rels/.rels"),
        relationships(relationship("rId1", "officeDocument", "xl/workbook.xml"))});
    QByteArray sheetList;
    QByteArray workbookRels = relationship("rIdStyles", "styles", "styles.xml");
    if (!sharedStrings.isEmpty())
        workbookRels += relationship("rIdStrings", "sharedStrings", "sharedStrings.xml");
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        const QByteArray state
            = sheets[i].state.isEmpty() ? QByteArray() : " state=\"" + sheets[i].state + "\"";
        sheetList += "<sheet name=\"" + sheets[i].name.toUtf8() + "\" sheetId=\"" + n + "\"" + state
            + " r:id=\"rId" + n + "\"/>";
        workbookRels += relationship("rId" + n, "worksheet", "worksheets/sheet" + n + ".xml");
        parts.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
            "<worksheet xmlns=\"" + Main + "\"><sheetData>" + sheets[i].sheetData + "</sheetData>"
                + sheets[i].afterSheetData + "</worksheet>"});
    }
    parts.append({QStringLiteral("xl/workbook.xml"),
        "<workbook xmlns=\"" + Main + "\" xmlns:r=\"" + Rel + "\"><workbookPr date1904=\""
            + (date1904 ? "1" : "0") + "\"/><sheets>" + sheetList + "</sheets></workbook>"});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"), relationships(workbookRels)});
    const QByteArray xfs = cellXfs.isEmpty() ? QByteArray("<xf numFmtId=\"0\"/>") : cellXfs;
    parts.append({QStringLiteral("xl/styles.xml"),
        "<styleSheet xmlns=\"" + Main + "\"><numFmts>" + numFmts + "</numFmts><cellXfs>" + xfs
            + "</cellXfs></styleSheet>"});
    if (!sharedStrings.isEmpty())
        parts.append({QStringLiteral("xl/sharedStrings.xml"),
            "<sst xmlns=\"" + Main + "\">" + sharedStrings + "</sst>"});
    return parts;
}

bool Workbook::write(const QString &path) const
{
    return writeZip(path, entries());
}

QByteArray compoundFile(const QStringList &entryNames)
{
    QByteArray file(512, '\0');
    file.replace(0, 8, QByteArray::fromHex("d0cf11e0a1b11ae1"));
    QByteArray directory(512, '\0');
    qsizetype at = 0;
    for (const QString &name : entryNames) {
        for (qsizetype i = 0; i < name.size(); ++i) {
            directory[at + 2 * i] = char(name[i].unicode() & 0xff);
            directory[at + 2 * i + 1] = char(name[i].unicode() >> 8);
        }
        const int bytes = int(name.size() + 1) * 2;
        directory[at + 64] = char(bytes & 0xff);
        directory[at + 66] = at == 0 ? 5 : 2; // root storage, then streams
        at += 128;
    }
    return file + directory;
}

qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace xlsxtest
