#pragma once

#include "correctionkind.h"
#include "remoteinvoice.h"

#include <QDate>
#include <QString>

namespace einvoice {

// What identifies the invoice a correction refers to on its face and in its XML (TTHDLQuan,
// vn-einvoice-domain.md 1.3): template (KHMSHDCLQuan), series (KHHDCLQuan), number (SHDCLQuan)
// and date (NLHDCLQuan).
struct OriginReference
{
    QString templateCode; // "1"
    QString invoiceSeries; // "C26TAA"
    QString invoiceNumber; // "17"
    QDate issuedDate; // Vietnam date of the origin

    bool operator==(const OriginReference &) const = default;
};

// A correction and the invoice it corrects.
struct CorrectionLink
{
    CorrectionKind kind = CorrectionKind::Replace;
    OriginReference origin;

    bool operator==(const CorrectionLink &) const = default;
};

// The legal line printed on a correction, in Vietnamese whatever the interface language (the
// invoice is a legal document in Vietnamese, ND 123 Art. 10 k.13):
//   "Thay thế cho hóa đơn Mẫu số 1 ký hiệu C26TAA số 0000017 ngày 04 tháng 05 năm 2026"
//   "Điều chỉnh tăng|giảm|tăng, giảm|thông tin cho hóa đơn Mẫu số ..."
// Used by the renderer (the server's PDF) and by the client's preview.
QString correctionReferenceText(const CorrectionLink &link);

// An invoice number as printed: seven digits with leading zeros ("0000017"); other text as is.
QString printedInvoiceNumber(const QString &number);

// TCHDon of the related-invoice block: 1 replaces, 2 adjusts.
int relatedInvoiceNature(CorrectionKind kind);

// The reference of an origin from its detail. The detail has no template code (sepay-api.md
// 4.2): the caller passes it (see templateCodeOfSeries).
OriginReference originReferenceOf(const InvoiceDetail &origin, const QString &templateCode);

// The template code whose series is `series` among a provider account's templates; empty when
// none or several templates have it.
QString templateCodeOfSeries(const QList<InvoiceTemplate> &templates, const QString &series);

} // namespace einvoice
