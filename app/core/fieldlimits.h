#pragma once

#include "enums.h"
#include "invoicetext.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace einvoice {

// What providers accept for the text and numbers of an invoice, loaded from data
// (:/core/field-limits.json, where each limit names its source). Keys are API field paths
// without indexes: "notes", "buyer.address", "items.item_name".
class FieldLimits
{
public:
    struct TextField
    {
        QString field;
        int maxLength = 0;
        InvoiceText::Lines lines = InvoiceText::Lines::Single;
    };

    static const FieldLimits &current();
    static FieldLimits fromJson(const QByteArray &json);

    QList<TextField> textFields() const;
    std::optional<TextField> textField(QLatin1String field) const;
    std::optional<TextField> textField(const QString &field) const;
    // The decimals a number field may have; "currency" fields follow the currency's minor digits.
    std::optional<int> maxDecimals(const QString &field, Currency currency) const;
    int maxLines() const;
    qint64 maxRequestBytes() const;

private:
    QList<TextField> m_text;
    QHash<QByteArray, qsizetype> m_textIndex; // field -> index in m_text
    QList<std::pair<QString, int>> m_decimals; // -1: the currency's minor digits
    int m_maxLines = 0;
    qint64 m_maxRequestBytes = 0;
};

} // namespace einvoice
