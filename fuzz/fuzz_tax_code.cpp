// Tax codes (MST) as people and spreadsheets write them: grouped with spaces or dots, a branch
// after a dash, a leading zero that Excel dropped.
// Property: a valid code's normalized form is valid and normalizes to itself.
#include "batch/batchvalues.h"
#include "core/taxcode.h"
#include "fuzzsupport.h"

using namespace einvoice;

namespace {

void checkNormalized(const QString &text)
{
    const TaxCode::Result result = TaxCode::check(text);
    FUZZ_EXPECT(result.isValid() == (result.kind != TaxCode::Kind::Invalid), text);
    FUZZ_EXPECT(result.isValid() == !result.normalized.isEmpty(), text);
    if (!result.isValid())
        return;
    const TaxCode::Result again = TaxCode::check(result.normalized);
    FUZZ_EXPECT(again.isValid() && again.normalized == result.normalized && again.kind == result.kind,
        text + QStringLiteral(" -> ") + result.normalized);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzz::text(data, size);
    checkNormalized(text);
    checkNormalized(TaxCode::restoreLeadingZero(text));
    bool restored = false;
    checkNormalized(batchvalues::restoreTaxCode(text, &restored));
    TaxCode::checkDigit(text);
    return 0;
}
