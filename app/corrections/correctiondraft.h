#pragma once

#include "core/correctionkind.h"
#include "core/invoice.h"
#include "core/remoteinvoice.h"

#include <QDateTime>

namespace einvoice {

// The correction the desktop's editor starts from and the one it sends, in the house's signed
// form (vn-einvoice-domain.md 1.10; CorrectionValidator judges the result).
namespace CorrectionDraft {

// Pre-filled from the origin's detail: its buyer, payment method, series and currency, dated now
// (Vietnam wall time), no reference code (generated when sent). A replacement carries the
// origin's whole content to be corrected; a money adjustment offers the origin's goods lines
// with no quantity, to be picked by typing the difference; an information adjustment has no line
// (the reason becomes its note line). The lines carry the origin's tax rates only on a VAT
// invoice: `templateCode` "1", or, while the template is not known yet (empty), an origin whose
// lines carry rates; a sales invoice's ("2") carry none.
Invoice prefill(const InvoiceDetail &origin, CorrectionKind kind, const QDateTime &vietnamNow,
    const QString &templateCode = QString());

// What is sent from what the user edited: for a money adjustment the lines left without a
// quantity are not picked and left out, and on a decrease a quantity typed as a positive number
// (the amount to take off) is made negative; an information adjustment without a line gets the
// notes (the reason) as its note line. notes: the reason the user typed. A sales invoice's lines
// (template "2") are sent without tax rates, whatever was pre-filled before the template was known.
Invoice toSend(Invoice edited, CorrectionKind kind);

// True when a replacement (as sent) says what its origin says: the same buyer (every field; its
// type when both know it), payment method (when it names one) and lines (type, code, name, unit,
// quantity, unit price, tax rate, discounts), so the same amounts. Almost always a correction the
// user forgot to make, and it would be a legal invoice of its own. What necessarily differs is
// left out: the date (a replacement is dated the day it is issued), the reference code, series,
// provider account and notes. Text is compared without surrounding or repeated spaces. One rule
// for the desktop's question and the command line's warning.
bool repeatsOrigin(const Invoice &replacement, const InvoiceDetail &origin);
// True when an information adjustment (as sent) states the origin's buyer and payment method and
// no line but its reason: it would be a legal invoice that corrects nothing.
bool repeatsOriginInformation(const Invoice &info, const InvoiceDetail &origin);

} // namespace CorrectionDraft

} // namespace einvoice
