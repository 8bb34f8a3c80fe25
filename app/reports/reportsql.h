#pragma once

#include "reportperiod.h"

#include <QString>

namespace einvoice {

class Statement;

// The SQL every report stands on. The rules (issue 19, also in the Reports page's help):
// - which invoices count and with which sign is store/countedinvoicesql.h (drafts, cancelled,
//   replaced and information-only adjustments do not; a decrease is negated), the rule the invoice
//   list's footer shares; only invoices whose detail is stored are reported;
// - a replacement or an adjustment counts in the period of its own date;
// - figures: the invoice's own totals when all its money lines (goods, promotion, trade discount;
//   note lines never count) share one rate, so that discounts and promotions count exactly as
//   app/core's totals rules made them; otherwise the per-rate TToan of its signed XML
//   (invoice_rate_totals), because the detail's lines carry no discount fields;
// - a sales invoice (template 2: as this app sent it, else its series' template in the provider
//   accounts) makes one row with a NULL rate, reported beside the rate rows, never inside them;
// - currency: the one this app sent the invoice with (invoice_known), or VND, assumed.
namespace reportsql {

// "WITH inv AS (...), fig AS (...)" with the placeholders :env, :from and :to.
// fig: one row per counted invoice and rate: ref, day, number, series, buyer, tax_code, notes,
// currency, assumed (1: VND assumed), template, sign, rate (Decimal units or NULL), amount, vat, total
// (signed Decimal units).
QString figures();
// The included invoices only (inv), for reports over lines.
QString invoices();
void bindPeriod(Statement &statement, const QString &environment, const ReportPeriod &period);

} // namespace reportsql
} // namespace einvoice
