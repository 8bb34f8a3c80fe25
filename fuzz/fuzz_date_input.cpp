// Dates and times as files and the API write them: the batch file's date cells ("05/01/2026",
// "2026-01-05 08:30", ...) and the create payload's issued_date ("yyyy-MM-dd HH:mm:ss").
// Properties: a date that reads is Vietnam's wall time, and its written form reads back the same.
#include "batch/batchvalues.h"
#include "core/clock.h"
#include "core/invoicejson.h"
#include "core/vietnamtime.h"
#include "fuzzsupport.h"

using namespace einvoice;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzz::text(data, size);
    if (const std::optional<QDateTime> date = batchvalues::parseDate(text)) {
        FUZZ_EXPECT(date->isValid(), text);
        FUZZ_EXPECT(date->timeZone() == Clock::vietnamTimeZone() || date->offsetFromUtc() == 7 * 3600, text);
        const QString written = date->toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
        FUZZ_EXPECT(batchvalues::parseDate(written) == date, text + QStringLiteral(" -> ") + written);
        const QString wire = json::formatIssuedDate(*date);
        FUZZ_EXPECT(json::parseIssuedDate(wire) == date, text + QStringLiteral(" -> ") + wire);
        VietnamTime::format(*date);
    }
    if (const std::optional<QDateTime> issued = json::parseIssuedDate(text)) {
        FUZZ_EXPECT(issued->isValid(), text);
        FUZZ_EXPECT(json::formatIssuedDate(*issued) == text,
            text + QStringLiteral(" -> ") + json::formatIssuedDate(*issued));
    }
    return 0;
}
