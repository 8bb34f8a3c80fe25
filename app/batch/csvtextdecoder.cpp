#include "csvtextdecoder.h"

#include <QStringDecoder>

namespace einvoice {

namespace {

struct Utf8Scan
{
    qsizetype firstBad = -1; // offset of the first byte that is not valid UTF-8
    bool hasMultiByte = false; // at least one valid sequence of two or more bytes
};

int expectedLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
}

// The length of the UTF-8 sequence that starts at i, or 0 when it is not valid there.
int sequenceLength(const QByteArray &bytes, qsizetype i)
{
    const auto byte = [&bytes](qsizetype at) {
        return static_cast<unsigned char>(bytes.at(at));
    };
    const unsigned char lead = byte(i);
    const int length = expectedLength(lead);
    if (length == 0 || i + length > bytes.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80)
            return 0;
    }
    const unsigned char second = length > 1 ? byte(i + 1) : 0;
    if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) || (lead == 0xF0 && second < 0x90)
        || (lead == 0xF4 && second > 0x8F))
        return 0; // overlong, a surrogate or beyond U+10FFFF
    return length;
}

Utf8Scan scanUtf8(const QByteArray &bytes, qsizetype from)
{
    Utf8Scan scan;
    for (qsizetype i = from; i < bytes.size();) {
        const int length = sequenceLength(bytes, i);
        if (length == 0) {
            scan.firstBad = i;
            return scan;
        }
        scan.hasMultiByte = scan.hasMultiByte || length > 1;
        i += length;
    }
    return scan;
}

int lineAt(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= bytes.size() || bytes.at(i + 1) != '\n')))
            ++line;
    }
    return line;
}

// What Windows-1258 Vietnamese text holds above ASCII: Vietnamese letters (a Latin letter with
// the circumflex, breve or horn and one of the five tones, or đ), the tone marks that 1258 keeps
// as combining characters (after a letter), and a little punctuation. Anything else (the symbols
// UTF-8 continuation bytes decode to, letters of other languages such as ÿ, the C1 controls ICU
// gives for undefined bytes) means the file is something else.
bool isVietnameseMark(char16_t mark)
{
    return QStringView(u"\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B").contains(QChar(mark));
}

bool isVietnameseLetter(QChar c)
{
    if (c.unicode() < 0x80)
        return c.isLetter();
    if (c.unicode() == 0x0110 || c.unicode() == 0x0111)
        return true;
    const QString parts = QString(c).normalized(QString::NormalizationForm_D);
    return parts.size() > 1 && parts.front().unicode() < 0x80 && parts.front().isLetter()
        && std::all_of(
            parts.cbegin() + 1, parts.cend(), [](QChar m) { return isVietnameseMark(m.unicode()); });
}

bool isVietnamesePunctuation(QChar c)
{
    return QStringView(u"\u00A0\u2018\u2019\u201C\u201D\u2013\u2014\u2026\u2022\u20AC\u00B0").contains(c);
}

// The index of the first character that does not fit Vietnamese text, or -1.
qsizetype firstImplausible(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80)
            continue;
        const bool fits = isVietnameseMark(c.unicode()) ? i > 0 && isVietnameseLetter(text.at(i - 1))
                                                        : isVietnameseLetter(c) || isVietnamesePunctuation(c);
        if (!fits)
            return i;
    }
    return -1;
}

// The index of the first surrogate without its partner, or -1: Qt's UTF-16 decoder lets a lone
// one through without an error, and it would be written back as '?'.
qsizetype firstLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return i;
    }
    return -1;
}

} // namespace

CsvTextDecoder::Result CsvTextDecoder::decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE"))
        return decodeUtf16(bytes, true);
    if (bytes.startsWith("\xFE\xFF"))
        return decodeUtf16(bytes, false);
    if (bytes.count('\0') * 4 > bytes.size()) {
        return refuse(bytes, bytes.indexOf('\0'),
            tr("The file looks like UTF-16 text without a byte order mark. Save it again as \"CSV UTF-8\"."));
    }
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const Utf8Scan scan = scanUtf8(bytes, start);
    if (scan.firstBad < 0) {
        Result result;
        result.text = QString::fromUtf8(bytes.constData() + start, bytes.size() - start)
                          .normalized(QString::NormalizationForm_C);
        result.encoding = QStringLiteral("UTF-8");
        return result;
    }
    if (start > 0 || scan.hasMultiByte) // UTF-8 by its mark or its letters, with damaged bytes
        return refuse(bytes, scan.firstBad,
            tr("Line %1 is not valid UTF-8 although the rest of the file is: the file was damaged or "
               "mixes encodings. Fix that line or save the file again as \"CSV UTF-8\"."));
    return decodeWindows1258(bytes, scan.firstBad);
}

CsvTextDecoder::Result CsvTextDecoder::decodeUtf16(const QByteArray &bytes, bool littleEndian)
{
    QStringDecoder decoder(littleEndian ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
    Result result;
    result.text = QString(decoder(bytes.mid(2))).normalized(QString::NormalizationForm_C);
    result.encoding = littleEndian ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    const qsizetype loneSurrogate = firstLoneSurrogate(result.text);
    if (bytes.size() % 2 != 0 || decoder.hasError() || loneSurrogate >= 0) {
        const qsizetype lines = QStringView(result.text).left(loneSurrogate).count(u'\n');
        result.badLine = int(lines) + 1;
        result.problem
            = tr("The UTF-16 text of the file is cut short or damaged at line %1.").arg(result.badLine);
    }
    return result;
}

CsvTextDecoder::Result CsvTextDecoder::decodeWindows1258(const QByteArray &bytes, qsizetype firstBadUtf8)
{
    QStringDecoder decoder("windows-1258");
    const QString decoded = decoder.isValid() ? QString(decoder(bytes)) : QString();
    const qsizetype implausible = decoder.isValid() ? firstImplausible(decoded) : 0;
    if (!decoder.isValid() || decoder.hasError() || implausible >= 0) {
        return refuse(bytes, firstBadUtf8,
            tr("The file is neither UTF-8 nor Windows-1258 (Vietnamese ANSI): line %1 has bytes that "
               "cannot be read. Save it again as \"CSV UTF-8\"."));
    }
    Result result;
    result.text = decoded.normalized(QString::NormalizationForm_C);
    result.encoding = QStringLiteral("Windows-1258");
    return result;
}

CsvTextDecoder::Result CsvTextDecoder::refuse(const QByteArray &bytes, qsizetype offset, const QString &why)
{
    Result result;
    result.badLine = lineAt(bytes, offset);
    result.problem = why.contains(QLatin1String("%1")) ? why.arg(result.badLine) : why;
    return result;
}

} // namespace einvoice
