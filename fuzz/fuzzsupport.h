#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// Shared by the libFuzzer targets in this folder: a Qt application object for the whole run
// (LLVMFuzzerInitialize in fuzzsupport.cpp: an offscreen QGuiApplication, since the sandbox target
// renders PDFs), quiet Qt logging (EINVOICE_FUZZ_VERBOSE=1 shows it while reproducing a finding),
// and a check that turns a broken property into a crash libFuzzer records.
namespace einvoice::fuzz {

// The input as bytes, without copying.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input read as UTF-8 (invalid sequences become U+FFFD, as QString::fromUtf8 does).
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Every character outside printable ASCII as \uXXXX, so that a NUL does not cut a report short.
QString visible(const QString &text);

// Prints what broke and aborts, so that libFuzzer saves the input as a crash.
[[noreturn]] void fail(const char *property, const QString &detail);

} // namespace einvoice::fuzz

// A property the target checks on every input (a round trip, an invariant).
#define FUZZ_EXPECT(condition, detail)                                                                       \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            ::einvoice::fuzz::fail(#condition, detail);                                                      \
    } while (false)
