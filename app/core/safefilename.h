#pragma once

#include <QString>

namespace einvoice {

// A file name that came from elsewhere (a server's file_name, a reference code, an invoice
// number), made safe to create inside a folder the user chose: only its last path component,
// no control or format characters, none of <>:"/\|?*, no leading dot (never a dot-file), no
// trailing dot or space, no device name (CON, NUL, COM1 ...), at most 200 bytes in UTF-8, and
// always ending in the extension the caller expects, so a server cannot choose the kind of file.
// The CLI's downloads and the desktop app's bulk downloads both name files through this.
class SafeFileName
{
public:
    // proposed made safe with ".<extension>"; fallback (made safe the same way) when nothing
    // usable is left of proposed, and "invoice" when nothing is left of either.
    static QString make(
        const QString &proposed, const QString &extension, const QString &fallback = QString());

private:
    static QString cleanBase(const QString &name, const QString &extension);
};

} // namespace einvoice
