// Writes an invoice sheet of N rows (default 10,000) with XlsxWorkbookWriter, then reads it back
// with XlsxReader, and prints the time of each and the memory reading takes.
// Usage: bench_xlsx [rows] [--keep PATH]   (the reading runs in a child: bench_xlsx rows --read PATH)
#include "spreadsheet/xlsxreader.h"
#include "spreadsheet/xlsxsheetwriter.h"
#include "spreadsheet/xlsxworkbookwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace einvoice;

namespace {

// A line of /proc/self/status ("VmRSS:", "VmHWM:") in MiB; -1 when unavailable.
double statusMiB(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

XlsxColumn column(const char *header, XlsxColumn::Kind kind, int decimals = 0)
{
    XlsxColumn column;
    column.header = QString::fromUtf8(header);
    column.kind = kind;
    column.decimals = decimals;
    return column;
}

QList<SpreadsheetValue> invoiceRow(int i)
{
    static const QString buyers[] = {QStringLiteral("Công ty TNHH Minh Anh"),
        QStringLiteral("Công ty Cổ phần Đại Việt"), QStringLiteral("Hộ kinh doanh Bình An")};
    const Decimal quantity = Decimal::fromUnits(10000 + (i % 7) * 2500);
    const Decimal price = Decimal::fromInteger(1000 * (1 + i % 900)) + Decimal::fromUnits(5000 * (i % 2));
    return {QStringLiteral("HD%1").arg(i / 3, 6, 10, QLatin1Char('0')), buyers[i % 3],
        QStringLiteral("0%1").arg(100000000 + i % 5000), QStringLiteral("Hàng hóa số %1").arg(i % 250),
        quantity, price, *Decimal::multiply(quantity, price, 0), qint64(i % 2 ? 8 : 10),
        QDate(2026, 1, 1).addDays(i % 365), QDateTime(QDate(2026, 12, 4), QTime(8, 0), Qt::UTC).addSecs(i),
        i % 5 == 0, i % 10 ? QString() : QStringLiteral("Giao trước 17:00")};
}

bool writeSheet(const QString &path, int rows)
{
    using Kind = XlsxColumn::Kind;
    XlsxWorkbookWriter book(path);
    XlsxSheetWriter *sheet = book.addSheet(QStringLiteral("Hóa đơn"),
        {column("Mã hóa đơn", Kind::Text), column("Tên người mua", Kind::Text),
            column("Mã số thuế", Kind::Code), column("Tên hàng", Kind::Text),
            column("Số lượng", Kind::Number, -1), column("Đơn giá", Kind::Number, 2),
            column("Thành tiền", Kind::Number), column("Thuế suất", Kind::Number), column("Ngày", Kind::Date),
            column("Lúc tạo", Kind::DateTime), column("Đã trả", Kind::Boolean),
            column("Ghi chú", Kind::Text)});
    for (int i = 0; sheet && i < rows; ++i)
        sheet->appendRow(invoiceRow(i));
    if (!book.commit())
        std::fprintf(stderr, "write failed: %s\n", qPrintable(book.error().toString()));
    return book.error().isOk();
}

const char *verdict(bool ok)
{
    return ok ? "OK" : "OVER";
}

// Reads `path` and prints the figures; run in a process of its own so that the peak memory is
// the reader's, not what the writer left behind.
int readAndReport(const QString &path, int rows)
{
    const double peakBefore = statusMiB("VmHWM:");
    QElapsedTimer timer;
    timer.start();
    XlsxReader reader;
    std::optional<SpreadsheetTable> table;
    if (reader.open(path))
        table = reader.readSheet(QStringLiteral("Hóa đơn"));
    const qint64 readMs = timer.elapsed();
    if (!table) {
        std::fprintf(stderr, "read failed: %s\n", qPrintable(reader.error().toString()));
        return 1;
    }
    const double grownMiB = statusMiB("VmHWM:") - peakBefore;
    std::printf("read %lld rows: %lld ms  [target < 1000 ms] %s\n", qint64(table->rows.size()), readMs,
        verdict(readMs < 1000));
    std::printf("peak memory of reading: %.1f MiB (process peak %.1f MiB)  [target < 100 MiB] %s\n", grownMiB,
        statusMiB("VmHWM:"), verdict(grownMiB < 100));
    const bool exact = table->rows.size() == rows + 1
        && table->rows[1].cell(5).toDecimal() == std::get<Decimal>(invoiceRow(0)[5])
        && table->rows[1].cell(2).text() == std::get<QString>(invoiceRow(0)[2]);
    std::printf("values read back exactly: %s\n", exact ? "yes" : "NO");
    return exact ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("einvoice.*.debug=false"));
    const QStringList args = app.arguments();
    const int rows = args.value(1).toInt() > 0 ? args.value(1).toInt() : 10'000;
    const qsizetype read = args.indexOf(QStringLiteral("--read"));
    if (read > 0)
        return readAndReport(args.value(read + 1), rows);
    const qsizetype keep = args.indexOf(QStringLiteral("--keep"));
    QTemporaryDir dir;
    const QString path = keep > 0 ? args.value(keep + 1) : dir.filePath(QStringLiteral("bench.xlsx"));

    QElapsedTimer timer;
    timer.start();
    if (!writeSheet(path, rows))
        return 1;
    const qint64 writeMs = timer.elapsed();
    std::printf("write %d rows x 12 columns: %lld ms, %.1f KiB  [target < 2000 ms] %s\n", rows, writeMs,
        QFileInfo(path).size() / 1024.0, verdict(writeMs < 2000));
    std::fflush(stdout);
    QProcess reader;
    reader.setProcessChannelMode(QProcess::ForwardedChannels);
    reader.start(app.applicationFilePath(), {QString::number(rows), QStringLiteral("--read"), path});
    reader.waitForFinished(-1);
    return reader.exitCode();
}
