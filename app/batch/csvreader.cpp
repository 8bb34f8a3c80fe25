#include "csvreader.h"

#include "csvtextdecoder.h"

namespace einvoice {

namespace {

bool isBlank(const QStringList &fields)
{
    return std::all_of(
        fields.cbegin(), fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); });
}

bool isComment(const CsvRecord &record)
{
    return !record.fields.isEmpty() && record.fields.first().trimmed().startsWith(u'#');
}

// The line (outside quotes) that holds the header: the first one that is not a '#' comment.
QStringView headerLine(QStringView text)
{
    qsizetype start = 0;
    bool quoted = false;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const QChar c = i < text.size() ? text.at(i) : QChar(u'\n');
        if (c == u'"')
            quoted = !quoted;
        if (quoted || (c != u'\n' && c != u'\r'))
            continue;
        const QStringView line = text.mid(start, i - start).trimmed();
        if (!line.startsWith(u'#') && !line.startsWith(QLatin1String("\"#")) && !line.isEmpty())
            return line;
        start = i + 1;
    }
    return text;
}

// Builds records field by field; keeps the line count and the long cells.
class RecordBuilder
{
public:
    explicit RecordBuilder(CsvFile &file) : m_file(file) { }

    void append(QChar c)
    {
        if (m_field.size() < CsvReader::MaxCellLength)
            m_field.append(c);
        ++m_length;
    }
    void endField()
    {
        if (m_length > CsvReader::MaxCellLength)
            m_record.longCells.append({int(m_record.fields.size()), m_length});
        // The decoder composed the whole text (NFC), but quotes inside a cell may have kept a
        // letter apart from its tone mark: "e""\u0301" reads as e + U+0301 once the quotes go.
        m_record.fields.append(m_field.normalized(QString::NormalizationForm_C));
        m_field.clear();
        m_length = 0;
    }
    void newLine() { ++m_line; }
    void endRecord()
    {
        endField();
        if (!isBlank(m_record.fields) && !(m_inComments && isComment(m_record))) {
            m_inComments = false;
            m_file.records.append(m_record);
        }
        m_record = CsvRecord();
        m_record.line = m_line;
    }
    bool hasContent() const { return m_length > 0 || !m_record.fields.isEmpty(); }
    int line() const { return m_line; }
    int recordLine() const { return m_record.line; }

private:
    static CsvRecord firstRecord()
    {
        CsvRecord record;
        record.line = 1;
        return record;
    }

    CsvFile &m_file;
    CsvRecord m_record = firstRecord();
    QString m_field;
    qsizetype m_length = 0;
    int m_line = 1;
    bool m_inComments = true;
};

} // namespace

QChar CsvReader::detectSeparator(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : headerLine(text)) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

CsvFile CsvReader::read(const QByteArray &bytes, qsizetype maxRecords)
{
    CsvFile file;
    const CsvTextDecoder::Result decoded = CsvTextDecoder::decode(bytes);
    file.encoding = decoded.encoding;
    if (!decoded.ok()) {
        file.problemLine = decoded.badLine;
        file.problem = decoded.problem;
        return file;
    }
    file.separator = detectSeparator(decoded.text);
    parseText(decoded.text, maxRecords, file);
    return file;
}

void CsvReader::parseText(const QString &text, qsizetype maxRecords, CsvFile &file)
{
    RecordBuilder builder(file);
    bool quoted = false;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (maxRecords >= 0 && file.records.size() > maxRecords) {
            file.moreRecords = true;
            return;
        }
        const QChar c = text.at(i);
        const bool lineEnd = c == u'\n' || c == u'\r';
        if (lineEnd && c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
            ++i; // CRLF is one line end
        if (quoted && c == u'"' && i + 1 < size && text.at(i + 1) == u'"') {
            builder.append(c);
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (lineEnd) {
            builder.newLine();
            if (quoted)
                builder.append(QLatin1Char('\n'));
            else
                builder.endRecord();
        } else if (!quoted && c == file.separator) {
            builder.endField();
        } else {
            builder.append(c);
        }
    }
    if (quoted) {
        file.problemLine = builder.recordLine();
        file.problem = tr("The quoted cell that starts on line %1 is never closed.").arg(file.problemLine);
    }
    if (builder.hasContent())
        builder.endRecord();
    file.moreRecords = maxRecords >= 0 && file.records.size() > maxRecords;
}

QList<CsvRecord> CsvReader::parse(const QByteArray &bytes, QChar *separator)
{
    CsvFile file = read(bytes);
    if (separator)
        *separator = file.separator;
    return file.problem.isEmpty() ? file.records : QList<CsvRecord>();
}

QString CsvReader::quote(const QString &field, QChar separator)
{
    if (!field.contains(separator) && !field.contains(u'"') && !field.contains(u'\n')
        && !field.contains(u'\r'))
        return field;
    QString escaped = field;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return u'"' + escaped + u'"';
}

} // namespace einvoice
