#include "originrules.h"

namespace einvoice {

namespace {

const QString OriginField = QStringLiteral("original_invoice_reference_code");

bool isCorrectableType(int type)
{
    return type == DocumentType::Original || type == DocumentType::Replacement
        || type == DocumentType::Adjusted;
}

} // namespace

OriginRules::Refusal OriginRules::refusalOf(
    const InvoiceDetail &origin, const QString &acceptedProviderStatus)
{
    const std::optional<int> type = origin.documentType;
    if (origin.summary.status == InvoiceStatus::Draft || type == DocumentType::Draft)
        return Refusal::Draft;
    if (origin.summary.status == InvoiceStatus::Cancelled || type == DocumentType::Cancelled)
        return Refusal::Cancelled;
    if (type == DocumentType::Replaced)
        return Refusal::AlreadyReplaced;
    if (type && DocumentType::isAdjustment(*type))
        return Refusal::IsAdjustment;
    if (type && !isCorrectableType(*type))
        return Refusal::UnknownType;
    if (!origin.providerStatus.isEmpty() && origin.providerStatus != acceptedProviderStatus)
        return Refusal::NotAccepted;
    return Refusal::None;
}

OriginRules::Verdict OriginRules::check(
    const InvoiceDetail &origin, CorrectionKind kind, const QString &acceptedProviderStatus)
{
    Verdict verdict;
    verdict.refusal = refusalOf(origin, acceptedProviderStatus);
    if (verdict.allowed()) {
        verdict.issues = warningIssues(origin, kind);
        for (const ValidationIssue &issue : std::as_const(verdict.issues))
            verdict.warnings << issue.text();
    } else {
        verdict.issues = {refusalIssue(verdict.refusal, origin, kind)};
        verdict.message = verdict.issues.first().text();
    }
    return verdict;
}

ValidationIssue OriginRules::refusalIssue(Refusal refusal, const InvoiceDetail &origin, CorrectionKind kind)
{
    ValidationIssue issue;
    issue.field = OriginField;
    issue.arguments = {origin.summary.referenceCode};
    switch (refusal) {
    case Refusal::Draft:
        issue.message = QT_TRANSLATE_NOOP("einvoice::Validation",
            "Invoice %1 is a draft: only issued invoices can be corrected. Change the draft, or issue it "
            "first.");
        break;
    case Refusal::Cancelled:
        issue.message = QT_TRANSLATE_NOOP("einvoice::Validation",
            "Invoice %1 has been cancelled: a cancelled invoice can be neither replaced nor adjusted.");
        break;
    case Refusal::NotAccepted:
        issue.message = QT_TRANSLATE_NOOP("einvoice::Validation",
            "Invoice %1 has not been accepted by the tax authority (provider status %2: %3); only accepted "
            "invoices can be corrected.");
        issue.arguments << origin.providerStatus << providerStatusText(origin.providerStatus);
        break;
    case Refusal::AlreadyReplaced:
        issue.message = kind == CorrectionKind::Replace
            ? QT_TRANSLATE_NOOP("einvoice::Validation",
                "Invoice %1 has already been replaced, and an invoice can be replaced only once. If the "
                "replacement is wrong too, replace or adjust the replacement.")
            : QT_TRANSLATE_NOOP("einvoice::Validation",
                "Invoice %1 has been replaced and is no longer valid: adjust its replacement instead.");
        break;
    case Refusal::IsAdjustment:
        issue.message = QT_TRANSLATE_NOOP("einvoice::Validation",
            "Invoice %1 is itself an adjustment invoice: correct the invoice it adjusts instead.");
        break;
    case Refusal::UnknownType:
    case Refusal::None:
        issue.message = QT_TRANSLATE_NOOP(
            "einvoice::Validation", "Invoice %1 has document type %2, which cannot be corrected.");
        issue.arguments << QString::number(origin.documentType.value_or(0));
        break;
    }
    return issue;
}

ValidationIssues OriginRules::warningIssues(const InvoiceDetail &origin, CorrectionKind kind)
{
    ValidationIssues warnings;
    const QStringList code {origin.summary.referenceCode};
    if (!origin.documentType || origin.providerStatus.isEmpty()) {
        warnings.append({ValidationIssue::Severity::Warning, OriginField,
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "The server did not say whether invoice %1 was replaced, cancelled or accepted by the tax "
                "authority; it checks that itself."),
            code});
    }
    if (kind == CorrectionKind::Replace && origin.documentType == DocumentType::Adjusted) {
        // SePay allows it (R7); the law in force asks later corrections to keep the first method.
        warnings.append({ValidationIssue::Severity::Warning, OriginField,
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "Invoice %1 was corrected by adjustment before; under Decree 70/2025 later corrections of an "
                "invoice should use the same method."),
            code});
    }
    return warnings;
}

QString OriginRules::providerStatusText(const QString &status)
{
    const int value = status.toInt();
    switch (value) {
    case 1:
        return tr("draft");
    case 2:
        return tr("signing error");
    case 3:
        return tr("not yet sent to the tax authority");
    case 5:
        return tr("the tax authority has not answered");
    case 6:
        return tr("not eligible for a tax authority code");
    case 7:
        return tr("notice 04/SS not yet created");
    case 8:
        return tr("notice 04/SS not yet received by the tax authority");
    case 9:
        return tr("notice 04/SS approved by the tax authority");
    default:
        return tr("unknown");
    }
}

QString OriginRules::refusalName(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None:
        return QStringLiteral("none");
    case Refusal::Draft:
        return QStringLiteral("draft");
    case Refusal::Cancelled:
        return QStringLiteral("cancelled");
    case Refusal::NotAccepted:
        return QStringLiteral("not_accepted");
    case Refusal::AlreadyReplaced:
        return QStringLiteral("already_replaced");
    case Refusal::IsAdjustment:
        return QStringLiteral("is_adjustment");
    case Refusal::UnknownType:
        return QStringLiteral("unknown_type");
    }
    return QString();
}

} // namespace einvoice
