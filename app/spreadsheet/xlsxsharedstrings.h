#pragma once

#include <QStringList>

namespace einvoice {

class SafeXmlReader;

// "xl/sharedStrings.xml": the texts cells refer to by index (t="s"). A rich-text entry is the
// concatenation of its runs; phonetic guides (<rPh>) are not part of the text.
class XlsxSharedStrings
{
public:
    static XlsxSharedStrings parse(SafeXmlReader &reader);
    // Reads the text of an <si> or <is> element (the reader is on its start tag).
    static QString readStringItem(SafeXmlReader &reader);
    // Undoes the ECMA-376 escape of characters XML cannot carry: "_x000D_" is a carriage return,
    // "_x005F_" an underscore.
    static QString unescape(const QString &text);

    qsizetype size() const { return m_strings.size(); }
    // nullptr for an index the part does not have.
    const QString *at(qsizetype index) const;

private:
    QStringList m_strings;
};

} // namespace einvoice
