// A batch file's bytes through CsvTextDecoder (UTF-8, UTF-16 with BOM, Windows-1258) and
// CsvReader (separator detection, quotes, line ends, comment lines, long cells).
// Property: records written back with CsvReader::quote() read back as the same records.
#include "batch/csvreader.h"
#include "batch/csvtextdecoder.h"
#include "fuzzsupport.h"

using namespace einvoice;

namespace {

QString describe(const QList<CsvRecord> &records)
{
    QString text;
    for (const CsvRecord &record : records) {
        QStringList fields;
        for (const QString &field : record.fields)
            fields.append(fuzz::visible(field));
        text += QString::number(record.line) + QStringLiteral(": [") + fields.join(QStringLiteral("|"))
            + QStringLiteral("]\n");
    }
    return text;
}

QByteArray written(const CsvFile &file)
{
    QString text;
    for (const CsvRecord &record : file.records) {
        QStringList cells;
        for (const QString &field : record.fields)
            cells.append(CsvReader::quote(field, file.separator));
        text += cells.join(file.separator) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

// Reading keeps what writing can express: not cut cells, not a first cell that a reader takes
// for a byte order mark, not NUL characters (from a UTF-16 file), whose bytes in UTF-8 make the
// decoder take the written file for UTF-16 without its mark, as it should.
bool writable(const CsvFile &file)
{
    if (!file.problem.isEmpty() || file.records.isEmpty())
        return false;
    if (file.records.first().fields.value(0).startsWith(QChar(0xFEFF)))
        return false;
    return std::none_of(file.records.cbegin(), file.records.cend(), [](const CsvRecord &record) {
        return !record.longCells.isEmpty()
            || std::any_of(record.fields.cbegin(), record.fields.cend(),
                [](const QString &field) { return field.contains(QChar(0)); });
    });
}

void checkRoundTrip(const CsvFile &file)
{
    const CsvFile again = CsvReader::read(written(file));
    FUZZ_EXPECT(again.problem.isEmpty(), again.problem);
    if (again.separator != file.separator)
        return; // the separator is detected from the header line, a heuristic tested on its own
    FUZZ_EXPECT(again.records.size() == file.records.size(),
        describe(file.records) + QStringLiteral("-- read back --\n") + describe(again.records));
    for (qsizetype i = 0; i < file.records.size(); ++i)
        FUZZ_EXPECT(again.records.at(i).fields == file.records.at(i).fields,
            describe(file.records) + QStringLiteral("-- read back --\n") + describe(again.records));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    const CsvTextDecoder::Result decoded = CsvTextDecoder::decode(bytes);
    FUZZ_EXPECT(decoded.ok() || !decoded.problem.isEmpty(), QStringLiteral("refused without a reason"));
    const bool writtenReplacement
        = bytes.contains("\xEF\xBF\xBD") || bytes.contains("\xFD\xFF") || bytes.contains("\xFF\xFD");
    FUZZ_EXPECT(!decoded.ok() || !decoded.text.contains(QChar(0xFFFD)) || writtenReplacement,
        QStringLiteral("read with replacement characters as ") + decoded.encoding);
    const CsvFile file = CsvReader::read(bytes);
    CsvReader::read(bytes, 2);
    if (writable(file))
        checkRoundTrip(file);
    return 0;
}
