#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace einvoice {

// The ways to correct an issued invoice through the API (sepay-api.md appendix B and C,
// vn-einvoice-domain.md 1.10): a replacement carries the whole corrected content; an adjustment
// only the difference (increase, decrease, both) or the corrected information.
enum class CorrectionKind { Replace, Increase, Decrease, Combined, Info };

// document_type of the invoice detail (sepay-api.md 4.5).
namespace DocumentType {
constexpr int Draft = 1;
constexpr int Original = 2;
constexpr int Cancelled = 3;
constexpr int Replacement = 4;
constexpr int Replaced = 5;
constexpr int AdjustmentIncrease = 6;
constexpr int AdjustmentDecrease = 7;
constexpr int AdjustmentInfo = 8;
constexpr int AdjustmentCombined = 9;
constexpr int Adjusted = 10;

constexpr bool isAdjustment(int type)
{
    return type >= AdjustmentIncrease && type <= AdjustmentCombined;
}
} // namespace DocumentType

constexpr bool isAdjustment(CorrectionKind kind)
{
    return kind != CorrectionKind::Replace;
}

// The API's adjustment_type: "increase", "decrease", "combined", "info"; empty for Replace.
QString adjustmentTypeWire(CorrectionKind kind);
// An adjustment from its adjustment_type; nullopt for anything else (Replace has none).
std::optional<CorrectionKind> adjustmentFromWire(QStringView text);
// The new invoice's document_type: 4 for a replacement, 6, 7, 9 or 8 for the adjustments.
int documentTypeOf(CorrectionKind kind);
// The kind of correction an invoice is, from its document_type; nullopt for other types.
std::optional<CorrectionKind> correctionKindOfDocumentType(int documentType);
// What the origin becomes once the correction has succeeded: 5 replaced, 10 adjusted.
int originDocumentTypeAfter(CorrectionKind kind);
// Stable lower-case names for logs and scripts: "replace", "increase", ...
QString correctionKindName(CorrectionKind kind);

} // namespace einvoice
