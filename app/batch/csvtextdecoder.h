#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace einvoice {

// The text of a batch file in whatever encoding a spreadsheet saved it: UTF-8 with or without a
// byte order mark ("CSV UTF-8"), UTF-16 LE or BE with a byte order mark ("Unicode text"), or
// Windows-1258 ("CSV" from Excel on a Vietnamese Windows). Windows-1258 writes most tone marks as
// combining characters, so the text is normalised to NFC (one character per letter, as typed).
// A file that is neither valid UTF-8 nor confidently Windows-1258 is refused with the first line
// that cannot be read: nothing is ever read with replacement characters.
class CsvTextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::CsvTextDecoder)

public:
    struct Result
    {
        QString text; // NFC, without the byte order mark
        QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1258"
        int badLine = 0; // 1-based line that cannot be read; 0 when the text was read
        QString problem; // translated, names the line
        bool ok() const { return badLine == 0; }
    };

    static Result decode(const QByteArray &bytes);

private:
    static Result decodeUtf16(const QByteArray &bytes, bool littleEndian);
    static Result decodeWindows1258(const QByteArray &bytes, qsizetype firstBadUtf8);
    static Result refuse(const QByteArray &bytes, qsizetype offset, const QString &why);
};

} // namespace einvoice
