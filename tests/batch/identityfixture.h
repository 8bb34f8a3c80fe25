#pragma once

// Batch files as rows, written out the ways people save them (separator, quoting, line ends, BOM),
// and a run of such a file through a BatchSession against the sandbox: the identity tests
// (issue 14) send the same invoices after every kind of re-save and count the requests.

#include "../api/sandboxfixture.h"
#include "api/invoicelistjob.h"
#include "batch/batchimporter.h"
#include "batch/batchsession.h"
#include "batchfixture.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>

#include <functional>

namespace einvoice::test {

// How a spreadsheet program writes the rows.
struct CsvStyle
{
    QChar separator = u',';
    bool quoteAll = false;
    QString lineEnd = QStringLiteral("\n");
    bool bom = false;
};

// One invoice line of the file: key, buyer, item, quantity, unit price, tax rate.
struct IdentityRow
{
    QString key;
    QString buyer;
    QString item;
    QString quantity;
    QString price;
    QString rate = QStringLiteral("10");
    QString taxCode = QStringLiteral("0312456782");
    QDate date = QDate(); // the invoice date; today when not set
};

// A branch of the buyers' company per tag ("0312456782-NNN"): another buyer for another file.
inline QString taggedTaxCode(const QString &buyerTag)
{
    if (buyerTag.isEmpty())
        return QStringLiteral("0312456782");
    int branch = 0;
    for (const QChar c : buyerTag)
        branch = (branch * 31 + c.unicode()) % 999;
    return QStringLiteral("0312456782-%1").arg(branch + 1, 3, 10, QLatin1Char('0'));
}

// count invoices HD0..HDn-1 dated today for the sandbox's active account; every second one has
// a second line. No reference code column: the codes come from the file name and the keys.
// buyerTag makes the buyers (name and tax code, so the invoices) differ from another file's.
inline QList<IdentityRow> identityRows(int count, const QString &buyerTag = QString())
{
    QList<IdentityRow> rows;
    for (int i = 0; i < count; ++i) {
        const QString key = QStringLiteral("HD%1").arg(i);
        rows.append({key, QStringLiteral("Công ty Mẫu %1%2").arg(buyerTag).arg(i), QStringLiteral("Bàn phím"),
            QString::number(i + 1), QStringLiteral("150000"), QStringLiteral("10"), taggedTaxCode(buyerTag)});
        if (i % 2 == 1)
            rows.append({key, QString(), QStringLiteral("Phí lắp đặt"), QStringLiteral("1"),
                QStringLiteral("50000"), QStringLiteral("8")});
    }
    return rows;
}

inline QByteArray identityCsv(const QList<IdentityRow> &rows, const CsvStyle &style = CsvStyle())
{
    const QDate today = QDate::currentDate();
    const auto cell = [&style](const QString &text) -> QString {
        const bool quote = style.quoteAll || text.contains(style.separator) || text.contains(u'"');
        return quote ? u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"'
                     : text;
    };
    const auto line = [&](const QStringList &fields) -> QString {
        QStringList cells;
        for (const QString &field : fields)
            cells.append(cell(field));
        return cells.join(style.separator) + style.lineEnd;
    };
    QString text = line({QStringLiteral("Mã nhóm hóa đơn"), QStringLiteral("Ngày hóa đơn"),
        QStringLiteral("Ký hiệu"), QStringLiteral("Tài khoản nhà cung cấp"), QStringLiteral("Tên người mua"),
        QStringLiteral("Mã số thuế"), QStringLiteral("Địa chỉ"), QStringLiteral("Tên hàng hóa, dịch vụ"),
        QStringLiteral("Đơn vị tính"), QStringLiteral("Số lượng"), QStringLiteral("Đơn giá"),
        QStringLiteral("Thuế suất")});
    for (const IdentityRow &row : rows) {
        const bool head = !row.buyer.isEmpty();
        const QDate date = row.date.isValid() ? row.date : today;
        text += line({row.key, head ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString(),
            head ? QStringLiteral("C") + date.toString(QStringLiteral("yy")) + QStringLiteral("TAA")
                 : QString(),
            head ? SandboxSeeder::ActiveAccountId : QString(), row.buyer, head ? row.taxCode : QString(),
            head ? QStringLiteral("1 Lê Lợi, TP.HCM") : QString(), row.item, QStringLiteral("cái"),
            row.quantity, row.price, row.rate});
    }
    return (style.bom ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8();
}

// Decides the conflicts of a plan; true sends the rest.
using Decide = std::function<bool(BatchPlan &plan)>;

inline bool skipAll(BatchPlan &plan)
{
    for (const int index : plan.conflicts())
        plan.skip(index);
    return true;
}

inline bool issueAllAsNew(BatchPlan &plan)
{
    for (const int index : plan.conflicts())
        plan.issueAsNew(index);
    return true;
}

// What one run of a file did.
struct RunResult
{
    BatchOutcome outcome;
    QList<BatchItemResult> results;
    QList<PlannedInvoice> planned;
    int conflicts = 0;
    bool sent = false; // the decision let it run
};

// Runs the file through a BatchSession (plan, decide, run) and waits for its end.
inline RunResult runBatch(SepayClient &client, BatchStoreFixture &store, const BatchImport &batch,
    const QString &fileName, bool draft, const Decide &decide = skipAll)
{
    RunResult result;
    if (batch.errorCount() != 0) {
        qWarning() << "the file has errors:" << batch.invoices.value(0).problems.value(0).message;
        return result;
    }
    BatchSession session(&client, store.stores());
    QSignalSpy planned(&session, &BatchSession::planned);
    QSignalSpy finished(&session, &BatchSession::finished);
    if (!session.plan(BatchSource::named(fileName), batch.invoices, draft) || !planned.wait(20000)) {
        qWarning() << "no plan:" << session.planError();
        return result;
    }
    BatchPlan &plan = session.currentPlan();
    result.conflicts = int(plan.conflicts().size());
    result.planned = plan.items;
    if (!session.planError().isEmpty() || !decide(plan)) {
        session.abandon();
        return result;
    }
    result.sent = true;
    session.start(BatchStoreFixture::fastOptions());
    if (finished.isEmpty() && !finished.wait(60000))
        qWarning() << "the run did not end";
    result.outcome = session.runner()->outcome();
    result.results = session.runner()->results();
    return result;
}

inline RunResult runBatch(SepayClient &client, BatchStoreFixture &store, const QByteArray &bytes,
    const QString &fileName, bool draft, const Decide &decide = skipAll)
{
    return runBatch(client, store, BatchImporter::import(bytes), fileName, draft, decide);
}

// Every invoice on the server (every page of the list), its statuses per reference code.
inline QHash<QString, QList<InvoiceStatus>> serverInvoiceStatuses(SepayClient &client)
{
    QHash<QString, QList<InvoiceStatus>> found;
    for (int page = 1;; ++page) {
        bool more = false;
        bool ok = false;
        auto *job = client.listInvoices(InvoiceListQuery {page, 100, InvoiceSource::Unknown});
        const bool finished = finish(job, [&] {
            ok = job->succeeded();
            for (const InvoiceSummary &invoice : job->invoices())
                found[invoice.referenceCode].append(invoice.status);
            more = job->paging().hasMore;
        });
        if (!finished || !ok)
            qWarning() << "list failed on page" << page;
        if (!finished || !ok || !more)
            break;
    }
    return found;
}

// How many invoices the server holds per reference code.
inline QHash<QString, int> serverInvoiceCounts(SepayClient &client)
{
    QHash<QString, int> counts;
    const QHash<QString, QList<InvoiceStatus>> statuses = serverInvoiceStatuses(client);
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        counts.insert(it.key(), int(it.value().size()));
    return counts;
}

// A sandbox whose create and issue jobs stay Pending for pendingPolls checks and pendingMs.
#ifdef XLSX_TOOL
// Runs xlsx_tool.py (openpyxl, an independent producer) with the arguments; false when it failed.
inline bool xlsxTool(const QStringList &arguments)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), QStringList {QStringLiteral(XLSX_TOOL)} + arguments);
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning() << "xlsx_tool.py failed:" << python.readAllStandardError();
        return false;
    }
    return true;
}
#endif

// Opened in LibreOffice and saved again as .xlsx, in place (soffice, an independent producer);
// `home` gives it a profile of its own.
inline bool libreOfficeResave(const QString &book, const QString &home)
{
    const QString out = home + QStringLiteral("/resaved");
    QDir().mkpath(out);
    QProcess soffice;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    soffice.setProcessEnvironment(env);
    soffice.start(QStringLiteral("soffice"),
        {QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("xlsx"),
            QStringLiteral("--outdir"), out, book});
    if (!soffice.waitForFinished(120000) || soffice.exitCode() != 0)
        return false;
    const QString resaved = out + u'/' + QFileInfo(book).fileName();
    return QFile::remove(book) && QFile::rename(resaved, book);
}

inline SandboxConfig jobsEnding(int pendingPolls, int pendingMs)
{
    SandboxConfig config;
    config.jobPendingPolls = pendingPolls;
    config.jobPendingMs = pendingMs;
    return config;
}

} // namespace einvoice::test
