// The XML parts of a workbook, zipped by the harness so that the zip is always sound and the
// fuzzer's work reaches the XML readers (content types, relationships, workbook, styles, number
// formats, shared strings, sheets, merged cells, cell references).
//
// Input: parts, each introduced by a line "==> <part name>"; text before the first such line is
// the first sheet. Parts not given come from a minimal workbook; "==> !<part name>" leaves one out.
#include "fuzzsupport.h"
#include "workbookfuzzing.h"

#include <QFile>
#include <QMap>

#include <zip.h>

using namespace einvoice;

namespace {

const char ContentTypes[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>)";

const char PackageRels[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";

const char Workbook[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>)";

const char WorkbookRels[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>)";

const char Styles[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>)";

const char SharedStrings[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>Tên hàng</t></si></sst>)";

const char Sheet[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>46027</v></c></row></sheetData></worksheet>)";

const QByteArray FirstSheet = "xl/worksheets/sheet1.xml";
const QByteArray Marker = "==> ";

QMap<QByteArray, QByteArray> defaultParts()
{
    return {{"[Content_Types].xml", ContentTypes}, {"_rels/.rels", PackageRels},
        {"xl/workbook.xml", Workbook}, {"xl/_rels/workbook.xml.rels", WorkbookRels},
        {"xl/styles.xml", Styles}, {"xl/sharedStrings.xml", SharedStrings}, {FirstSheet, Sheet}};
}

QMap<QByteArray, QByteArray> partsOf(const QByteArray &input)
{
    QMap<QByteArray, QByteArray> parts = defaultParts();
    QByteArray name = FirstSheet;
    QList<QByteArray> lines;
    const auto store = [&] {
        if (name.startsWith('!'))
            parts.remove(name.mid(1));
        else if (name != FirstSheet || !lines.isEmpty())
            parts.insert(name, lines.join('\n'));
    };
    for (const QByteArray &line : input.split('\n')) {
        if (!line.startsWith(Marker)) {
            lines.append(line);
            continue;
        }
        store();
        name = line.mid(Marker.size()).trimmed();
        lines.clear();
    }
    store();
    return parts;
}

void writeZip(const QMap<QByteArray, QByteArray> &parts)
{
    QFile::remove(fuzz::workbookPath());
    zipFile zip = zipOpen64(QFile::encodeName(fuzz::workbookPath()).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        fuzz::fail("zipOpen64", fuzz::workbookPath());
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (it.key().isEmpty() || it.key().contains('\0'))
            continue;
        zip_fileinfo info {};
        zipOpenNewFileInZip64(
            zip, it.key().constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 1, 0);
        zipWriteInFileInZip(zip, it.value().constData(), unsigned(it.value().size()));
        zipCloseFileInZip(zip);
    }
    zipClose(zip, nullptr);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    writeZip(partsOf(fuzz::bytes(data, size)));
    fuzz::readWorkbook();
    return 0;
}
