#include "csvreader.h"

namespace einvoice {

QChar CsvReader::detectSeparator(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

namespace {

bool isBlank(const QStringList &fields)
{
    return std::all_of(
        fields.cbegin(), fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); });
}

} // namespace

QList<CsvRecord> CsvReader::parse(const QByteArray &bytes, QChar *separatorOut)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QChar separator = detectSeparator(text);
    if (separatorOut)
        *separatorOut = separator;
    QList<CsvRecord> records;
    CsvRecord current {1, {}};
    QString field;
    bool quoted = false;
    int line = 1;
    const auto endRecord = [&] {
        current.fields.append(field);
        field.clear();
        if (!isBlank(current.fields))
            records.append(current);
        current = CsvRecord {line, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field.append(c);
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            current.fields.append(field);
            field.clear();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            ++line;
            endRecord();
        } else {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    return records;
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
