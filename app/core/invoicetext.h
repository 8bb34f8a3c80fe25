#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace einvoice {

// What may stand in the text of an invoice. Control characters never reach an invoice: they do
// not print, they break the provider's XML (XML 1.0 forbids most of C0) and a NUL cuts strings
// short in C code along the way. Line breaks are kept only where the field is printed as a
// block of lines (the invoice note); a tab is refused everywhere, as nobody means one in a cell.
// U+FFFD is the mark a broken encoding conversion leaves behind, and U+FFFE/U+FFFF are not
// characters: both mean the text is damaged.
class InvoiceText
{
public:
    enum class Lines { Single, Multiple };

    // The position of the first character that must not be in the text, or nullopt.
    static std::optional<qsizetype> forbiddenAt(QStringView text, Lines lines = Lines::Single);
    // "U+0000": how a message names a character that cannot be shown.
    static QString codeOf(QChar c);
    // The text with line breaks and control characters shown as codes, for quoting a bad cell.
    static QString printable(QStringView text);
};

} // namespace einvoice
