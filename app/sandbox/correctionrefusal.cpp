#include "correctionrefusal.h"

#include <array>

namespace einvoice {

namespace {

struct RefusalRow
{
    CorrectionRefusal refusal;
    int status;
    const char *code;
    const char16_t *message;
};

// status and code per refusal, all [INF] (sepay-api.md appendix B error table: 404 origin not found
// under the account, 409 origin in use, 422 origin not eligible).
constexpr std::array<RefusalRow, 11> s_refusals {{
    {CorrectionRefusal::OriginNotFound, 404, "ORIGINAL_INVOICE_NOT_FOUND",
        u"Không tìm thấy hóa đơn gốc với mã tham chiếu này."},
    {CorrectionRefusal::OriginOtherAccount, 404, "ORIGINAL_INVOICE_ACCOUNT_MISMATCH",
        u"Hóa đơn gốc không thuộc tài khoản nhà cung cấp này."},
    {CorrectionRefusal::OriginNotIssued, 422, "ORIGINAL_INVOICE_NOT_ISSUED",
        u"Hóa đơn gốc chưa được phát hành hoặc đang được xử lý."},
    {CorrectionRefusal::OriginNotAccepted, 422, "ORIGINAL_INVOICE_NOT_ACCEPTED",
        u"Hóa đơn gốc chưa được cơ quan thuế chấp nhận."},
    {CorrectionRefusal::OriginIsAdjustment, 422, "ORIGINAL_INVOICE_IS_ADJUSTMENT",
        u"Hóa đơn điều chỉnh không thể là hóa đơn gốc; hãy điều chỉnh hoặc thay thế hóa đơn bị điều chỉnh."},
    {CorrectionRefusal::OriginCancelled, 422, "ORIGINAL_INVOICE_CANCELLED", u"Hóa đơn gốc đã bị hủy."},
    {CorrectionRefusal::OriginReplaced, 422, "ORIGINAL_INVOICE_ALREADY_REPLACED",
        u"Hóa đơn gốc đã bị thay thế; mỗi hóa đơn chỉ được thay thế một lần."},
    {CorrectionRefusal::OriginInProgress, 409, "ORIGINAL_INVOICE_IN_PROGRESS",
        u"Hóa đơn gốc đang có yêu cầu thay thế hoặc điều chỉnh chưa xử lý xong."},
    {CorrectionRefusal::DateBeforeOrigin, 422, "INVOICE_DATE_BEFORE_ORIGINAL",
        u"Ngày lập hóa đơn không được trước ngày của hóa đơn gốc."},
    {CorrectionRefusal::InfoWithAmounts, 422, "ADJUSTMENT_LINES_NOT_ALLOWED",
        u"Hóa đơn điều chỉnh thông tin không được thay đổi giá trị tiền."},
    {CorrectionRefusal::SignMismatch, 422, "ADJUSTMENT_SIGN_MISMATCH",
        u"Dấu của giá trị trên dòng hàng không khớp với loại điều chỉnh."},
}};

} // namespace

HttpReply correctionRefusalReply(CorrectionRefusal refusal)
{
    for (const RefusalRow &row : s_refusals) {
        if (row.refusal == refusal)
            return HttpReply::error(
                row.status, QString::fromLatin1(row.code), QString::fromUtf16(row.message));
    }
    return HttpReply::error(
        500, QStringLiteral("INTERNAL_ERROR"), QStringLiteral("Lỗi hệ thống, vui lòng thử lại sau."));
}

} // namespace einvoice
