// Prints the time to upsert and load N cached invoices (default 100,000) in a fresh SQLite file,
// and the resident memory after loading. Usage: bench_store [count] [--full-sync]
#include "store/database.h"
#include "store/invoicecacherepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace einvoice;

namespace {

// VmRSS from /proc/self/status, in MiB; -1 when unavailable.
double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// CPU time of this process (user + system), in ms: meaningful even when the machine is busy.
qint64 cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) {
        return qint64(t.tv_sec) * 1000 + t.tv_usec / 1000;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// Wall and CPU time of one phase.
class Phase
{
public:
    Phase() { m_wall.start(); }
    void print(const char *label)
    {
        std::printf("%-26s %8lld ms wall, %6lld ms CPU\n", label, m_wall.restart(), cpuMs() - m_cpu);
        m_cpu = cpuMs();
    }

private:
    QElapsedTimer m_wall;
    qint64 m_cpu = cpuMs();
};

InvoiceSummary makeSummary(int i)
{
    static const QString buyers[]
        = {QStringLiteral("Công ty TNHH Minh Anh"), QStringLiteral("Công ty Cổ phần Đại Việt"),
            QStringLiteral("Hộ kinh doanh Bình An"), QStringLiteral("Nguyễn Văn Hùng")};
    InvoiceSummary s;
    s.referenceCode = QStringLiteral("REF-%1").arg(i, 7, 10, QLatin1Char('0'));
    s.invoiceNumber = QString::number(i + 1);
    s.issuedDate = QDate(2024, 1, 1).addDays(i % 900);
    s.status = i % 17 == 0 ? InvoiceStatus::Draft : InvoiceStatus::Issued;
    s.source = i % 3 == 0 ? InvoiceSource::Manual : InvoiceSource::Api;
    s.buyer.type = BuyerType::Company;
    s.buyer.name = buyers[i % 4];
    s.buyer.taxCode = QStringLiteral("0%1").arg(100000000 + i % 5000);
    s.totalBeforeTax = Decimal::fromInteger(100000 + i);
    s.taxAmount = Decimal::fromInteger((100000 + i) / 10);
    s.totalAmount = s.totalBeforeTax + s.taxAmount;
    s.pdfUrl = QStringLiteral("https://example.invalid/") + s.referenceCode + QStringLiteral(".pdf");
    return s;
}

bool upsertAll(InvoiceCacheRepository &cache, int count, int pageSize)
{
    QList<InvoiceSummary> page;
    for (int i = 0; i < count; ++i) {
        page.append(makeSummary(i));
        if (page.size() == pageSize || i == count - 1) {
            const StoreResult<UpsertCounts> result = cache.upsertPage(QStringLiteral("demo"), page);
            if (!result.ok()) {
                std::fprintf(stderr, "upsert failed: %s\n", qPrintable(result.error().toString()));
                return false;
            }
            page.clear();
        }
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool fullSync = args.contains(QStringLiteral("--full-sync"));
    int count = 100000;
    for (const QString &arg : args.mid(1)) {
        if (!arg.startsWith(QLatin1String("--")))
            count = arg.toInt();
    }
    QTemporaryDir dir;
    Database db;
    DatabaseOptions options;
    options.fullSync = fullSync; // the list cache can be refetched: NORMAL is enough for it
    if (const StoreStatus status = db.open(dir.filePath(QStringLiteral("bench.sqlite")), options);
        !status.ok()) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(status.error().toString()));
        return 1;
    }
    InvoiceCacheRepository cache(db);
    std::printf("bench_store: %d cached invoices, pages of 100 (the API's largest page), synchronous=%s\n",
        count, fullSync ? "FULL" : "NORMAL");
    Phase phase;
    if (!upsertAll(cache, count, 100))
        return 1;
    phase.print("upsert (new rows):");
    if (!upsertAll(cache, count, 100))
        return 1;
    phase.print("upsert (unchanged rows):");
    const double before = residentMiB();
    const StoreResult<QList<CachedInvoiceRow>> rows = cache.loadRows(QStringLiteral("demo"));
    if (!rows.ok() || rows->size() != count) {
        std::fprintf(stderr, "load failed\n");
        return 1;
    }
    phase.print("load all rows:");
    std::printf(
        "resident memory:          %8.1f MiB after loading (%.1f MiB before)\n", residentMiB(), before);
    return 0;
}
