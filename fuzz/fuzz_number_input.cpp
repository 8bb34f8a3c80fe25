// Numbers as people type them: core NumberText (what a written number proves), the editor's
// NumberInput in either UI language, the batch file's number cells with and without a stated
// separator, and Decimal's plain form.
// Properties: whatever reads as a number is formatted so that it reads back as the same number in
// the same UI language (editor: NumberInput::format; plain: Decimal::toString), and a text that proves its
// own decimal separator reads the same whichever separator the batch column states.
#include "batch/batchvalues.h"
#include "core/numbertext.h"
#include "fuzzsupport.h"
#include "i18n/uinumbers.h"

// The editor's number input lives in app/editormodels (app/editor after the layout change).
#if __has_include("editor/numberinput.h")
#include "editor/numberinput.h"
#else
#include "editormodels/numberinput.h"
#endif

using namespace einvoice;

namespace {

void checkEditorInput(const QString &text)
{
    for (const QLocale::Language language : {QLocale::Vietnamese, QLocale::English}) {
        QLocale::setDefault(
            QLocale(language, language == QLocale::Vietnamese ? QLocale::Vietnam : QLocale::UnitedStates));
        const QLocale numbers = UiNumbers::locale();
        for (const int maxDecimals : {0, 2, Decimal::Scale}) {
            const std::optional<Decimal> value = NumberInput::parse(text, numbers, maxDecimals);
            if (!value)
                continue;
            FUZZ_EXPECT(value->decimalPlaces() <= maxDecimals, text);
            const QString shown = NumberInput::format(*value);
            FUZZ_EXPECT(NumberInput::parse(shown, numbers, maxDecimals) == value,
                text + QStringLiteral(" -> ") + shown);
            FUZZ_EXPECT(NumberInput::parse(NumberInput::format(*value, 2), numbers) == value, text);
        }
    }
}

void checkDecimal(const QString &text)
{
    const std::optional<Decimal> value = Decimal::fromString(text);
    if (!value)
        return;
    FUZZ_EXPECT(
        Decimal::fromString(value->toString()) == value, text + QStringLiteral(" -> ") + value->toString());
    FUZZ_EXPECT(Decimal::fromJsonNumberText(value->toString()) == value, text);
}

void checkBatchCell(const QString &text)
{
    const batchvalues::NumberCell unstated = batchvalues::parseNumber(text);
    const batchvalues::NumberCell comma = batchvalues::parseNumber(text, QLatin1Char(','));
    const batchvalues::NumberCell dot = batchvalues::parseNumber(text, QLatin1Char('.'));
    if (unstated.value) {
        FUZZ_EXPECT(!unstated.shape.ambiguous, text);
        FUZZ_EXPECT(comma.value == unstated.value && dot.value == unstated.value, text);
    }
    if (unstated.shape.ambiguous && comma.value && dot.value)
        FUZZ_EXPECT(comma.value != dot.value || comma.value->isZero(), text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzz::text(data, size);
    const NumberText::Shape shape = NumberText::scan(text);
    for (const QChar separator : {QChar(), QChar(u'.'), QChar(u','), QChar(u' ')})
        NumberText::plain(shape, separator);
    checkEditorInput(text);
    checkDecimal(text);
    checkBatchCell(text);
    return 0;
}
