#include "correctionkind.h"

#include <array>
#include <utility>

namespace einvoice {

namespace {

struct KindRow
{
    CorrectionKind kind;
    const char *name;
    int documentType;
};

constexpr std::array<KindRow, 5> s_kinds {{
    {CorrectionKind::Replace, "replace", DocumentType::Replacement},
    {CorrectionKind::Increase, "increase", DocumentType::AdjustmentIncrease},
    {CorrectionKind::Decrease, "decrease", DocumentType::AdjustmentDecrease},
    {CorrectionKind::Combined, "combined", DocumentType::AdjustmentCombined},
    {CorrectionKind::Info, "info", DocumentType::AdjustmentInfo},
}};

const KindRow &rowOf(CorrectionKind kind)
{
    for (const KindRow &row : s_kinds) {
        if (row.kind == kind)
            return row;
    }
    return s_kinds.front();
}

} // namespace

QString adjustmentTypeWire(CorrectionKind kind)
{
    return isAdjustment(kind) ? QString::fromLatin1(rowOf(kind).name) : QString();
}

std::optional<CorrectionKind> adjustmentFromWire(QStringView text)
{
    for (const KindRow &row : s_kinds) {
        if (isAdjustment(row.kind) && text == QLatin1String(row.name))
            return row.kind;
    }
    return std::nullopt;
}

int documentTypeOf(CorrectionKind kind)
{
    return rowOf(kind).documentType;
}

std::optional<CorrectionKind> correctionKindOfDocumentType(int documentType)
{
    for (const KindRow &row : s_kinds) {
        if (row.documentType == documentType)
            return row.kind;
    }
    return std::nullopt;
}

int originDocumentTypeAfter(CorrectionKind kind)
{
    return isAdjustment(kind) ? DocumentType::Adjusted : DocumentType::Replaced;
}

QString correctionKindName(CorrectionKind kind)
{
    return QString::fromLatin1(rowOf(kind).name);
}

} // namespace einvoice
