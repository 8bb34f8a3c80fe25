#include "safexmlreader.h"

#include "budgeteddevice.h"

namespace einvoice {

SafeXmlReader::SafeXmlReader(BudgetedDevice *device, const QString &part)
    : m_xml(device), m_device(device), m_part(part)
{
    m_xml.setNamespaceProcessing(true);
}

bool SafeXmlReader::next()
{
    if (failed())
        return false;
    m_xml.readNext();
    if (refuseUnsafeToken())
        return false;
    return !m_xml.atEnd() && !m_xml.hasError();
}

bool SafeXmlReader::refuseUnsafeToken()
{
    const QXmlStreamReader::TokenType token = m_xml.tokenType();
    if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
        fail(SpreadsheetError::make(SpreadsheetError::Code::XmlDtdRefused, m_part));
        return true;
    }
    return false;
}

bool SafeXmlReader::isStart(QLatin1StringView localName) const
{
    return m_xml.isStartElement() && m_xml.name() == localName;
}

bool SafeXmlReader::isEnd(QLatin1StringView localName) const
{
    return m_xml.isEndElement() && m_xml.name() == localName;
}

QStringView SafeXmlReader::attribute(QLatin1StringView localName) const
{
    for (const QXmlStreamAttribute &attribute : m_xml.attributes()) {
        if (attribute.name() == localName)
            return attribute.value();
    }
    return QStringView();
}

QString SafeXmlReader::elementText()
{
    QString text;
    walkToEnd(&text);
    return text;
}

void SafeXmlReader::skipElement()
{
    walkToEnd(nullptr);
}

void SafeXmlReader::walkToEnd(QString *text)
{
    // readElementText() would resolve what it meets on the way without our checks; walk instead.
    int depth = 1;
    while (depth > 0 && next()) {
        if (m_xml.isStartElement())
            ++depth;
        else if (m_xml.isEndElement())
            --depth;
        else if (text && m_xml.isCharacters())
            *text += m_xml.text();
    }
}

void SafeXmlReader::fail(const SpreadsheetError &error)
{
    if (m_error.isOk())
        m_error = error;
}

bool SafeXmlReader::failed() const
{
    return !m_error.isOk() || m_device->budgetExceeded() || m_device->sourceFailed();
}

SpreadsheetError SafeXmlReader::error() const
{
    using Code = SpreadsheetError::Code;
    if (m_device->budgetExceeded()) {
        SpreadsheetError error
            = SpreadsheetError::limited(Code::UncompressedTooLarge, m_device->budgetLimit());
        error.part = m_part;
        return error;
    }
    if (m_device->sourceFailed())
        return SpreadsheetError::make(Code::CorruptZip, m_part, m_device->errorString());
    if (!m_error.isOk())
        return m_error;
    if (m_xml.hasError()) {
        SpreadsheetError error = SpreadsheetError::make(Code::MalformedXml, m_part, m_xml.errorString());
        error.line = m_xml.lineNumber();
        return error;
    }
    return SpreadsheetError();
}

} // namespace einvoice
