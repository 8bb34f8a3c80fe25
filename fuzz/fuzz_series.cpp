// Invoice series (ký hiệu, "C26TAA") and template digits as the API, files and forms give them.
// Properties: a series of sound format names a year from 2000 to 2099, and it checks against a
// date of that year and not against the year after.
#include "core/series.h"
#include "fuzzsupport.h"

using namespace einvoice;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzz::text(data, size);
    InvoiceSeries::isValidTemplateCode(text);
    InvoiceSeries::isCoded(text);
    const InvoiceSeries::Problem format = InvoiceSeries::checkFormat(text);
    const int year = InvoiceSeries::year(text);
    if (format != InvoiceSeries::Problem::None) {
        FUZZ_EXPECT(year == 0, text);
        FUZZ_EXPECT(InvoiceSeries::check(text, QDate(2026, 1, 5)) == format, text);
        return 0;
    }
    FUZZ_EXPECT(year >= 2000 && year <= 2099, text);
    FUZZ_EXPECT(InvoiceSeries::check(text, QDate(year, 6, 1)) == InvoiceSeries::Problem::None, text);
    FUZZ_EXPECT(
        InvoiceSeries::check(text, QDate(year + 1, 1, 1)) == InvoiceSeries::Problem::YearMismatch, text);
    return 0;
}
