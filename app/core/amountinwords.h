#pragma once

#include "enums.h"

#include <QString>
#include <QtGlobal>

namespace einvoice {

// Options accountants switch between (vn-einvoice-domain.md 1.7).
struct VietnameseWordsOptions
{
    bool ngan = false; // "ngàn" instead of "nghìn"
    bool le = false; // "lẻ" instead of "linh"
    bool bonForTu = false; // "bốn" instead of "tư" after "mươi"
    bool appendChan = false; // trailing " chẵn"
};

// "Một trăm linh năm đồng", "Âm một triệu một trăm nghìn đồng". Handles the whole qint64 range.
// The currency word is "đồng" for VND, "đô la Mỹ" for USD, "đô la Canada" for CAD; minor units
// (cents) are read after the major amount for USD/CAD.
QString amountInVietnameseWords(
    qint64 minorUnits, Currency currency = Currency::VND, const VietnameseWordsOptions &options = {});

// "One hundred and five dong", "Minus one million one hundred thousand dong".
QString amountInEnglishWords(qint64 minorUnits, Currency currency = Currency::VND);

} // namespace einvoice
