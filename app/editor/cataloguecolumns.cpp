#include "cataloguecolumns.h"

#include "batch/batchcolumns.h"

namespace einvoice {

namespace {

struct FieldInfo
{
    CatalogueField field;
    const char *label;
    const char *aliases; // folded (BatchColumnMap::fold), separated by '|'
};

// The same header names one field per kind: "Name" is the buyer's name in a customers table and
// the item's name in a products table.
const FieldInfo customerFields[] = {
    {CatalogueField::Name, QT_TRANSLATE_NOOP("einvoice::CatalogueHeader", "Name"),
        "name|ten|tenkhachhang|tennguoimua|buyername|customer|customername"},
    {CatalogueField::LegalName, QT_TRANSLATE_NOOP("einvoice::CatalogueHeader", "Legal name"),
        "legalname|tendonvi|companyname|tencongty"},
    {CatalogueField::TaxCode, QT_TRANSLATE_NOOP("einvoice::CatalogueHeader", "Tax code"),
        "taxcode|masothue|mst|buyertaxcode"},
    {CatalogueField::Address, QT_TRANSLATE_NOOP("einvoice::CatalogueHeader", "Address"), "address|diachi"},
    {CatalogueField::Email, QT_TRANSLATE_NOOP("einvoice::CatalogueHeader", "Email"),
        "email|thudientu|diachiemail"},
    {CatalogueField::Phone, QT_TRANSLATE_NOOP("einvoice::CatalogueHeader", "Phone"),
        "phone|dienthoai|sodienthoai"},
    {CatalogueField::TimesUsed, QT_TRANSLATE_NOOP("einvoice::CatalogueHeader", "Times used"),
        "timesused|solandung"},
    {CatalogueField::LastUsed, QT_TRANSLATE_NOOP("einvoice::CatalogueHeader", "Last used"),
        "lastused|landungcuoi"},
};
const FieldInfo productFields[] = {
    {CatalogueField::Code, QT_TRANSLATE_NOOP("einvoice::CatalogueHeader", "Code"),
        "code|ma|mahang|mahanghoa|itemcode"},
    {CatalogueField::Name, QT_TRANSLATE_NOOP("einvoice::CatalogueHeader", "Name"),
        "name|ten|tenhang|tenhanghoa|itemname|tenhanghoadichvu"},
    {CatalogueField::Unit, QT_TRANSLATE_NOOP("einvoice::CatalogueHeader", "Unit"), "unit|donvitinh|dvt"},
    {CatalogueField::UnitPrice, QT_TRANSLATE_NOOP("einvoice::CatalogueHeader", "Unit price"),
        "unitprice|dongia|price|gia"},
    {CatalogueField::TaxRate, QT_TRANSLATE_NOOP("einvoice::CatalogueHeader", "Tax rate"), "taxrate|thuesuat"},
    {CatalogueField::TimesUsed, QT_TRANSLATE_NOOP("einvoice::CatalogueHeader", "Times used"),
        "timesused|solandung"},
    {CatalogueField::LastUsed, QT_TRANSLATE_NOOP("einvoice::CatalogueHeader", "Last used"),
        "lastused|landungcuoi"},
};

template<typename Fields>
QHash<CatalogueField, int> indexesOf(const QStringList &header, const Fields &fields)
{
    QHash<CatalogueField, int> index;
    for (int column = 0; column < header.size(); ++column) {
        const QString folded = BatchColumnMap::fold(header.at(column));
        for (const FieldInfo &info : fields) {
            const QStringList aliases = QString::fromLatin1(info.aliases).split(u'|');
            if (!folded.isEmpty() && aliases.contains(folded) && !index.contains(info.field))
                index.insert(info.field, column);
        }
    }
    return index;
}

bool hasAny(const QHash<CatalogueField, int> &index, std::initializer_list<CatalogueField> fields)
{
    return std::any_of(fields.begin(), fields.end(), [&](CatalogueField f) { return index.contains(f); });
}

} // namespace

std::optional<CatalogueHeader> CatalogueHeader::from(const QStringList &header)
{
    using F = CatalogueField;
    const auto customers = indexesOf(header, customerFields);
    const auto products = indexesOf(header, productFields);
    const bool isCustomers = hasAny(customers, {F::Name, F::LegalName, F::TaxCode})
        && hasAny(customers, {F::TaxCode, F::Address, F::Email, F::LegalName});
    const bool isProducts
        = products.contains(F::Name) && hasAny(products, {F::Unit, F::UnitPrice, F::TaxRate});
    if (isCustomers == isProducts)
        return std::nullopt;
    CatalogueHeader result;
    result.m_kind = isCustomers ? CatalogueKind::Customers : CatalogueKind::Products;
    result.m_index = isCustomers ? customers : products;
    return result;
}

QString CatalogueHeader::label(CatalogueField field)
{
    for (const FieldInfo &info : customerFields) {
        if (info.field == field)
            return tr(info.label);
    }
    for (const FieldInfo &info : productFields) {
        if (info.field == field)
            return tr(info.label);
    }
    return QString();
}

QString CatalogueHeader::value(CatalogueField field, const QStringList &fields) const
{
    return fields.value(index(field)).trimmed();
}

} // namespace einvoice
