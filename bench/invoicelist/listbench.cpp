#include "listbench.h"

#include "../common/residentmemory.h"
#include "invoices/invoicelistmodel.h"
#include "store/database.h"
#include "store/invoicecacherepository.h"
#include "store/invoicesearchindex.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>

namespace einvoice::listbench {

namespace {

const char *const familyNames[]
    = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"};
const char *const givenNames[] = {"Văn An", "Thị Bích Ngọc", "Hoàng Đức", "Minh Khôi", "Thu Hà", "Quốc Bảo",
    "Thanh Tâm", "Gia Huy", "Ngọc Ánh", "Đức Thịnh"};
const char *const companies[] = {"Công ty TNHH Thương mại Minh Phát", "Công ty Cổ phần Xây dựng Hòa Bình",
    "Công ty TNHH Thực phẩm Sạch Đà Lạt", "Hợp tác xã Nông nghiệp Phú Lộc",
    "Công ty Cổ phần Công nghệ Sao Việt", "Công ty TNHH Vận tải Biển Đông", "Công ty TNHH In ấn Đại Dương"};

InvoiceSummary syntheticInvoice(int index, QRandomGenerator &random)
{
    InvoiceSummary invoice;
    invoice.referenceCode = QStringLiteral("BENCH-%1").arg(index, 7, 10, QLatin1Char('0'));
    invoice.issuedDate = QDate(2026, 5, 15).addDays(-random.bounded(730));
    invoice.status = random.bounded(10) < 8 ? InvoiceStatus::Issued : InvoiceStatus::Draft;
    invoice.invoiceNumber
        = invoice.status == InvoiceStatus::Issued ? QString::number(index + 1) : QStringLiteral("0");
    invoice.source = random.bounded(2) ? InvoiceSource::Api : InvoiceSource::Manual;
    if (random.bounded(3) == 0) {
        invoice.buyer.name = QString::fromUtf8(companies[random.bounded(int(std::size(companies)))])
            + QStringLiteral(" chi nhánh %1").arg(random.bounded(60));
        invoice.buyer.taxCode
            = QStringLiteral("03%1").arg(random.bounded(100000000), 8, 10, QLatin1Char('0'));
    } else {
        invoice.buyer.name = QString::fromUtf8(familyNames[random.bounded(int(std::size(familyNames)))])
            + QLatin1Char(' ') + QString::fromUtf8(givenNames[random.bounded(int(std::size(givenNames)))]);
    }
    invoice.pdfUrl = QStringLiteral("https://provider.example/DownloadPDF.aspx?key=") + invoice.referenceCode;
    const qint64 amount = 10000 * (1 + random.bounded(5000));
    invoice.totalBeforeTax = Decimal::fromInteger(amount);
    invoice.taxAmount = Decimal::fromInteger(amount / 10);
    invoice.totalAmount = Decimal::fromInteger(amount + amount / 10);
    return invoice;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

DatabaseOptions fastOptions()
{
    DatabaseOptions options;
    options.fullSync = false;
    return options;
}

} // namespace

QStringList typedSearches()
{
    return {QStringLiteral("n"), QStringLiteral("ng"), QStringLiteral("ngu"), QStringLiteral("nguy"),
        QStringLiteral("nguye"), QStringLiteral("nguyen"), QStringLiteral("nguyen "),
        QStringLiteral("nguyen d"), QStringLiteral("nguyen du"), QStringLiteral("nguyen duc"),
        QStringLiteral("nguyen du"), QStringLiteral("nguyen d"), QStringLiteral("nguyen "),
        QStringLiteral("nguyen"), QString(), QStringLiteral("0"), QStringLiteral("03"), QStringLiteral("031"),
        QStringLiteral("0312"), QString(), QStringLiteral("c"), QStringLiteral("co"), QStringLiteral("con"),
        QStringLiteral("cong"), QStringLiteral("cong ty"), QStringLiteral("cong ty minh"), QString(),
        QStringLiteral("B"), QStringLiteral("BE"), QStringLiteral("BENCH-00123"), QString(),
        QStringLiteral("Đ"), QStringLiteral("Đứ"), QStringLiteral("Đức"), QString(), QStringLiteral("q"),
        QStringLiteral("qz"), QString()};
}

double residentMb()
{
    return bench::residentMb();
}

qint64 seedCache(const QString &databaseFile, const QString &environment, int count)
{
    QElapsedTimer timer;
    timer.start();
    Database database;
    if (!database.open(databaseFile, fastOptions()))
        return -1;
    InvoiceCacheRepository cache(database);
    QRandomGenerator random(7);
    Transaction transaction(database, QStringLiteral("bench.seed")); // pages nest as savepoints
    constexpr int chunk = 2000;
    for (int first = 0; first < count; first += chunk) {
        QList<InvoiceSummary> page;
        for (int i = first; i < qMin(count, first + chunk); ++i)
            page.append(syntheticInvoice(i, random));
        if (!cache.upsertPage(environment, page))
            return -1;
    }
    if (!transaction.commit())
        return -1;
    // Indexed for the search, as the sync writer does after a sync.
    for (StoreResult<int> left = 1; left && left.value() > 0;) {
        if (left = InvoiceSearchIndex::indexPending(database, 100000); !left)
            return -1;
    }
    return timer.elapsed();
}

namespace {

// What a view of 40 rows asks after a change: the count and the first screen's cells.
void readScreen(const InvoiceListModel &model)
{
    for (int row = 0; row < qMin(40, model.rowCount()); ++row) {
        for (int column = 0; column < InvoiceListModel::ColumnCount; ++column) {
            volatile bool shown = model.index(row, column).data().isValid();
            Q_UNUSED(shown)
        }
    }
}

} // namespace

OpenFigures openAndSearch(const QString &databaseFile, const QString &environment)
{
    OpenFigures figures;
    Database database;
    if (!database.open(databaseFile, fastOptions()))
        return figures;
    InvoiceCacheRepository cache(database);
    InvoiceListModel model(&cache);
    QElapsedTimer timer;
    timer.start();
    model.sort(InvoiceListModel::IssuedDate, Qt::DescendingOrder);
    model.setEnvironment(environment);
    figures.loadMs = timer.restart();
    readScreen(model);
    figures.modelMs = timer.elapsed();
    figures.rows = model.rowCount();
    figures.rssMb = residentMb();

    QList<double> times;
    InvoiceFilter filter;
    for (const QString &text : typedSearches()) {
        QElapsedTimer keystroke;
        keystroke.start();
        filter.search = text;
        model.setFilter(filter);
        readScreen(model);
        times.append(keystroke.nsecsElapsed() / 1e6);
    }
    figures.keystrokes = int(times.size());
    figures.medianKeystrokeMs = median(times);
    figures.worstKeystrokeMs = *std::max_element(times.cbegin(), times.cend());
    return figures;
}

} // namespace einvoice::listbench
