#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace einvoice {

// One problem found in an invoice. The message is an untranslated source text in the
// "einvoice::Validation" context with %1.. placeholders; text() translates and fills it.
struct ValidationIssue
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString field; // path such as "buyer.tax_code" or "items[2].quantity" (API names, 0-based)
    const char *message = nullptr; // QT_TRANSLATE_NOOP("einvoice::Validation", "...")
    QStringList arguments;

    bool isError() const { return severity == Severity::Error; }
    QString text() const; // translated, arguments filled in
};

using ValidationIssues = QList<ValidationIssue>;

bool hasErrors(const ValidationIssues &issues);

} // namespace einvoice
