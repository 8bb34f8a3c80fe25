#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace einvoice {

// One physical record of a CSV file with the 1-based line it starts on.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// Reads spreadsheet CSV: UTF-8 with or without BOM, comma or semicolon (detected from the header
// line outside quotes), quoted fields with doubled quotes and line breaks inside, CRLF or LF.
// Blank lines are skipped.
class CsvReader
{
public:
    static QList<CsvRecord> parse(const QByteArray &bytes, QChar *separator = nullptr);
    static QChar detectSeparator(QStringView text);
    // One field quoted when it needs to be (for writing the template and results).
    static QString quote(const QString &field, QChar separator = QLatin1Char(','));
};

} // namespace einvoice
