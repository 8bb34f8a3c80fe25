// Prints the time of the month-end reports over N invoices (default 100,000, three lines each,
// one in ten mixing rates with its XML per-rate totals) spread over 2026, and the resident memory.
// Targets (issue 19): sales by rate for a quarter < 300 ms, the listing of a month < 1 s.
// Usage: bench_reports [count [database file to keep]]
#include "reports/salesreportquery.h"
#include "store/localstore.h"
#include "store/sqlvalues.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace einvoice;

namespace {

const QString Env = QStringLiteral("demo");

double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

qint64 units(qint64 value)
{
    return value * Decimal::One;
}

bool exec(Statement &statement)
{
    if (auto s = statement.exec(); !s) {
        std::fprintf(stderr, "insert failed: %s\n", qPrintable(s.error().toString()));
        return false;
    }
    return true;
}

// Rows straight into the tables the detail fill writes (same columns, same units).
bool fill(LocalStore &store, int count)
{
    Transaction transaction(store.database(), QStringLiteral("bench fill"));
    Statement cache(store.database(), QStringLiteral("bench cache"));
    Statement detail(store.database(), QStringLiteral("bench detail"));
    Statement line(store.database(), QStringLiteral("bench line"));
    Statement xml(store.database(), QStringLiteral("bench xml"));
    if (!cache.prepare(
            QStringLiteral("INSERT INTO invoice_cache (environment, reference_code, invoice_number,"
                           " invoice_series, issued_day, status, buyer_name, buyer_tax_code,"
                           " total_before_tax, tax_amount, total_amount, document_type, updated_at)"
                           " VALUES (:env, :ref, :number, 'C26TAA', :day, :status, :buyer, :tax, :tb,"
                           " :tv, :tt, 2, 0)"))
        || !detail.prepare(
            QStringLiteral("INSERT INTO invoice_details (environment, reference_code, summary_key,"
                           " fetched_at, final) VALUES (:env, :ref, 'k', 0, 1)"))
        || !line.prepare(QStringLiteral("INSERT INTO invoice_lines VALUES (:env, :ref, :n, 1, :code, :name,"
                                        " 'cái', :q, :p, :amount, :rate, :vat)"))
        || !xml.prepare(
            QStringLiteral("INSERT INTO invoice_rate_totals VALUES (:env, :ref, :rate, :amount, :vat)")))
        return false;
    const QDate first(2026, 1, 1);
    const int rates[] = {10, 8, 5, 0, -2, -1};
    for (int i = 0; i < count; ++i) {
        const QString ref = QStringLiteral("INV-%1").arg(i, 6, 10, QLatin1Char('0'));
        const bool mixed = i % 10 == 0;
        const int rate = rates[i % 6];
        const int second = mixed ? (rate == 10 ? 5 : 10) : rate;
        qint64 before = 0, vat = 0;
        for (int n = 1; n <= 3; ++n) {
            const int lineRate = n == 3 ? second : rate;
            const qint64 amount = 100000 * (1 + (i + n) % 7);
            const qint64 lineVat = lineRate > 0 ? amount * lineRate / 100 : 0;
            before += amount;
            vat += lineVat;
            line.bind(QStringLiteral(":env"), Env)
                .bind(QStringLiteral(":ref"), ref)
                .bind(QStringLiteral(":n"), n);
            line.bind(QStringLiteral(":code"), QStringLiteral("SP%1").arg((i + n) % 500));
            line.bind(QStringLiteral(":name"), QStringLiteral("Hàng hóa %1").arg((i + n) % 500));
            line.bind(QStringLiteral(":q"), units(1)).bind(QStringLiteral(":p"), units(amount));
            line.bind(QStringLiteral(":amount"), units(amount))
                .bind(QStringLiteral(":rate"), units(lineRate));
            line.bind(QStringLiteral(":vat"), units(lineVat));
            if (!exec(line))
                return false;
            if (mixed) {
                xml.bind(QStringLiteral(":env"), Env).bind(QStringLiteral(":ref"), ref);
                xml.bind(QStringLiteral(":rate"), units(lineRate) + n); // distinct keys per line
                xml.bind(QStringLiteral(":amount"), units(amount))
                    .bind(QStringLiteral(":vat"), units(lineVat));
                if (!exec(xml))
                    return false;
            }
        }
        cache.bind(QStringLiteral(":env"), Env).bind(QStringLiteral(":ref"), ref);
        cache.bind(QStringLiteral(":number"), QString::number(i + 1));
        cache.bind(QStringLiteral(":day"), sqlvalues::day(first.addDays(i * 365LL / count)));
        cache.bind(
            QStringLiteral(":status"), i % 50 == 0 ? QStringLiteral("draft") : QStringLiteral("issued"));
        cache.bind(QStringLiteral(":buyer"), QStringLiteral("Công ty %1").arg(i % 2000));
        cache.bind(QStringLiteral(":tax"), QStringLiteral("01%1").arg(i % 2000, 8, 10, QLatin1Char('0')));
        cache.bind(QStringLiteral(":tb"), units(before)).bind(QStringLiteral(":tv"), units(vat));
        cache.bind(QStringLiteral(":tt"), units(before + vat));
        detail.bind(QStringLiteral(":env"), Env).bind(QStringLiteral(":ref"), ref);
        if (!exec(cache) || !exec(detail))
            return false;
    }
    return transaction.commit().ok();
}

// Runs `work` three times and returns the best wall time in ms (the first run warms the cache).
template<typename Work> qint64 best(Work work)
{
    qint64 fastest = -1;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        const qint64 ms = timer.elapsed();
        fastest = fastest < 0 ? ms : qMin(fastest, ms);
    }
    return fastest;
}

void verdict(const char *label, qint64 ms, qint64 target, const QString &detail)
{
    std::printf("%-34s %6lld ms (target < %lld ms) %s  %s\n", label, ms, target, ms < target ? "OK" : "OVER",
        qPrintable(detail));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    LocalStore store;
    const QString path
        = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("bench.sqlite"));
    if (auto s = store.open(path); !s) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(s.error().toString()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!fill(store, count))
        return 1;
    std::printf(
        "bench_reports: %d invoices, %d lines, filled in %lld ms\n", count, count * 3, timer.elapsed());
    const SalesReportQuery query(store.database(), Env);
    const ReportPeriod quarter = ReportPeriod::quarter(2026, 4);
    const ReportPeriod month = ReportPeriod::month(2026, 11);
    int rows = 0, invoices = 0;
    const qint64 rateMs = best([&] {
        const auto report = query.byRate(quarter);
        invoices = report.ok() && !report->isEmpty() ? report->first().invoices : -1;
    });
    verdict("sales by rate, a quarter", rateMs, 300, QStringLiteral("%1 invoices").arg(invoices));
    const qint64 listingMs = best([&] {
        const auto listing = query.listing(month);
        rows = listing.ok() ? int(listing->size()) : -1;
    });
    verdict("listing by rate, a month", listingMs, 1000, QStringLiteral("%1 rows").arg(rows));
    const qint64 completenessMs = best([&] { (void)query.completeness(quarter); });
    verdict("completeness, a quarter", completenessMs, 300, QString());
    const qint64 monthsMs
        = best([&] { (void)query.byMonth(ReportPeriod::twelveMonthsTo(QDate(2026, 12, 31))); });
    verdict("month by month, 12 months", monthsMs, 1000, QString());
    std::printf("resident memory:                   %6.1f MiB after the reports\n", residentMiB());
    return 0;
}
