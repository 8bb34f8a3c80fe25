#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace einvoice {

// The columns a batch file may have. Invoice-level columns are read from the first row of each
// invoice; line columns from every row.
enum class BatchColumn {
    InvoiceKey,
    ReferenceCode,
    TemplateCode,
    InvoiceSeries,
    IssuedDate,
    Currency,
    PaymentMethod,
    ProviderAccount,
    BuyerType,
    BuyerName,
    BuyerLegalName,
    BuyerTaxCode,
    BuyerAddress,
    BuyerEmail,
    BuyerPhone,
    BuyerCode,
    BuyerNationalId,
    Notes,
    LineType,
    ItemCode,
    ItemName,
    Unit,
    Quantity,
    UnitPrice,
    TaxRate,
    DiscountPercent,
    DiscountAmount,
};

// Which file column (0-based) holds each BatchColumn. Built from the header by name, or chosen
// by the user (the GUI remembers the last choice as header text -> column key).
class BatchColumnMap
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::BatchColumnMap)

public:
    static QList<BatchColumn> all();
    static bool isInvoiceLevel(BatchColumn column);
    // Stable key ("buyer_tax_code") used in settings and error messages.
    static QString key(BatchColumn column);
    static std::optional<BatchColumn> fromKey(QStringView key);
    // The Vietnamese header used in the template.
    static QString templateHeader(BatchColumn column);
    // The column's name in the UI language ("Tax code" / "Mã số thuế").
    static QString label(BatchColumn column);
    // Finds the column for a header text by its Vietnamese or English aliases (case, accents,
    // spaces and punctuation ignored); in a header of several lines, by any one of them.
    static std::optional<BatchColumn> match(const QString &header);
    // Header text folded for matching: "Mã số thuế" -> "masothue".
    static QString fold(const QString &text);
    // The create request's field the column fills, without indexes ("buyer.buyer_code",
    // "items.discount_tax"); empty for the invoice key, which is not sent.
    static QString apiField(BatchColumn column);
    // The column of a validator field path ("items[2].quantity", "buyer.address").
    static std::optional<BatchColumn> fromApiField(const QString &path);

    static BatchColumnMap fromHeader(const QStringList &header);

    void set(BatchColumn column, int index) { m_index.insert(column, index); }
    void unset(BatchColumn column) { m_index.remove(column); }
    bool has(BatchColumn column) const { return m_index.contains(column); }
    int index(BatchColumn column) const { return m_index.value(column, -1); }
    QString value(BatchColumn column, const QStringList &fields) const;

private:
    static std::optional<BatchColumn> matchLine(const QString &header);

    QHash<BatchColumn, int> m_index;
};

} // namespace einvoice
