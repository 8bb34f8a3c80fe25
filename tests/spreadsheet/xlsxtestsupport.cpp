#include "xlsxtestsupport.h"

#include <QFile>
#include <QStringList>

#include <tuple>
#include <zip.h>
#include <zlib.h>

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

// One zip being written with minizip (the zip library the spreadsheet library shares with
// libxlsxwriter), closed when it goes.
class ZipWriter
{
public:
    explicit ZipWriter(const QString &path)
        : m_zip(zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE))
    {
    }
    ~ZipWriter()
    {
        if (m_zip)
            zipClose(m_zip, nullptr);
    }
    bool isOpen() const { return m_zip != nullptr; }
    // Starts an entry; `password` makes minizip encrypt it (and needs the data's CRC up front).
    bool begin(const QString &name, bool stored, const char *password = nullptr, uLong crc = 0)
    {
        zip_fileinfo info {};
        return zipOpenNewFileInZip3_64(m_zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0,
                   nullptr, stored ? 0 : Z_DEFLATED, stored ? 0 : Z_BEST_SPEED, 0, -MAX_WBITS, DEF_MEM_LEVEL,
                   Z_DEFAULT_STRATEGY, password, crc, 0)
            == ZIP_OK;
    }
    bool write(const QByteArray &bytes)
    {
        return zipWriteInFileInZip(m_zip, bytes.constData(), unsigned(bytes.size())) == ZIP_OK;
    }
    bool end() { return zipCloseFileInZip(m_zip) == ZIP_OK; }
    bool close()
    {
        const bool closed = zipClose(m_zip, nullptr) == ZIP_OK;
        m_zip = nullptr;
        return closed;
    }

private:
    zipFile m_zip = nullptr;
};

bool writeEntries(ZipWriter &zip, const Entries &entries, bool stored, const char *password)
{
    for (const auto &[name, bytes] : entries) {
        const uLong crc = crc32(0, reinterpret_cast<const Bytef *>(bytes.constData()), uInt(bytes.size()));
        if (!zip.begin(name, stored, password, crc) || !zip.write(bytes) || !zip.end())
            return false;
    }
    return true;
}

bool writeZip(const QString &path, const Entries &entries, bool stored)
{
    ZipWriter zip(path);
    return zip.isOpen() && writeEntries(zip, entries, stored, nullptr) && zip.close();
}

bool writeEncryptedZip(const QString &path, const Entries &entries, const char *password)
{
    ZipWriter zip(path);
    return zip.isOpen() && writeEntries(zip, entries, false, password) && zip.close();
}

bool writeZipWithLargePart(const QString &path, const Entries &entries, const QString &partName,
    const QByteArray &head, const QByteArray &repeated, qint64 times, const QByteArray &tail)
{
    ZipWriter zip(path);
    if (!zip.isOpen() || !writeEntries(zip, entries, false, nullptr) || !zip.begin(partName, false))
        return false;
    bool written = zip.write(head);
    for (qint64 i = 0; written && i < times; ++i)
        written = zip.write(repeated);
    return written && zip.write(tail) && zip.end() && zip.close();
}

bool patchDeclaredSize(const QString &path, const QString &partName, quint32 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = file.readAll();
    const QByteArray name = partName.toUtf8();
    const auto put = [&bytes, size](qsizetype at) {
        for (int i = 0; i < 4; ++i)
            bytes[at + i] = char((size >> (8 * i)) & 0xff);
    };
    int patched = 0;
    // Central directory entries (PK\1\2): size at 24, name at 46; local headers (PK\3\4): 22 and 30.
    for (const auto &[signature, sizeAt, nameAt] :
        {std::tuple {QByteArray("PK\x01\x02"), 24, 46}, std::tuple {QByteArray("PK\x03\x04"), 22, 30}}) {
        for (qsizetype at = bytes.indexOf(signature); at >= 0; at = bytes.indexOf(signature, at + 4)) {
            if (bytes.mid(at + nameAt, name.size()) == name) {
                put(at + sizeAt);
                ++patched;
            }
        }
    }
    file.seek(0);
    file.write(bytes);
    return patched == 2;
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
