#include "invoicequeryendpoints.h"

#include "accountendpoints.h"
#include "accountstore.h"
#include "invoicejsonwriter.h"
#include "invoicerows.h"
#include "invoicestore.h"
#include "jobprocessor.h"
#include "render/invoicepdfrenderer.h"
#include "render/invoicexmlrenderer.h"

#include <QJsonArray>

namespace einvoice {

namespace {

HttpReply internalError()
{
    return HttpReply::error(
        500, QStringLiteral("INTERNAL_ERROR"), QStringLiteral("Lỗi hệ thống, vui lòng thử lại sau."));
}

} // namespace

std::optional<StoredInvoice> InvoiceQueryEndpoints::visibleInvoice(const QString &code, bool anyCode)
{
    InvoiceStore store(m_context.db);
    std::optional<StoredInvoice> row = anyCode ? store.findByAnyCode(code) : store.find(code);
    if (row && row->status == QLatin1String("creating")) {
        // The real server works its jobs whether or not anyone polls them: a look-up counts as a
        // poll of the create job, so a job whose client died unpolled still settles.
        const std::optional<StoredJob> job = store.findJob(row->createTracking);
        if (!job || JobProcessor(m_context).poll(*job).state == QLatin1String("Pending"))
            return std::nullopt;
        row = store.find(row->referenceCode);
        if (row && row->status == QLatin1String("creating"))
            return std::nullopt;
    }
    return row;
}

HttpReply InvoiceQueryEndpoints::list(const SandboxRequest &request)
{
    if (!m_context.isAuthorized(request))
        return HttpReply::unauthorized();
    const QString source = request.query.queryItemValue(QStringLiteral("source"));
    if (!source.isEmpty() && source != QLatin1String("api") && source != QLatin1String("manual"))
        return HttpReply::badRequest(QStringLiteral("source"), QStringLiteral("chỉ nhận manual, api"));
    int page = 1;
    int perPage = 10;
    AccountEndpoints::readPaging(request, 10, &page, &perPage);
    InvoiceStore store(m_context.db);
    const int total = store.visibleCount(source);
    QJsonArray items;
    for (const StoredInvoice &row : store.page(source, (page - 1) * perPage, perPage))
        items.append(InvoiceJsonWriter::summary(row, m_context.baseUrl));
    return HttpReply::dataOnly(QJsonObject {
        {QStringLiteral("paging"), AccountEndpoints::pagingJson(page, perPage, total)},
        {QStringLiteral("items"), items},
    });
}

HttpReply InvoiceQueryEndpoints::detail(const SandboxRequest &request)
{
    if (!m_context.isAuthorized(request))
        return HttpReply::unauthorized();
    const std::optional<StoredInvoice> row = visibleInvoice(request.arguments.value(0), false);
    if (!row)
        return HttpReply::notFound(QStringLiteral("Không tìm thấy hóa đơn với mã tham chiếu này."));
    const std::optional<Invoice> invoice = InvoiceRows::invoiceOf(*row);
    if (!invoice)
        return internalError();
    return HttpReply::success(InvoiceJsonWriter::detail(*row, *invoice, m_context.baseUrl));
}

std::optional<InvoiceDocument> InvoiceQueryEndpoints::documentOf(const StoredInvoice &row)
{
    const std::optional<Invoice> invoice = InvoiceRows::invoiceOf(row);
    if (!invoice)
        return std::nullopt;
    InvoiceDocument document;
    document.invoice = *invoice;
    if (const std::optional<StoredAccount> account = AccountStore(m_context.db).find(row.accountId)) {
        document.seller = account->seller;
        for (qsizetype i = 0; i < account->account.templates.size(); ++i) {
            if (account->account.templates.at(i).templateCode == row.templateCode)
                document.templateName = account->templateNames.value(i);
        }
    }
    const bool issued = row.status == QLatin1String("issued");
    document.invoiceNumber = issued ? QString::number(row.invoiceNumber) : QString();
    document.taxAuthorityCode = issued ? row.taxAuthorityCode : QString();
    document.mark = issued ? InvoiceDocument::Mark::None : InvoiceDocument::Mark::Draft;
    return document;
}

QByteArray InvoiceQueryEndpoints::render(const StoredInvoice &row, bool pdf)
{
    const std::optional<InvoiceDocument> document = documentOf(row);
    if (!document)
        return QByteArray();
    return pdf ? InvoicePdfRenderer::render(*document) : InvoiceXmlRenderer::render(*document);
}

HttpReply InvoiceQueryEndpoints::download(const SandboxRequest &request)
{
    if (!m_context.isAuthorized(request))
        return HttpReply::unauthorized();
    const QString type = request.query.queryItemValue(QStringLiteral("type"));
    if (type != QLatin1String("pdf") && type != QLatin1String("xml"))
        return HttpReply::badRequest(QStringLiteral("type"), QStringLiteral("chỉ nhận pdf, xml"));
    const std::optional<StoredInvoice> row = visibleInvoice(request.arguments.value(0), true);
    if (!row)
        return HttpReply::notFound(QStringLiteral("Không tìm thấy hóa đơn với mã này."));
    if (row->status != QLatin1String("issued") && !m_context.config.allowDraftDownload) {
        return HttpReply::error(400, QStringLiteral("BAD_REQUEST"),
            QStringLiteral("Hóa đơn chưa được phát hành, chưa thể tải tệp."));
    }
    const SandboxFaults &faults = m_context.faults.faults();
    const QByteArray content = faults.downloadContent.isEmpty() ? render(*row, type == QLatin1String("pdf"))
                                                                : faults.downloadContent.toUtf8();
    if (content.isEmpty())
        return internalError();
    const QString fileName = !faults.downloadFileName.isEmpty()
        ? faults.downloadFileName
        : QStringLiteral("HD_%1_%2.%3")
              .arg(row->status == QLatin1String("issued") ? row->invoiceNumber : 0, 7, 10, QLatin1Char('0'))
              .arg(row->issuedDate.left(10).remove(QLatin1Char('-')), type);
    return HttpReply::success(QJsonObject {
        {QStringLiteral("file_type"), type},
        {QStringLiteral("file_name"), fileName},
        {QStringLiteral("content"), QString::fromLatin1(content.toBase64())},
    });
}

HttpReply InvoiceQueryEndpoints::portalFile(const SandboxRequest &request)
{
    QString name = request.arguments.value(0);
    const bool pdf = name.endsWith(QLatin1String(".pdf"));
    if (!pdf && !name.endsWith(QLatin1String(".xml")))
        return HttpReply::notFound();
    name.chop(4);
    const std::optional<StoredInvoice> row = visibleInvoice(name, false);
    if (!row)
        return HttpReply::notFound();
    HttpReply reply;
    reply.body = render(*row, pdf);
    reply.contentType = pdf ? QByteArray("application/pdf") : QByteArray("application/xml; charset=utf-8");
    return reply.body.isEmpty() ? internalError() : reply;
}

} // namespace einvoice
