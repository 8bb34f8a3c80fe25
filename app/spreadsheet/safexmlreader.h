#pragma once

#include "spreadsheeterror.h"

#include <QXmlStreamReader>

namespace einvoice {

class BudgetedDevice;

// QXmlStreamReader over one workbook part that refuses what Excel never writes and attackers
// like: a DTD (entity expansion, "billion laughs") and entity references. Elements are matched
// by local name, so transitional and strict (ISO 29500) workbooks read alike.
class SafeXmlReader
{
public:
    SafeXmlReader(BudgetedDevice *device, const QString &part);

    // Advances to the next token; false at the end of the document or on any error.
    bool next();
    bool isStart(QLatin1StringView localName) const;
    bool isEnd(QLatin1StringView localName) const;
    QStringView attribute(QLatin1StringView localName) const;
    // The text of the current element (start token) up to its end; empty on error.
    QString elementText();
    // Skips to the end of the current element.
    void skipElement();
    QXmlStreamReader &xml() { return m_xml; }
    const QString &part() const { return m_part; }

    // None when the whole part was read; otherwise why not (budget, zip, DTD, XML).
    SpreadsheetError error() const;
    // Stops reading with the given error (a cell reference out of range, too many rows, ...).
    void fail(const SpreadsheetError &error);
    bool failed() const;

private:
    bool refuseUnsafeToken();
    // Reads up to the end of the current element, collecting its text when `text` is given.
    void walkToEnd(QString *text);

    QXmlStreamReader m_xml;
    BudgetedDevice *m_device = nullptr;
    QString m_part;
    SpreadsheetError m_error;
};

} // namespace einvoice
