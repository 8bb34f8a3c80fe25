#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

namespace einvoice {

enum class CatalogueKind { Customers, Products };

// The columns a catalogue file may have: those "Export to Excel…" writes, in English or
// Vietnamese, and the usual names accountants give them ("MST", "ĐVT", "Đơn giá").
enum class CatalogueField {
    Name,
    LegalName,
    TaxCode,
    Address,
    Email,
    Phone,
    Code,
    Unit,
    UnitPrice,
    TaxRate,
    TimesUsed,
    LastUsed,
};

// A header row read as a catalogue table: which kind of entries it lists and which column (0-based)
// holds each field. Customers name a tax code, an address or an email; products a unit, a price or
// a tax rate; a header naming both kinds, or neither, is not a catalogue header.
class CatalogueHeader
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::CatalogueHeader)

public:
    static std::optional<CatalogueHeader> from(const QStringList &header);
    // The field's name in the UI language, for messages ("Tax code" / "Mã số thuế").
    static QString label(CatalogueField field);

    CatalogueKind kind() const { return m_kind; }
    bool has(CatalogueField field) const { return m_index.contains(field); }
    // The cell of the field in `fields`, trimmed; empty when the column is missing.
    QString value(CatalogueField field, const QStringList &fields) const;
    int index(CatalogueField field) const { return m_index.value(field, -1); }

private:
    CatalogueKind m_kind = CatalogueKind::Customers;
    QHash<CatalogueField, int> m_index;
};

} // namespace einvoice
