#pragma once

#include <QString>

namespace einvoice::countedinvoicesql {

// Which invoices count in money figures, and with which sign: the one rule the month-end reports
// and the invoice list's footer share (issue 19; Vietnamese e-invoice law: a replaced invoice no
// longer counts, its replacement does). SQL over invoice_cache as `c` and invoice_details as `d`;
// `d` may be LEFT JOINed (NULL while the detail is not fetched: then what the list knows decides).
// - drafts (status, or document type 1) and cancelled invoices (status, or document type 3) do
//   not count;
// - a replaced invoice (document type 5, or an issued replacement in invoice_details points at it)
//   does not count; its replacement counts as any invoice;
// - an information-only adjustment (document type 8, or adjustment_type "info") changes no money;
// - an adjustment counts with the sign of its effect: a decrease whose stored amounts are
//   positive is negated (sign()).

// Why an invoice does not count; the values of reason().
enum class Reason { Counted = 0, Draft = 1, Cancelled = 2, Replaced = 3, InformationOnly = 4 };

// A condition: the invoice counts.
QString counts();
// An integer expression: its Reason.
QString reason();
// -1 or 1: the factor of its stored amounts.
QString sign();
// "LEFT JOIN invoice_details d ..." on `c`.
QString detailsJoin();

} // namespace einvoice::countedinvoicesql
