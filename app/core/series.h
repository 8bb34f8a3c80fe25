#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace einvoice {

// Invoice series (ký hiệu) and template digit (vn-einvoice-domain.md 1.1, 1.2).
class InvoiceSeries
{
public:
    enum class Problem { None, Empty, BadFormat, BadYearLetterCode, YearMismatch };

    // Checks the 6-character pattern with the letters allowed by LegalRules.
    static Problem checkFormat(QStringView series);
    // Checks format and that the year digits equal the year of the issued date.
    static Problem check(QStringView series, QDate issuedDate);
    // 2000 + the two year digits; 0 when the format is wrong.
    static int year(QStringView series);
    static bool isCoded(QStringView series); // 'C' series carry a tax-authority code
    static bool isValidTemplateCode(QStringView templateCode);
};

} // namespace einvoice
