<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>EnvironmentText</name>
    <message>
        <source>DEMO</source>
        <translation>DÙNG THỬ</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>THỬ NGHIỆM</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>SẢN XUẤT</translation>
    </message>
    <message>
        <source>CUSTOM SERVER</source>
        <translation>MÁY CHỦ RIÊNG</translation>
    </message>
    <message>
        <source>Demo (built-in server, sample data)</source>
        <translation>Dùng thử (máy chủ tích hợp, dữ liệu mẫu)</translation>
    </message>
    <message>
        <source>SePay Sandbox (testing)</source>
        <translation>SePay Sandbox (thử nghiệm)</translation>
    </message>
    <message>
        <source>SePay Production (real invoices)</source>
        <translation>SePay Sản xuất (hóa đơn thật)</translation>
    </message>
    <message>
        <source>Custom server address</source>
        <translation>Địa chỉ máy chủ tùy chỉnh</translation>
    </message>
    <message>
        <source>A server built into the app with sample data. Nothing is sent to SePay or to the tax authority.</source>
        <translation>Máy chủ tích hợp sẵn trong ứng dụng, có dữ liệu mẫu. Không có gì được gửi tới SePay hay cơ quan thuế.</translation>
    </message>
    <message>
        <source>SePay&apos;s test server. Invoices are not sent to the tax authority.</source>
        <translation>Máy chủ thử nghiệm của SePay. Hóa đơn không được gửi tới cơ quan thuế.</translation>
    </message>
    <message>
        <source>Invoices issued here are legal documents sent to the tax authority and use your quota.</source>
        <translation>Hóa đơn phát hành tại đây là chứng từ có giá trị pháp lý, được gửi tới cơ quan thuế và trừ vào hạn ngạch của bạn.</translation>
    </message>
    <message>
        <source>A SePay-compatible server at the address below, for example a local sandbox.</source>
        <translation>Một máy chủ tương thích SePay tại địa chỉ bên dưới, ví dụ máy chủ thử nghiệm chạy trên máy này.</translation>
    </message>
    <message>
        <source>SePay eInvoice</source>
        <translation>Hóa đơn điện tử SePay</translation>
    </message>
    <message>
        <source>Switch to Production?</source>
        <translation>Chuyển sang môi trường Sản xuất?</translation>
    </message>
    <message>
        <source>You are switching to SePay Production. Invoices you issue there are legal documents: they are sent to the tax authority and use your paid quota.

Switch to Production?</source>
        <translation>Bạn đang chuyển sang môi trường Sản xuất của SePay. Hóa đơn phát hành tại đó là chứng từ có giá trị pháp lý: chúng được gửi tới cơ quan thuế và trừ vào hạn ngạch đã mua của bạn.

Chuyển sang Sản xuất?</translation>
    </message>
    <message>
        <source>Switch to Production</source>
        <translation>Chuyển sang Sản xuất</translation>
    </message>
    <message>
        <source>⚠ %1 — invoices are legal documents</source>
        <translation>⚠ %1 — hóa đơn là chứng từ pháp lý</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The local database could not be opened.</source>
        <translation>Không mở được cơ sở dữ liệu cục bộ.</translation>
    </message>
    <message>
        <source>The local database could not be updated to this version.</source>
        <translation>Không cập nhật được cơ sở dữ liệu cục bộ lên phiên bản này.</translation>
    </message>
    <message>
        <source>The local record no longer exists.</source>
        <translation>Bản ghi cục bộ không còn tồn tại.</translation>
    </message>
    <message>
        <source>This step is not allowed in the current state of the job.</source>
        <translation>Không thể thực hiện bước này ở trạng thái hiện tại của tác vụ.</translation>
    </message>
    <message>
        <source>This invoice is already being sent.</source>
        <translation>Hóa đơn này đang được gửi.</translation>
    </message>
    <message>
        <source>A local record could not be read.</source>
        <translation>Không đọc được một bản ghi cục bộ.</translation>
    </message>
    <message>
        <source>Saving to the local database failed.</source>
        <translation>Lưu vào cơ sở dữ liệu cục bộ thất bại.</translation>
    </message>
</context>
<context>
    <name>einvoice::AboutDialog</name>
    <message>
        <source>About SePay eInvoice</source>
        <translation>Giới thiệu Hóa đơn điện tử SePay</translation>
    </message>
    <message>
        <source>&lt;h2&gt;SePay eInvoice&lt;/h2&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Create, issue, track and download Vietnamese e-invoices through the SePay eInvoice API.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Hóa đơn điện tử SePay&lt;/h2&gt;&lt;p&gt;Phiên bản %1&lt;/p&gt;&lt;p&gt;Lập, phát hành, theo dõi và tải về hóa đơn điện tử Việt Nam qua SePay eInvoice API.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Licences&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 — GNU Lesser General Public License v3 (&lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;qt.io&lt;/a&gt;)&lt;/li&gt;&lt;li&gt;QtKeychain — BSD 3-Clause License (&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;github.com/frankosterfeld/qtkeychain&lt;/a&gt;)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Giấy phép&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 — Giấy phép Công cộng Hạn chế GNU (LGPL) phiên bản 3 (&lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;qt.io&lt;/a&gt;)&lt;/li&gt;&lt;li&gt;QtKeychain — Giấy phép BSD 3 điều khoản (&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;github.com/frankosterfeld/qtkeychain&lt;/a&gt;)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Sao chép thông tin &amp;chẩn đoán</translation>
    </message>
    <message>
        <source>Copies version, environment, data and log locations and the last log lines (never credentials) for a support request.</source>
        <translation>Sao chép phiên bản, môi trường, vị trí dữ liệu và nhật ký cùng các dòng nhật ký gần nhất (không bao giờ kèm thông tin xác thực) để gửi yêu cầu hỗ trợ.</translation>
    </message>
    <message>
        <source>Diagnostics copied</source>
        <translation>Đã sao chép thông tin chẩn đoán</translation>
    </message>
</context>
<context>
    <name>einvoice::ApiAccountsSource</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Chưa kết nối tới máy chủ.</translation>
    </message>
</context>
<context>
    <name>einvoice::ApiConnectionTester</name>
    <message>
        <source>The demo server is not running.</source>
        <translation>Máy chủ dùng thử chưa chạy.</translation>
    </message>
</context>
<context>
    <name>einvoice::ApiError</name>
    <message>
        <source>Network error: %1</source>
        <translation>Lỗi mạng: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Máy chủ không trả lời kịp thời.</translation>
    </message>
    <message>
        <source>Timed out: %1</source>
        <translation>Hết thời gian chờ: %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1 %2: %3</source>
        <translation>HTTP %1 %2: %3</translation>
    </message>
    <message>
        <source>Unreadable answer from the server (field %1): %2</source>
        <translation>Máy chủ trả về dữ liệu không đọc được (trường %1): %2</translation>
    </message>
    <message>
        <source>The invoice is not valid:
%1</source>
        <translation>Hóa đơn không hợp lệ:
%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>Too many requests are waiting; try again later.</source>
        <translation>Có quá nhiều yêu cầu đang chờ; hãy thử lại sau.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be trusted: %1. Nothing was sent and it is not tried again: check the server address, this computer&apos;s date and time, or a proxy that intercepts HTTPS.</source>
        <translation>Không thể tin cậy chứng chỉ của máy chủ: %1. Chưa có gì được gửi và sẽ không thử lại: hãy kiểm tra địa chỉ máy chủ, ngày giờ của máy tính này, hoặc proxy đang chặn HTTPS.</translation>
    </message>
    <message>
        <source>The server refused the request as incomplete or malformed.</source>
        <translation>Máy chủ từ chối yêu cầu vì thiếu thông tin hoặc sai định dạng.</translation>
    </message>
    <message>
        <source>The client ID or secret is not accepted, or the session expired.</source>
        <translation>Client ID hoặc khóa bí mật không được chấp nhận, hoặc phiên làm việc đã hết hạn.</translation>
    </message>
    <message>
        <source>The e-invoice quota is used up: upgrade the package or contact SePay.</source>
        <translation>Đã dùng hết hạn mức hóa đơn điện tử: hãy nâng cấp gói dịch vụ hoặc liên hệ SePay.</translation>
    </message>
    <message>
        <source>An invoice with this reference code already exists.</source>
        <translation>Đã có hóa đơn với mã tham chiếu này.</translation>
    </message>
    <message>
        <source>The e-invoice registration is missing or not yet approved by the tax authority.</source>
        <translation>Chưa đăng ký sử dụng hóa đơn điện tử hoặc đăng ký chưa được cơ quan thuế chấp thuận.</translation>
    </message>
    <message>
        <source>The invoice date is before the tax authority approved the provider account.</source>
        <translation>Ngày hóa đơn trước ngày cơ quan thuế chấp thuận tài khoản nhà cung cấp.</translation>
    </message>
    <message>
        <source>The server does not know this invoice or address.</source>
        <translation>Máy chủ không tìm thấy hóa đơn hoặc địa chỉ này.</translation>
    </message>
    <message>
        <source>%1 (server: %2)</source>
        <translation>%1 (máy chủ: %2)</translation>
    </message>
    <message numerus="yes">
        <source>(the server is busy and asks to wait %n minute(s); try again later)</source>
        <translation>
            <numerusform>(máy chủ đang bận và đề nghị chờ %n phút; hãy thử lại sau)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the server is busy and asks to wait %n s)</source>
        <translation>
            <numerusform>(máy chủ đang bận và đề nghị chờ %n giây)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>einvoice::ApiJob</name>
    <message>
        <source>The server answered with status %1.</source>
        <translation>Máy chủ trả về mã trạng thái %1.</translation>
    </message>
    <message>
        <source>the answer is not a JSON object: %1</source>
        <translation>câu trả lời không phải là đối tượng JSON: %1</translation>
    </message>
    <message>
        <source>missing or not an array</source>
        <translation>thiếu hoặc không phải là mảng</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchAccountPicker</name>
    <message>
        <source>Provider &amp;account:</source>
        <translation>Tài &amp;khoản nhà cung cấp:</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Chưa kết nối.</translation>
    </message>
    <message>
        <source>Loading the accounts…</source>
        <translation>Đang tải các tài khoản…</translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1</source>
        <translation>Không tải được các tài khoản: %1</translation>
    </message>
    <message>
        <source>No active provider account.</source>
        <translation>Không có tài khoản nhà cung cấp nào đang hoạt động.</translation>
    </message>
    <message>
        <source>The account&apos;s templates could not be loaded: %1</source>
        <translation>Không tải được các mẫu số của tài khoản: %1</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchColumnMap</name>
    <message>
        <source>Invoice group key</source>
        <translation>Mã nhóm hóa đơn</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Mã tham chiếu</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mẫu số</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Ngày hóa đơn</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Loại tiền</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Hình thức thanh toán</translation>
    </message>
    <message>
        <source>Provider account</source>
        <translation>Tài khoản nhà cung cấp</translation>
    </message>
    <message>
        <source>Buyer type</source>
        <translation>Loại người mua</translation>
    </message>
    <message>
        <source>Buyer name</source>
        <translation>Tên người mua</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Mã khách hàng</translation>
    </message>
    <message>
        <source>National ID number</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Invoice note</source>
        <translation>Ghi chú hóa đơn</translation>
    </message>
    <message>
        <source>Line type</source>
        <translation>Tính chất</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>Mã hàng</translation>
    </message>
    <message>
        <source>Goods or service name</source>
        <translation>Tên hàng hóa, dịch vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Thuế suất</translation>
    </message>
    <message>
        <source>Discount rate (%)</source>
        <translation>Tỷ lệ chiết khấu (%)</translation>
    </message>
    <message>
        <source>Discount amount</source>
        <translation>Tiền chiết khấu</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchColumnMapping</name>
    <message>
        <source>Field</source>
        <translation>Trường dữ liệu</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(không có trong tệp)</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchConflicts</name>
    <message>
        <source>Invoices that need a decision</source>
        <translation>Hóa đơn cần bạn quyết định</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) of %1 were sent before with other content, or repeat an invoice already sent. Sending them again would make a second legal invoice. Choose for each one.</source>
        <translation>
            <numerusform>%n hóa đơn trong %1 đã được gửi trước đây với nội dung khác, hoặc trùng với một hóa đơn đã gửi. Gửi lại sẽ tạo thêm một hóa đơn hợp pháp thứ hai. Hãy chọn cho từng hóa đơn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Invoice key</source>
        <translation>Khóa hóa đơn</translation>
    </message>
    <message>
        <source>Sent before</source>
        <translation>Đã gửi trước đây</translation>
    </message>
    <message>
        <source>In the file now</source>
        <translation>Trong tệp hiện nay</translation>
    </message>
    <message>
        <source>&amp;Send the rest</source>
        <translation>&amp;Gửi phần còn lại</translation>
    </message>
    <message>
        <source>Send nothing</source>
        <translation>Không gửi gì</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Send it anyway</source>
        <translation>Vẫn gửi</translation>
    </message>
    <message>
        <source>Issue as a new invoice</source>
        <translation>Xuất thành hóa đơn mới</translation>
    </message>
    <message>
        <source>The file gives its reference code: change it there to issue a new invoice.</source>
        <translation>Mã tham chiếu lấy từ tệp: hãy sửa mã trong tệp để xuất một hóa đơn mới.</translation>
    </message>
    <message>
        <source>tax code %1</source>
        <translation>MST %1</translation>
    </message>
    <message>
        <source>Buyer: %1</source>
        <translation>Người mua: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Ngày: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), total %1 %2</source>
        <translation>
            <numerusform>%n dòng, tổng cộng %1 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1, key %2 (%3)</source>
        <translation>Từ %1, mã nhóm %2 (%3)</translation>
    </message>
    <message>
        <source>Issued as number %1 (%2)</source>
        <translation>Đã xuất với số %1 (%2)</translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation>Đã gửi với mã %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Tổng cộng %1</translation>
    </message>
    <message>
        <source>From %1, key %2, issued as number %3 (%4)</source>
        <translation>Từ %1, mã nhóm %2, đã xuất với số %3 (%4)</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchFileReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is a CSV file, which has no sheets: leave out the sheet name.</source>
        <translation>%1 là tệp CSV, không có sheet: bỏ tên sheet đi.</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchImportChecks</name>
    <message>
        <source>A line break inside the cell: only the invoice note may have several lines.</source>
        <translation>Ô có dấu xuống dòng: chỉ ghi chú hóa đơn mới được có nhiều dòng.</translation>
    </message>
    <message>
        <source>The cell has the character %1 at position %2, which cannot be on an invoice (a control character or a damaged letter); remove it.</source>
        <translation>Ô có ký tự %1 ở vị trí %2, ký tự này không được có trên hóa đơn (ký tự điều khiển hoặc chữ bị hỏng); hãy xóa nó.</translation>
    </message>
    <message>
        <source>%1 characters: at most %2 are accepted.</source>
        <translation>%1 ký tự: chỉ được tối đa %2.</translation>
    </message>
    <message>
        <source>The reference code %1 is also the one of the invoice on line %2 (key %3): every invoice of the file needs its own.</source>
        <translation>Mã tham chiếu %1 trùng với hóa đơn ở dòng %2 (mã nhóm %3): mỗi hóa đơn trong tệp cần một mã riêng.</translation>
    </message>
    <message>
        <source>The invoice key %1 differs from the key %2 on line %3 only in letter case: their reference codes would be the same. Give each invoice its own key.</source>
        <translation>Mã nhóm hóa đơn %1 chỉ khác mã %2 ở dòng %3 về chữ hoa, chữ thường: mã tham chiếu của hai hóa đơn sẽ trùng nhau. Hãy đặt cho mỗi hóa đơn một mã nhóm riêng.</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;.</source>
        <translation>Tệp không có cột &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The invoice key is empty.</source>
        <translation>Mã nhóm hóa đơn bị trống.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write dd/MM/yyyy or yyyy-MM-dd.</source>
        <translation>&quot;%1&quot; không phải là ngày; hãy ghi dd/MM/yyyy hoặc yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>Unknown currency &quot;%1&quot;.</source>
        <translation>Không rõ loại tiền &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown payment method &quot;%1&quot;; use TM, CK, TM/CK or KHAC.</source>
        <translation>Không rõ hình thức thanh toán &quot;%1&quot;; hãy dùng TM, CK, TM/CK hoặc KHAC.</translation>
    </message>
    <message>
        <source>Tax code %1: the leading zero lost by the spreadsheet was restored.</source>
        <translation>Mã số thuế %1: đã khôi phục số 0 đầu bị bảng tính làm mất.</translation>
    </message>
    <message>
        <source>Unknown buyer type &quot;%1&quot;; use &quot;Cá nhân&quot; or &quot;Doanh nghiệp&quot;.</source>
        <translation>Không rõ loại người mua &quot;%1&quot;; hãy dùng &quot;Cá nhân&quot; hoặc &quot;Doanh nghiệp&quot;.</translation>
    </message>
    <message>
        <source>Unknown line kind &quot;%1&quot;; use 1 goods, 2 promotion, 3 trade discount, 4 note.</source>
        <translation>Không rõ tính chất dòng &quot;%1&quot;; hãy dùng 1 hàng hóa, 2 khuyến mại, 3 chiết khấu thương mại, 4 ghi chú.</translation>
    </message>
    <message>
        <source>Unknown tax rate &quot;%1&quot;; use 0, 5, 8, 10, -2 (KCT, not subject) or -1 (KKKNT, not declared).</source>
        <translation>Không rõ thuế suất &quot;%1&quot;; hãy dùng 0, 5, 8, 10, -2 (KCT, không chịu thuế) hoặc -1 (KKKNT, không kê khai, tính nộp thuế).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs from line %2 of the same invoice (&quot;%3&quot;).</source>
        <translation>&quot;%1&quot; khác với dòng %2 của cùng hóa đơn (&quot;%3&quot;).</translation>
    </message>
    <message>
        <source>The file has %1 MB; a batch file may have at most %2 MB (about %3 rows). Split it into several files.</source>
        <translation>Tệp nặng %1 MB; tệp hóa đơn hàng loạt chỉ được tối đa %2 MB (khoảng %3 dòng). Hãy chia thành nhiều tệp.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; a batch file may have at most %1. Split it into several files.</source>
        <translation>Tệp có hơn %1 dòng; tệp hóa đơn hàng loạt chỉ được tối đa %1 dòng. Hãy chia thành nhiều tệp.</translation>
    </message>
    <message>
        <source>The file has a header but no invoice rows under it.</source>
        <translation>Tệp chỉ có dòng tiêu đề, không có dòng hóa đơn nào bên dưới.</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchNumberChoices</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> và %n dòng khác</numerusform>
        </translation>
    </message>
    <message>
        <source>Some numbers read two ways and nothing else in their column shows how the file writes decimals. Choose the reading for each column; nothing is sent before.</source>
        <translation>Có số đọc được theo hai cách và cột của chúng không cho biết tệp ghi số thập phân thế nào. Hãy chọn cách đọc cho từng cột; chưa chọn thì chưa gửi gì.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: %2 on line(s) %3</source>
        <translation>Cột &quot;%1&quot;: %2 ở dòng %3</translation>
    </message>
    <message>
        <source>Choose how to read it…</source>
        <translation>Chọn cách đọc…</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; groups thousands (decimals with &apos;%3&apos;)</source>
        <translation>%1: &apos;%2&apos; ngăn cách hàng nghìn (số lẻ ghi bằng &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is the decimal point</source>
        <translation>%1: &apos;%2&apos; là dấu thập phân</translation>
    </message>
    <message>
        <source>Numbers that read two ways are read as chosen here:</source>
        <translation>Các số đọc được hai cách được đọc theo lựa chọn dưới đây:</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchNumberReader</name>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 không phải là số.</translation>
    </message>
    <message>
        <source>%1: a percentage belongs in the discount percentage column only.</source>
        <translation>%1: chỉ cột tỷ lệ chiết khấu mới được ghi phần trăm.</translation>
    </message>
    <message>
        <source>%1 is too large a number.</source>
        <translation>%1 là số quá lớn.</translation>
    </message>
    <message>
        <source>%1 cannot be read: this column writes decimals both with &apos;.&apos; (line %2: %3) and with &apos;,&apos; (line %4: %5). Write every number of the column the same way.</source>
        <translation>Không đọc được %1: cột này ghi số thập phân khi bằng &apos;.&apos; (dòng %2: %3), khi bằng &apos;,&apos; (dòng %4: %5). Hãy ghi mọi số trong cột theo cùng một kiểu.</translation>
    </message>
    <message>
        <source>%1 cannot be read: line %2 (%3) writes decimals with &apos;%4&apos;, but the stated decimal separator is &apos;%5&apos;.</source>
        <translation>Không đọc được %1: dòng %2 (%3) ghi số thập phân bằng &apos;%4&apos;, nhưng dấu thập phân đã chọn là &apos;%5&apos;.</translation>
    </message>
    <message>
        <source>%1 reads two ways: %2 with &apos;%3&apos; grouping thousands, or %1 with &apos;%3&apos; as the decimal point. Nothing else in the column shows which: state the column&apos;s decimal separator.</source>
        <translation>%1 đọc được hai cách: %2 nếu &apos;%3&apos; ngăn cách hàng nghìn, hoặc %1 nếu &apos;%3&apos; là dấu thập phân. Cột không có số nào cho biết cách nào: hãy chọn dấu thập phân của cột.</translation>
    </message>
    <message>
        <source>%1 must be a whole number here.</source>
        <translation>%1 phải là số nguyên ở đây.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has more decimals than the %n accepted here.</source>
        <translation>
            <numerusform>%1 có nhiều hơn %n chữ số thập phân được chấp nhận ở đây.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>einvoice::BatchOutcome</name>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Chưa gửi gì: %1</translation>
    </message>
    <message>
        <source>The file has no invoices.</source>
        <translation>Tệp không có hóa đơn nào.</translation>
    </message>
    <message numerus="yes">
        <source>(%n by an earlier run)</source>
        <translation>
            <numerusform>(%n hóa đơn do lần chạy trước)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n invoice(s) are done</source>
        <translation>
            <numerusform>Đã xong cả %n hóa đơn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n hóa đơn lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not known yet (checked again on the next run)</source>
        <translation>
            <numerusform>%n hóa đơn chưa rõ kết quả (sẽ kiểm tra lại ở lần chạy sau)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n hóa đơn chưa gửi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n hóa đơn bỏ qua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n invoice(s) are done</source>
        <translation>
            <numerusform>Đã xong %1 trên %n hóa đơn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>einvoice::BatchPage</name>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Ghép cột</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>Lưu tệp mẫu…</translation>
    </message>
    <message>
        <source>No file opened.</source>
        <translation>Chưa mở tệp nào.</translation>
    </message>
    <message>
        <source>Send only the valid invoices</source>
        <translation>Chỉ gửi các hóa đơn hợp lệ</translation>
    </message>
    <message>
        <source>Create drafts</source>
        <translation>Tạo bản nháp</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Phát hành</translation>
    </message>
    <message>
        <source>At once: </source>
        <translation>Đồng thời: </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Xuất kết quả…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message numerus="yes">
        <source>Create %n draft invoice(s) on Production?</source>
        <translation>
            <numerusform>Tạo %n hóa đơn nháp trên môi trường Sản xuất?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create AND ISSUE %n invoice(s) on Production? They are sent to the tax authority.</source>
        <translation>
            <numerusform>Tạo VÀ PHÁT HÀNH %n hóa đơn trên môi trường Sản xuất? Các hóa đơn này sẽ được gửi tới cơ quan thuế.</numerusform>
        </translation>
    </message>
    <message>
        <source>queued %1, sent %2, done %3, failed %4</source>
        <translation>chờ gửi %1, đã gửi %2, hoàn tất %3, thất bại %4</translation>
    </message>
    <message>
        <source>Open batch file</source>
        <translation>Mở tệp lô hóa đơn</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Lưu tệp mẫu</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Xuất kết quả</translation>
    </message>
    <message>
        <source>batch-results.csv</source>
        <translation>ket-qua-lo-hoa-don.csv</translation>
    </message>
    <message>
        <source>The interrupted run of %1 is being finished first; try again when it has ended.</source>
        <translation>Lần chạy bị gián đoạn của %1 đang được hoàn tất trước; hãy thử lại khi xong.</translation>
    </message>
    <message>
        <source>Another run (process %1) is sending %2; try again when it has ended.</source>
        <translation>Một lần chạy khác (tiến trình %1) đang gửi %2; hãy thử lại khi nó kết thúc.</translation>
    </message>
    <message>
        <source>Checking what earlier runs of %1 sent…</source>
        <translation>Đang kiểm tra những gì các lần chạy trước của %1 đã gửi…</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Chưa gửi gì: %1</translation>
    </message>
    <message>
        <source>line %1 has errors (see Preview).</source>
        <translation>dòng %1 có lỗi (xem Xem trước).</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Chưa gửi gì.</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>Đang gửi %1…</translation>
    </message>
    <message>
        <source>See Results.</source>
        <translation>Xem Kết quả.</translation>
    </message>
    <message>
        <source>Send the batch to Production?</source>
        <translation>Gửi lô hóa đơn lên môi trường Sản xuất?</translation>
    </message>
    <message>
        <source>Open CSV or Excel…</source>
        <translation>Mở tệp CSV hoặc Excel…</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;</source>
        <translation>%1, trang tính &quot;%2&quot;</translation>
    </message>
    <message>
        <source>CSV and Excel files (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Tệp CSV và Excel (*.csv *.xlsx);;Tệp CSV (*.csv);;Bảng tính Excel (*.xlsx);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>batch-template.xlsx</source>
        <translation>mau-lo-hoa-don.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Bảng tính Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export p&amp;review to Excel…</source>
        <translation>Xuất bảng xem t&amp;rước ra Excel…</translation>
    </message>
    <message>
        <source>batch-results.xlsx</source>
        <translation>ket-qua-lo-hoa-don.xlsx</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchPlan</name>
    <message>
        <source>line %1, key %2</source>
        <translation>dòng %1, mã nhóm %2</translation>
    </message>
    <message>
        <source>%1: changed since invoice %2 was sent, which the server holds.</source>
        <translation>%1: đã thay đổi sau khi hóa đơn %2 được gửi, và máy chủ đang giữ hóa đơn đó.</translation>
    </message>
    <message>
        <source>%1: changed since it was issued as number %2 (%3).</source>
        <translation>%1: đã thay đổi sau khi được xuất với số %2 (%3).</translation>
    </message>
    <message>
        <source>%1: the same invoice was already sent from &quot;%2&quot; (key %3, %4).</source>
        <translation>%1: hóa đơn giống hệt đã được gửi từ &quot;%2&quot; (mã nhóm %3, %4).</translation>
    </message>
    <message>
        <source>%1: the server holds a different invoice under %2.</source>
        <translation>%1: máy chủ đang giữ một hóa đơn khác với mã %2.</translation>
    </message>
    <message>
        <source>invoice number %1 (%2)</source>
        <translation>hóa đơn số %1 (%2)</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>hóa đơn %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 for the same buyer was already sent from &quot;%4&quot; under key %5; the content has changed since.</source>
        <translation>%1: %2 ngày %3 cho cùng người mua đã được gửi từ &quot;%4&quot; với mã nhóm %5; nội dung đã thay đổi kể từ đó.</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchPlanner</name>
    <message>
        <source>Could not check on the server whether the invoice of line %1 (key %2, %3) exists: %4</source>
        <translation>Không kiểm tra được trên máy chủ hóa đơn của dòng %1 (mã nhóm %2, %3) đã có hay chưa: %4</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchPreviewTable</name>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Invoice key</source>
        <translation>Khóa hóa đơn</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Mã tham chiếu</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Người mua</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Số dòng hàng</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <source>line %1, %2</source>
        <translation>dòng %1, cột %2</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>cảnh báo: </translation>
    </message>
    <message>
        <source>needs confirmation: </source>
        <translation>cần xác nhận: </translation>
    </message>
    <message>
        <source>The file cannot be used: %1</source>
        <translation>Không dùng được tệp: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) in the file</source>
        <translation>
            <numerusform>Tệp có %n hóa đơn</numerusform>
        </translation>
    </message>
    <message>
        <source>no errors.</source>
        <translation>không có lỗi.</translation>
    </message>
    <message numerus="yes">
        <source>%n with errors (see Preview).</source>
        <translation>
            <numerusform>%n hóa đơn có lỗi (xem thẻ Xem trước).</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Đã đọc theo bảng mã %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) read two ways: choose their reading below.</source>
        <translation>
            <numerusform>%n số đọc được hai cách: hãy chọn cách đọc ở dưới.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier runs</source>
        <translation>Các lần chạy trước</translation>
    </message>
    <message>
        <source>Changed: checked on the server before it is sent</source>
        <translation>Đã thay đổi: kiểm tra trên máy chủ trước khi gửi</translation>
    </message>
    <message>
        <source>Changed, never received: sent with the new content</source>
        <translation>Đã thay đổi, máy chủ chưa nhận: gửi với nội dung mới</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Unfinished: continued</source>
        <translation>Chưa xong: gửi tiếp</translation>
    </message>
    <message>
        <source>Failed before: sent once more</source>
        <translation>Lần trước lỗi: gửi lại một lần</translation>
    </message>
    <message>
        <source>Draft made earlier: issued</source>
        <translation>Đã có bản nháp: phát hành</translation>
    </message>
    <message>
        <source>Done earlier</source>
        <translation>Đã xong trước đây</translation>
    </message>
    <message>
        <source>Done earlier (number %1)</source>
        <translation>Đã xong trước đây (số %1)</translation>
    </message>
    <message>
        <source>Same as key %1 of %2: you will be asked</source>
        <translation>Giống mã nhóm %1 của %2: sẽ hỏi bạn</translation>
    </message>
    <message>
        <source>Its reference code holds another invoice: you will be asked</source>
        <translation>Mã tham chiếu đang thuộc một hóa đơn khác: sẽ hỏi bạn</translation>
    </message>
    <message>
        <source>Changed since it was issued: you will be asked</source>
        <translation>Đã thay đổi sau khi phát hành: sẽ hỏi bạn</translation>
    </message>
    <message>
        <source>Waiting for the reading of its numbers</source>
        <translation>Đang chờ chọn cách đọc số</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Ngày hóa đơn</translation>
    </message>
    <message>
        <source>Buyer tax code</source>
        <translation>Mã số thuế người mua</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>batch-preview.xlsx</source>
        <translation>xem-truoc-lo-hoa-don.xlsx</translation>
    </message>
    <message>
        <source>%1-preview.xlsx</source>
        <translation>%1-xem-truoc.xlsx</translation>
    </message>
    <message>
        <source>Changed copy of key %1 of %2, sent before: you will be asked</source>
        <translation>Bản sao đã sửa của mã nhóm %1 trong %2, đã gửi trước đó: sẽ hỏi bạn</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchResultsTable</name>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Mã tham chiếu</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Số hóa đơn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Đã bỏ qua</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Invoice key</source>
        <translation>Mã nhóm hóa đơn</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchResumeBar</name>
    <message>
        <source>C&amp;ontinue sending</source>
        <translation>Gửi t&amp;iếp</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>&amp;Bỏ chúng</translation>
    </message>
    <message numerus="yes">
        <source>Resuming the interrupted run of %1: checking on the server the %n invoice(s) sent before the app closed.</source>
        <translation>
            <numerusform>Đang tiếp tục lần chạy bị gián đoạn của %1: kiểm tra trên máy chủ %n hóa đơn đã gửi trước khi ứng dụng đóng.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interrupted run of %1: %n invoice(s) were not sent yet.</source>
        <translation>
            <numerusform>Lần chạy bị gián đoạn của %1: còn %n hóa đơn chưa gửi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending what the interrupted run of %1 left…</source>
        <translation>Đang gửi phần còn lại của lần chạy bị gián đoạn của %1…</translation>
    </message>
    <message>
        <source>Interrupted run of %1: %2</source>
        <translation>Lần chạy bị gián đoạn của %1: %2</translation>
    </message>
    <message>
        <source>Interrupted run of %1.</source>
        <translation>Lần chạy bị gián đoạn của %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) not sent were discarded.</source>
        <translation>
            <numerusform>Đã bỏ %n hóa đơn chưa gửi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked on the server: %1</source>
        <translation>Đã kiểm tra trên máy chủ: %1</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchResumer</name>
    <message>
        <source>Not sent yet: the run was interrupted before it.</source>
        <translation>Chưa gửi: lần chạy bị gián đoạn trước khi tới hóa đơn này.</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchRunner</name>
    <message>
        <source>Could not check the remaining quota: %1</source>
        <translation>Không kiểm tra được hạn ngạch còn lại: %1</translation>
    </message>
    <message>
        <source>The remaining quota (%1) is smaller than the %2 invoices to issue.</source>
        <translation>Hạn ngạch còn lại (%1) ít hơn %2 hóa đơn cần phát hành.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Đã hủy trước khi gửi.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Mã tham chiếu</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Số hóa đơn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Done in an earlier run; nothing was sent.</source>
        <translation>Đã xong ở lần chạy trước; không gửi lại.</translation>
    </message>
    <message>
        <source>Its row is no longer in the file: not sent.</source>
        <translation>Dòng của hóa đơn này không còn trong tệp: không gửi.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Không gửi: %1</translation>
    </message>
    <message>
        <source>Not sent: the quota is used up. It stays in the outbox for the next run.</source>
        <translation>Chưa gửi: đã hết hạn ngạch. Hóa đơn được giữ lại trong hàng đợi cho lần chạy sau.</translation>
    </message>
    <message>
        <source>Not sent: the server asked to wait. It stays in the outbox for the next run.</source>
        <translation>Chưa gửi: máy chủ yêu cầu chờ. Hóa đơn được giữ lại trong hàng đợi cho lần chạy sau.</translation>
    </message>
    <message>
        <source>Not sent: the server refused the credentials. It stays in the outbox for the next run.</source>
        <translation>Chưa gửi: máy chủ từ chối thông tin đăng nhập. Hóa đơn được giữ lại trong hàng đợi cho lần chạy sau.</translation>
    </message>
    <message>
        <source>Invoice key</source>
        <translation>Mã nhóm hóa đơn</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchSheetPicker</name>
    <message>
        <source>Shee&amp;t:</source>
        <translation>Tr&amp;ang tính:</translation>
    </message>
    <message>
        <source>The sheet of the workbook whose rows are read and sent</source>
        <translation>Trang tính của sổ Excel có các dòng được đọc và gửi đi</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchTask</name>
    <message>
        <source>The draft to issue no longer exists.</source>
        <translation>Hóa đơn nháp cần phát hành không còn tồn tại.</translation>
    </message>
    <message>
        <source>The invoice was cancelled on the server.</source>
        <translation>Hóa đơn đã bị hủy trên máy chủ.</translation>
    </message>
    <message>
        <source>The outbox could not be written; nothing was sent.</source>
        <translation>Không ghi được dữ liệu gửi vào cơ sở dữ liệu cục bộ; chưa gửi gì.</translation>
    </message>
    <message>
        <source>The server holds a different invoice under %1 (buyer %2, dated %3); this invoice was not created.</source>
        <translation>Máy chủ đang giữ một hóa đơn khác với mã %1 (người mua %2, ngày %3); hóa đơn này chưa được tạo.</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchTemplate</name>
    <message>
        <source>Tax rate: 0, 5, 8 or 10 (percent); -2 = KCT, not subject to VAT; -1 = KKKNT, not declared or paid. The labels KCT and KKKNT are accepted too. Rows with the same invoice key form one invoice; dates are dd/MM/yyyy or yyyy-MM-dd in Vietnam time. Lines at the top that start with # are instructions and are not read.</source>
        <translation>Thuế suất: 0, 5, 8 hoặc 10 (phần trăm); -2 = KCT, không chịu thuế GTGT; -1 = KKKNT, không kê khai, tính nộp thuế. Cũng chấp nhận ghi KCT và KKKNT. Các dòng cùng mã nhóm hóa đơn tạo thành một hóa đơn; ngày ghi dd/MM/yyyy hoặc yyyy-MM-dd theo giờ Việt Nam. Các dòng đầu tệp bắt đầu bằng # là hướng dẫn và không được đọc.</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchWorkbookReader</name>
    <message>
        <source>No sheet of the workbook has the template&apos;s header (a column &quot;%1&quot;); sheets looked at: %2. Name the sheet to read.</source>
        <translation>Không sheet nào của bảng tính có dòng tiêu đề của mẫu (cột &quot;%1&quot;); các sheet đã xem: %2. Hãy nêu tên sheet cần đọc.</translation>
    </message>
    <message>
        <source>The cell&apos;s formula gives the error %1; correct it in the spreadsheet.</source>
        <translation>Công thức của ô cho lỗi %1; hãy sửa trong bảng tính.</translation>
    </message>
    <message>
        <source>The cell&apos;s formula was saved without its result; open the file in Excel or LibreOffice and save it again.</source>
        <translation>Công thức của ô được lưu mà không có kết quả; hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại.</translation>
    </message>
    <message>
        <source>No sheet of the workbook has a header this import reads; sheets looked at: %1.</source>
        <translation>Không trang tính nào của sổ làm việc có dòng tiêu đề mà lệnh nhập này đọc được; các trang tính đã xem: %1.</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; is not a batch: it has no row naming the item column (&quot;%2&quot;) in its first %3 rows.</source>
        <translation>Trang tính &quot;%1&quot; không phải là lô hóa đơn: không có dòng nào nêu cột tên hàng (&quot;%2&quot;) trong %3 dòng đầu.</translation>
    </message>
    <message>
        <source>Sheets with invoices: %1.</source>
        <translation>Các trang tính có hóa đơn: %1.</translation>
    </message>
</context>
<context>
    <name>einvoice::BulkDownloader</name>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Không ghi được %1</translation>
    </message>
</context>
<context>
    <name>einvoice::BuyerForm</name>
    <message>
        <source>Company</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <source>&amp;Buyer type</source>
        <translation>L&amp;oại người mua</translation>
    </message>
    <message>
        <source>Buyer &amp;name</source>
        <translation>Tên người m&amp;ua</translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation>Tên đơn &amp;vị</translation>
    </message>
    <message>
        <source>Ta&amp;x code</source>
        <translation>Mã số t&amp;huế</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Buyer &amp;code</source>
        <translation>Mã khách hàng</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>10 digits, or 10 digits-3 digits for a branch</source>
        <translation>10 chữ số, hoặc 10 chữ số-3 chữ số cho chi nhánh</translation>
    </message>
    <message>
        <source>Several addresses separated by ;</source>
        <translation>Nhiều địa chỉ, phân cách bằng ;</translation>
    </message>
</context>
<context>
    <name>einvoice::CatalogueExportTable</name>
    <message>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>Số lần dùng</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Lần dùng cuối</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Hàng hóa</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Thuế suất</translation>
    </message>
</context>
<context>
    <name>einvoice::CatalogueHeader</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>Số lần dùng</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Lần dùng cuối</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Thuế suất</translation>
    </message>
</context>
<context>
    <name>einvoice::CatalogueImport</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1: the same entry as %2; merged into it.</source>
        <translation>%1: trùng với %2; đã gộp vào đó.</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Dòng %1</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, dòng %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>The first row is not a header of customers (name, tax code, address…) or of products (name, unit, unit price…); it reads: %1</source>
        <translation>Dòng đầu tiên không phải tiêu đề của danh sách khách hàng (tên, mã số thuế, địa chỉ…) hay hàng hóa (tên, đơn vị tính, đơn giá…); nội dung: %1</translation>
    </message>
    <message>
        <source>The file has a header but no rows to import.</source>
        <translation>Tệp có dòng tiêu đề nhưng không có dòng nào để nhập.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Đã gộp</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 merged, %5 rejected.</source>
        <translation>%1 thêm mới, %2 cập nhật, %3 không đổi, %4 đã gộp, %5 bị từ chối.</translation>
    </message>
</context>
<context>
    <name>einvoice::CatalogueImportDialog</name>
    <message>
        <source>Import customers and products</source>
        <translation>Nhập khách hàng và hàng hóa</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Chưa nhập gì: %1</translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>Đã nhập. %1</translation>
    </message>
    <message>
        <source>Nothing to import. %1</source>
        <translation>Không có gì để nhập. %1</translation>
    </message>
    <message>
        <source>Importing will give: %1 Rejected rows are left out.</source>
        <translation>Khi nhập: %1 Các dòng bị từ chối sẽ bị bỏ qua.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Hàng hóa</translation>
    </message>
</context>
<context>
    <name>einvoice::CatalogueManagerDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <source>Customers and products</source>
        <translation>Khách hàng và hàng hóa</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Khách hàng</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Hàng hóa</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Khách hàng mới</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Hàng hóa mới</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Nhập từ tệp…</translation>
    </message>
    <message>
        <source>Import customers and products</source>
        <translation>Nhập khách hàng và hàng hóa</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Bảng tính (*.xlsx *.csv *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.

%2</source>
        <translation>Chưa nhập gì từ %1.

%2</translation>
    </message>
    <message>
        <source>catalogue.xlsx</source>
        <translation>danh-muc.xlsx</translation>
    </message>
    <message>
        <source>Unit price: “%1” is not a number: type digits, grouped and with decimals as in %2.</source>
        <translation>Đơn giá: “%1” không phải là số: hãy gõ chữ số, phân nhóm và phần thập phân như %2.</translation>
    </message>
</context>
<context>
    <name>einvoice::CatalogueRowReader</name>
    <message>
        <source>Empty: a customer without a tax code needs a name.</source>
        <translation>Trống: khách hàng không có mã số thuế cần có tên.</translation>
    </message>
    <message>
        <source>Empty: a product needs a name.</source>
        <translation>Trống: hàng hóa cần có tên.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tax rate; use 0, 5, 8, 10, KCT or KKKNT.</source>
        <translation>&quot;%1&quot; không phải thuế suất; dùng 0, 5, 8, 10, KCT hoặc KKKNT.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads two ways (a thousands separator or decimals) and no other price shows which; write it without separators.</source>
        <translation>&quot;%1&quot; có thể hiểu theo hai cách (dấu phân cách hàng nghìn hoặc phần thập phân) và không đơn giá nào khác cho biết cách nào; hãy ghi số không có dấu phân cách.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price.</source>
        <translation>&quot;%1&quot; không phải đơn giá.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative; a price is 0 or more.</source>
        <translation>&quot;%1&quot; là số âm; đơn giá phải từ 0 trở lên.</translation>
    </message>
</context>
<context>
    <name>einvoice::Connection</name>
    <message>
        <source>Enter the client ID and secret in Settings.</source>
        <translation>Hãy nhập Client ID và khóa bí mật trong Cài đặt.</translation>
    </message>
</context>
<context>
    <name>einvoice::ConnectionSettingsWidget</name>
    <message>
        <source>Environment</source>
        <translation>Môi trường</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <source>Custom &amp;URL:</source>
        <translation>Địa chỉ &amp;URL riêng:</translation>
    </message>
    <message>
        <source>API credentials</source>
        <translation>Thông tin xác thực API</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Khóa bí mật (client &amp;secret):</translation>
    </message>
    <message>
        <source>No keychain is available on this computer: the secret is kept for this session only and has to be entered again after the app restarts.</source>
        <translation>Máy tính này không có kho khóa (keychain): khóa bí mật chỉ được giữ trong phiên làm việc này và phải nhập lại sau khi khởi động lại ứng dụng.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Enter the custom server as a full address, for example https://einvoice.example.vn.</source>
        <translation>Hãy nhập đầy đủ địa chỉ máy chủ, ví dụ https://einvoice.example.vn.</translation>
    </message>
    <message>
        <source>The Demo environment needs no credentials.</source>
        <translation>Môi trường Dùng thử không cần thông tin xác thực.</translation>
    </message>
    <message>
        <source>Find the client ID and secret in your SePay account, under eInvoice API. Sandbox and Production have separate credentials.</source>
        <translation>Client ID và khóa bí mật có trong tài khoản SePay của bạn, mục eInvoice API. Sandbox và Sản xuất dùng thông tin xác thực riêng.</translation>
    </message>
    <message>
        <source>Testing the connection is not available in this build.</source>
        <translation>Bản dựng này chưa hỗ trợ kiểm tra kết nối.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Đang kiểm tra kết nối…</translation>
    </message>
    <message>
        <source>Connected. %1 invoices left in the current package.</source>
        <translation>Đã kết nối. Gói hiện tại còn %1 hóa đơn.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Đã kết nối.</translation>
    </message>
    <message>
        <source>The server rejected the client ID or secret. Check them in your SePay account.</source>
        <translation>Máy chủ từ chối Client ID hoặc khóa bí mật. Hãy kiểm tra lại trong tài khoản SePay.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network connection and the server address.</source>
        <translation>Không kết nối được tới máy chủ. Hãy kiểm tra kết nối mạng và địa chỉ máy chủ.</translation>
    </message>
    <message>
        <source>The server answered with an error: %1</source>
        <translation>Máy chủ trả về lỗi: %1</translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation>Kiểm tra kết nối thất bại: %1</translation>
    </message>
    <message>
        <source>%1 needs a Client ID: enter the one from your SePay account, or choose Demo.</source>
        <translation>%1 cần Client ID: hãy nhập Client ID lấy trong tài khoản SePay của bạn, hoặc chọn Dùng thử.</translation>
    </message>
    <message>
        <source>%1 needs a Client secret: enter the one from your SePay account, or choose Demo.</source>
        <translation>%1 cần khóa bí mật (client secret): hãy nhập khóa lấy trong tài khoản SePay của bạn, hoặc chọn Dùng thử.</translation>
    </message>
</context>
<context>
    <name>einvoice::CorrectionAccountFinder</name>
    <message>
        <source>Not connected: the provider account of the invoice cannot be read.</source>
        <translation>Chưa kết nối: không đọc được tài khoản nhà cung cấp của hóa đơn.</translation>
    </message>
    <message>
        <source>No active provider account has the series %1 of this invoice.</source>
        <translation>Không có tài khoản nhà cung cấp đang hoạt động nào có ký hiệu %1 của hóa đơn này.</translation>
    </message>
    <message>
        <source>The provider accounts could not be read: %1</source>
        <translation>Không đọc được các tài khoản nhà cung cấp: %1</translation>
    </message>
</context>
<context>
    <name>einvoice::CorrectionActions</name>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Thay thế…</translation>
    </message>
    <message>
        <source>Select an issued invoice first.</source>
        <translation>Hãy chọn một hóa đơn đã phát hành trước.</translation>
    </message>
    <message>
        <source>Not connected: corrections need the server.</source>
        <translation>Chưa kết nối: cần máy chủ để thay thế, điều chỉnh hóa đơn.</translation>
    </message>
    <message>
        <source>Issue a replacement invoice with the whole corrected content</source>
        <translation>Lập hóa đơn thay thế với toàn bộ nội dung đã sửa</translation>
    </message>
    <message>
        <source>Issue an adjustment invoice: an increase, a decrease or corrected information</source>
        <translation>Lập hóa đơn điều chỉnh: tăng, giảm hoặc điều chỉnh thông tin</translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation>Điều &amp;chỉnh…</translation>
    </message>
</context>
<context>
    <name>einvoice::CorrectionChainView</name>
    <message>
        <source>replacement</source>
        <translation>hóa đơn thay thế</translation>
    </message>
    <message>
        <source>increase adjustment</source>
        <translation>điều chỉnh tăng</translation>
    </message>
    <message>
        <source>decrease adjustment</source>
        <translation>điều chỉnh giảm</translation>
    </message>
    <message>
        <source>increase and decrease adjustment</source>
        <translation>điều chỉnh tăng, giảm</translation>
    </message>
    <message>
        <source>information adjustment</source>
        <translation>điều chỉnh thông tin</translation>
    </message>
    <message>
        <source>Corrects invoice %1.</source>
        <translation>Thay thế, điều chỉnh cho hóa đơn %1.</translation>
    </message>
    <message>
        <source>not confirmed yet</source>
        <translation>chưa được xác nhận</translation>
    </message>
    <message>
        <source>Corrected by %1.</source>
        <translation>Đã được xử lý bởi %1.</translation>
    </message>
    <message>
        <source>Corrects invoice %1 of %2.</source>
        <translation>Thay thế, điều chỉnh cho hóa đơn %1 ngày %2.</translation>
    </message>
</context>
<context>
    <name>einvoice::CorrectionDialog</name>
    <message>
        <source>Close the correction</source>
        <translation>Đóng cửa sổ sửa hóa đơn</translation>
    </message>
    <message>
        <source>What you typed in this correction has not been sent and is lost when the window closes.

Close it anyway?</source>
        <translation>Những gì bạn đã nhập cho hóa đơn này chưa được gửi và sẽ mất khi đóng cửa sổ.

Vẫn đóng?</translation>
    </message>
    <message>
        <source>Close and discard</source>
        <translation>Đóng và bỏ</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Tiếp tục sửa</translation>
    </message>
    <message>
        <source>Nothing was changed: the buyer and payment method are what invoice %1 says.</source>
        <translation>Chưa sửa gì: người mua và hình thức thanh toán vẫn như trên hóa đơn %1.</translation>
    </message>
    <message>
        <source>Sending it issues a legal invoice that corrects nothing. Go back to make the correction?</source>
        <translation>Gửi đi sẽ lập một hóa đơn có giá trị pháp lý mà không sửa gì. Quay lại để sửa?</translation>
    </message>
    <message>
        <source>Replace invoice %1</source>
        <translation>Thay thế hóa đơn %1</translation>
    </message>
    <message>
        <source>Adjust invoice %1</source>
        <translation>Điều chỉnh hóa đơn %1</translation>
    </message>
    <message>
        <source>&amp;Adjustment:</source>
        <translation>Loại điều &amp;chỉnh:</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Điều chỉnh tăng</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Điều chỉnh giảm</translation>
    </message>
    <message>
        <source>Increase and decrease</source>
        <translation>Điều chỉnh tăng, giảm</translation>
    </message>
    <message>
        <source>Information only</source>
        <translation>Điều chỉnh thông tin</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>L&amp;ines of the replacement:</source>
        <translation>Các &amp;dòng của hóa đơn thay thế:</translation>
    </message>
    <message>
        <source>L&amp;ines (the differences):</source>
        <translation>Các &amp;dòng (phần chênh lệch):</translation>
    </message>
    <message>
        <source>Why the invoice is corrected, e.g. wrong unit price</source>
        <translation>Lý do xử lý hóa đơn, ví dụ: sai đơn giá</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <source>&amp;Send replacement</source>
        <translation>&amp;Gửi hóa đơn thay thế</translation>
    </message>
    <message>
        <source>&amp;Send adjustment</source>
        <translation>&amp;Gửi hóa đơn điều chỉnh</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>The replacement carries the whole corrected invoice: correct the buyer and the lines below. Once it is issued, the invoice it replaces is no longer valid.</source>
        <translation>Hóa đơn thay thế mang toàn bộ nội dung đã sửa: hãy sửa người mua và các dòng bên dưới. Khi hóa đơn thay thế được phát hành, hóa đơn bị thay thế không còn giá trị.</translation>
    </message>
    <message>
        <source>Type in the Quantity column the quantity to add on each line to raise (or the quantity with the price difference); lines left without a quantity are not sent.</source>
        <translation>Gõ vào cột Số lượng số lượng tăng thêm của từng dòng cần tăng (hoặc số lượng kèm phần chênh lệch đơn giá); dòng để trống số lượng sẽ không được gửi.</translation>
    </message>
    <message>
        <source>Type in the Quantity column the quantity to take off on each line to reduce (or the quantity with the price reduction); it is sent as a negative difference. Lines left without a quantity are not sent.</source>
        <translation>Gõ vào cột Số lượng số lượng giảm của từng dòng cần giảm (hoặc số lượng kèm phần giảm đơn giá); phần này được gửi dưới dạng số âm. Dòng để trống số lượng sẽ không được gửi.</translation>
    </message>
    <message>
        <source>Type each line&apos;s difference with its sign: a positive quantity adds, a negative one takes off. Lines left without a quantity are not sent.</source>
        <translation>Gõ phần chênh lệch của từng dòng kèm dấu: số lượng dương là tăng, số lượng âm là giảm. Dòng để trống số lượng sẽ không được gửi.</translation>
    </message>
    <message>
        <source>Correct the buyer&apos;s data below and say in the reason what is corrected; no amount changes. The reason is printed as the adjustment&apos;s line.</source>
        <translation>Sửa thông tin người mua bên dưới và ghi rõ nội dung điều chỉnh ở ô lý do; không thay đổi giá trị tiền. Lý do được in thành dòng của hóa đơn điều chỉnh.</translation>
    </message>
    <message>
        <source>Effect on the total to pay: %1</source>
        <translation>Thay đổi tổng tiền thanh toán: %1</translation>
    </message>
    <message>
        <source>The preview could not be rendered.</source>
        <translation>Không tạo được bản xem trước.</translation>
    </message>
    <message>
        <source>Preview of the correction</source>
        <translation>Xem trước hóa đơn thay thế, điều chỉnh</translation>
    </message>
    <message>
        <source>Issue on %1 a replacement of invoice %2 (series %3, %4, buyer %5)? The invoice it replaces is no longer valid once the replacement is issued.</source>
        <translation>Phát hành trên %1 hóa đơn thay thế cho hóa đơn %2 (ký hiệu %3, ngày %4, người mua %5)? Khi hóa đơn thay thế được phát hành, hóa đơn bị thay thế không còn giá trị.</translation>
    </message>
    <message>
        <source>Issue on %1 an adjustment of invoice %2 (series %3, %4, buyer %5)?</source>
        <translation>Phát hành trên %1 hóa đơn điều chỉnh cho hóa đơn %2 (ký hiệu %3, ngày %4, người mua %5)?</translation>
    </message>
    <message>
        <source>Effect on the total to pay: %1.</source>
        <translation>Thay đổi tổng tiền thanh toán: %1.</translation>
    </message>
    <message>
        <source>A legal invoice is issued; it cannot be taken back.</source>
        <translation>Một hóa đơn có giá trị pháp lý sẽ được phát hành; không thể thu hồi.</translation>
    </message>
    <message>
        <source>Issue the correction on %1</source>
        <translation>Phát hành hóa đơn thay thế, điều chỉnh trên %1</translation>
    </message>
    <message>
        <source>Nothing was sent: correct what is listed below.</source>
        <translation>Chưa gửi gì: hãy sửa các mục được liệt kê bên dưới.</translation>
    </message>
    <message>
        <source>Not connected: nothing was sent.</source>
        <translation>Chưa kết nối: chưa gửi gì.</translation>
    </message>
    <message>
        <source>Sending the correction…</source>
        <translation>Đang gửi hóa đơn thay thế, điều chỉnh…</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the server (%n check(s))…</source>
        <translation>
            <numerusform>Đang chờ máy chủ (đã kiểm tra %n lần)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Correction issued: invoice %1 (reference %2).</source>
        <translation>Đã phát hành: hóa đơn số %1 (mã tham chiếu %2).</translation>
    </message>
    <message>
        <source>Sent; the server is still working on it (reference %1). The list shows it once issued.</source>
        <translation>Đã gửi; máy chủ vẫn đang xử lý (mã tham chiếu %1). Danh sách sẽ hiện hóa đơn khi đã phát hành.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Chưa gửi gì: %1</translation>
    </message>
    <message>
        <source>The server did not issue the correction: %1</source>
        <translation>Máy chủ không phát hành hóa đơn: %1</translation>
    </message>
    <message>
        <source>Whether the correction arrived is not known yet (%1). It is looked up before anything is sent again: try Send again later, nothing is sent twice.</source>
        <translation>Chưa biết yêu cầu đã tới máy chủ hay chưa (%1). Ứng dụng sẽ tra cứu trước khi gửi lại: hãy bấm Gửi lại sau, không có gì bị gửi hai lần.</translation>
    </message>
    <message>
        <source>Change the adjustment</source>
        <translation>Đổi loại điều chỉnh</translation>
    </message>
    <message>
        <source>You have edited the lines or the buyer. Changing the adjustment starts them again from the invoice being corrected, and what you typed is lost.

Change it anyway?</source>
        <translation>Bạn đã sửa các dòng hoặc người mua. Đổi loại điều chỉnh sẽ điền lại chúng từ hóa đơn bị điều chỉnh, và những gì bạn đã nhập sẽ mất.

Vẫn đổi?</translation>
    </message>
    <message>
        <source>Change and start again</source>
        <translation>Đổi và điền lại</translation>
    </message>
    <message>
        <source>Nothing was changed: the replacement says exactly what invoice %1 says (buyer, lines and amounts).</source>
        <translation>Không có gì được sửa: hóa đơn thay thế ghi y hệt hóa đơn số %1 (người mua, các dòng hàng và số tiền).</translation>
    </message>
    <message>
        <source>Sending it issues a new legal invoice and the original stops being valid. Go back to make the correction?</source>
        <translation>Gửi đi sẽ lập một hóa đơn mới có giá trị pháp lý và hóa đơn gốc hết hiệu lực. Quay lại để sửa?</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Không có gì được sửa</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Vẫn gửi</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Nothing was sent: make the correction, then send it.</source>
        <translation>Chưa gửi: hãy sửa nội dung cần sửa rồi gửi.</translation>
    </message>
</context>
<context>
    <name>einvoice::CorrectionOperation</name>
    <message>
        <source>The reference code %1 belongs to another invoice, not to this correction of %2.</source>
        <translation>Mã tham chiếu %1 thuộc về một hóa đơn khác, không phải hóa đơn thay thế hay điều chỉnh này của %2.</translation>
    </message>
    <message>
        <source>Reference code %1 already belongs to a different correction of %2 (differs in: %3). Nothing was sent again; use another reference code.</source>
        <translation>Mã tham chiếu %1 đã thuộc về một hóa đơn điều chỉnh/thay thế khác của hóa đơn %2 (khác ở: %3). Không gửi lại gì; hãy dùng mã tham chiếu khác.</translation>
    </message>
</context>
<context>
    <name>einvoice::CorrectionSubmission</name>
    <message>
        <source>An earlier correction of %1 (%2) had not finished: it is followed up instead of sending a new one.</source>
        <translation>Một yêu cầu thay thế hoặc điều chỉnh trước đó của %1 (%2) chưa hoàn tất: yêu cầu đó được theo dõi tiếp thay vì gửi yêu cầu mới.</translation>
    </message>
    <message>
        <source>The reference code %1 belongs to another invoice, or to a different correction.</source>
        <translation>Mã tham chiếu %1 thuộc về một hóa đơn khác, hoặc một hóa đơn điều chỉnh/thay thế khác.</translation>
    </message>
    <message>
        <source>The replacement is identical to the original invoice %1: nothing was changed (buyer, lines and amounts are the same).</source>
        <translation>Hóa đơn thay thế giống hệt hóa đơn gốc %1: không có gì được sửa (người mua, các dòng hàng và số tiền đều như cũ).</translation>
    </message>
</context>
<context>
    <name>einvoice::CreateInvoiceOperation</name>
    <message>
        <source>Reference code %1 already belongs to a different invoice on the server (differs in: %2). Nothing was created; use another reference code.</source>
        <translation>Mã tham chiếu %1 đã thuộc về một hóa đơn khác trên máy chủ (khác ở: %2). Chưa tạo hóa đơn nào; hãy dùng mã tham chiếu khác.</translation>
    </message>
</context>
<context>
    <name>einvoice::CsvExporter</name>
    <message>
        <source>Reference code</source>
        <translation>Mã tham chiếu</translation>
    </message>
    <message>
        <source>Issued date</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Buyer name</source>
        <translation>Tên người mua</translation>
    </message>
    <message>
        <source>(not known until the invoice is opened)</source>
        <translation>(chưa biết cho đến khi mở hóa đơn)</translation>
    </message>
</context>
<context>
    <name>einvoice::CsvReader</name>
    <message>
        <source>The quoted cell that starts on line %1 is never closed.</source>
        <translation>Ô bắt đầu bằng dấu ngoặc kép ở dòng %1 không có dấu ngoặc kép đóng.</translation>
    </message>
</context>
<context>
    <name>einvoice::CsvTextDecoder</name>
    <message>
        <source>The file looks like UTF-16 text without a byte order mark. Save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>Tệp có vẻ là văn bản UTF-16 không có dấu thứ tự byte (BOM). Hãy lưu lại với định dạng &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 although the rest of the file is: the file was damaged or mixes encodings. Fix that line or save the file again as &quot;CSV UTF-8&quot;.</source>
        <translation>Dòng %1 không phải UTF-8 hợp lệ trong khi phần còn lại của tệp là UTF-8: tệp bị hỏng hoặc trộn nhiều bảng mã. Hãy sửa dòng đó hoặc lưu lại tệp với định dạng &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>The UTF-16 text of the file is cut short or damaged at line %1.</source>
        <translation>Văn bản UTF-16 của tệp bị cắt cụt hoặc hỏng ở dòng %1.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Windows-1258 (Vietnamese ANSI): line %1 has bytes that cannot be read. Save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>Tệp không phải UTF-8 cũng không phải Windows-1258 (ANSI tiếng Việt): dòng %1 có byte không đọc được. Hãy lưu lại với định dạng &quot;CSV UTF-8&quot;.</translation>
    </message>
</context>
<context>
    <name>einvoice::DecisionsDialog</name>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
</context>
<context>
    <name>einvoice::DemoBanner</name>
    <message>
        <source>&lt;b&gt;Demo data.&lt;/b&gt; You are working on the server built into the app, with sample invoices. Nothing is sent to SePay or to the tax authority. To work with your company&apos;s invoices, open Settings, choose Sandbox or Production and enter the client ID and secret from your SePay account.</source>
        <translation>&lt;b&gt;Dữ liệu mẫu.&lt;/b&gt; Bạn đang làm việc trên máy chủ tích hợp sẵn trong ứng dụng, với các hóa đơn mẫu. Không có gì được gửi tới SePay hay cơ quan thuế. Để làm việc với hóa đơn của doanh nghiệp, hãy mở Cài đặt, chọn Sandbox hoặc Sản xuất rồi nhập Client ID và khóa bí mật từ tài khoản SePay.</translation>
    </message>
    <message>
        <source>Connect a real account…</source>
        <translation>Kết nối tài khoản thật…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Custom server.&lt;/b&gt; This app talks to %1, not to SePay&apos;s own servers. Invoices sent there are only as real as that server.</source>
        <translation>&lt;b&gt;Máy chủ riêng.&lt;/b&gt; Ứng dụng đang làm việc với %1, không phải máy chủ của SePay. Hóa đơn gửi tới đó chỉ có giá trị như chính máy chủ đó.</translation>
    </message>
    <message>
        <source>Change server…</source>
        <translation>Đổi máy chủ…</translation>
    </message>
</context>
<context>
    <name>einvoice::DemoEnvironment</name>
    <message>
        <source>Cannot create the folder for the demo data: %1</source>
        <translation>Không tạo được thư mục cho dữ liệu dùng thử: %1</translation>
    </message>
    <message>
        <source>Cannot start the demo server: %1</source>
        <translation>Không khởi động được máy chủ dùng thử: %1</translation>
    </message>
    <message>
        <source>Cannot delete the demo data: %1</source>
        <translation>Không xóa được dữ liệu dùng thử: %1</translation>
    </message>
</context>
<context>
    <name>einvoice::DesktopNotifier</name>
    <message>
        <source>SePay eInvoice: job finished</source>
        <translation>Hóa đơn điện tử SePay: tác vụ đã hoàn tất</translation>
    </message>
    <message>
        <source>SePay eInvoice: job failed</source>
        <translation>Hóa đơn điện tử SePay: tác vụ thất bại</translation>
    </message>
    <message>
        <source>SePay eInvoice: quota low</source>
        <translation>Hóa đơn điện tử SePay: hạn ngạch sắp hết</translation>
    </message>
    <message>
        <source>Only %1 invoices are left in the quota (warning below %2).</source>
        <translation>Hạn ngạch chỉ còn %1 hóa đơn (cảnh báo khi dưới %2).</translation>
    </message>
    <message>
        <source>SePay eInvoice</source>
        <translation>Hóa đơn điện tử SePay</translation>
    </message>
    <message>
        <source>The invoice could not be sent.</source>
        <translation>Không gửi được hóa đơn.</translation>
    </message>
    <message>
        <source>The draft invoice has been saved on the server.</source>
        <translation>Hóa đơn nháp đã được lưu trên máy chủ.</translation>
    </message>
    <message>
        <source>Invoice %1 has been issued.</source>
        <translation>Hóa đơn số %1 đã được phát hành.</translation>
    </message>
    <message>
        <source>Batch finished: %1 invoice(s) done, %2 not done.</source>
        <translation>Lô đã xong: %1 hóa đơn hoàn tất, %2 chưa hoàn tất.</translation>
    </message>
    <message>
        <source>SePay eInvoice: batch run resumed</source>
        <translation>SePay eInvoice: đã tiếp tục lần gửi theo lô</translation>
    </message>
    <message>
        <source>Batch finished: %1 invoice(s) done, %2 not sent yet, %3 not done.</source>
        <translation>Lô đã xong: %1 hóa đơn hoàn tất, %2 chưa gửi, %3 chưa hoàn tất.</translation>
    </message>
</context>
<context>
    <name>einvoice::DialogButtons</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>einvoice::EditorConfirmations</name>
    <message>
        <source>Issue this invoice on %1? An issued invoice is sent to the tax authority and cannot be deleted.

Series: %2%3
Buyer: %4
Tax code: %5
Grand total: %6</source>
        <translation>Phát hành hóa đơn này trên %1? Hóa đơn đã phát hành được gửi tới cơ quan thuế và không thể xóa.

Ký hiệu: %2%3
Người mua: %4
Mã số thuế: %5
Tổng cộng: %6</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Issue on %1</source>
        <translation>Phát hành trên %1</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Phát hành hóa đơn</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Xóa bản nháp</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>dòng %1 (%2)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>Remove %1? Ctrl+Z puts it back.</source>
        <translation>Xóa %1? Nhấn Ctrl+Z để khôi phục.</translation>
    </message>
    <message>
        <source>Delete this draft from the server? This cannot be undone.</source>
        <translation>Xóa bản nháp này trên máy chủ? Không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Delete the draft for %1 from the server? This cannot be undone.</source>
        <translation>Xóa bản nháp của %1 trên máy chủ? Không thể hoàn tác.</translation>
    </message>
</context>
<context>
    <name>einvoice::EditorOutbox</name>
    <message>
        <source>Checking whether the server received it…</source>
        <translation>Đang kiểm tra máy chủ đã nhận chưa…</translation>
    </message>
    <message>
        <source>Sent: waiting for the provider to process the invoice…</source>
        <translation>Đã gửi: đang chờ nhà cung cấp xử lý hóa đơn…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <source>The provider refused the invoice.</source>
        <translation>Nhà cung cấp đã từ chối hóa đơn.</translation>
    </message>
    <message>
        <source>The outcome is not known yet (%1). It is checked again before anything is resent.</source>
        <translation>Chưa biết kết quả (%1). Ứng dụng sẽ kiểm tra lại trước khi gửi lại bất cứ thứ gì.</translation>
    </message>
    <message>
        <source>Stopped waiting. The job is checked on the server before anything is resent.</source>
        <translation>Đã ngừng chờ. Tác vụ sẽ được kiểm tra trên máy chủ trước khi gửi lại bất cứ thứ gì.</translation>
    </message>
</context>
<context>
    <name>einvoice::Environment</name>
    <message>
        <source>Demo</source>
        <translation>Dùng thử</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Thử nghiệm (Sandbox)</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Sản xuất</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>Tùy chỉnh (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address.</source>
        <translation>&quot;%1&quot; không phải là địa chỉ máy chủ hợp lệ.</translation>
    </message>
    <message>
        <source>Plain http is only allowed for a server on this computer; use https.</source>
        <translation>Chỉ được dùng http thường cho máy chủ trên chính máy tính này; hãy dùng https.</translation>
    </message>
    <message>
        <source>Unsupported scheme &quot;%1&quot;; use https.</source>
        <translation>Không hỗ trợ giao thức &quot;%1&quot;; hãy dùng https.</translation>
    </message>
    <message>
        <source>The server address must not contain a client ID, secret or password (the part before &quot;@&quot;). Enter the address alone; credentials go in their own fields or the keychain.</source>
        <translation>Địa chỉ máy chủ không được chứa client ID, khóa bí mật hay mật khẩu (phần trước dấu &quot;@&quot;). Chỉ nhập địa chỉ; thông tin đăng nhập nhập vào ô riêng hoặc lưu trong kho khóa.</translation>
    </message>
</context>
<context>
    <name>einvoice::ExcelExport</name>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>Xuất ra Exc&amp;el…</translation>
    </message>
</context>
<context>
    <name>einvoice::GeneralSettingsWidget</name>
    <message>
        <source>As the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <source>&amp;Check job status every:</source>
        <translation>&amp;Kiểm tra trạng thái tác vụ mỗi:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>Thư mục &amp;tải về:</translation>
    </message>
    <message>
        <source>Warn when fewer invoices than this are left in the package. 0 turns the warning off.</source>
        <translation>Cảnh báo khi số hóa đơn còn lại trong gói ít hơn mức này. Đặt 0 để tắt cảnh báo.</translation>
    </message>
    <message>
        <source>&amp;Warn when quota falls below:</source>
        <translation>Cảnh &amp;báo khi hạn ngạch dưới:</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>Chọn thư mục tải về</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> mỗi giây</translation>
    </message>
    <message>
        <source>How many invoice details the app fetches in the background each second, to fill in series, lines and provider status. Your own requests go first.</source>
        <translation>Số chi tiết hóa đơn ứng dụng tải ngầm mỗi giây để bổ sung ký hiệu, dòng hàng và trạng thái tại nhà cung cấp. Các yêu cầu của bạn luôn được ưu tiên.</translation>
    </message>
    <message>
        <source>&amp;Fetch invoice details at most:</source>
        <translation>Tải &amp;chi tiết hóa đơn tối đa:</translation>
    </message>
</context>
<context>
    <name>einvoice::HeaderForm</name>
    <message>
        <source>(not stated)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <source>Cash (TM)</source>
        <translation>Tiền mặt (TM)</translation>
    </message>
    <message>
        <source>Bank transfer (CK)</source>
        <translation>Chuyển khoản (CK)</translation>
    </message>
    <message>
        <source>Cash or transfer (TM/CK)</source>
        <translation>Tiền mặt hoặc chuyển khoản (TM/CK)</translation>
    </message>
    <message>
        <source>Other (KHAC)</source>
        <translation>Khác (KHAC)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Generate a new reference code</source>
        <translation>Tạo mã tham chiếu mới</translation>
    </message>
    <message>
        <source>Generated when empty</source>
        <translation>Tự tạo khi để trống</translation>
    </message>
    <message>
        <source>Provider &amp;account</source>
        <translation>Tài &amp;khoản nhà cung cấp</translation>
    </message>
    <message>
        <source>&amp;Template and series</source>
        <translation>Mẫu &amp;số và ký hiệu</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>&amp;Ngày lập</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Pa&amp;yment method</source>
        <translation>Hình thức thanh toán</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Ghi &amp;chú</translation>
    </message>
    <message>
        <source>&amp;Reference code</source>
        <translation>Mã th&amp;am chiếu</translation>
    </message>
    <message>
        <source>Choose a provider account…</source>
        <translation>Chọn tài khoản nhà cung cấp…</translation>
    </message>
    <message>
        <source>%1%2 (not offered by this account)</source>
        <translation>%1%2 (tài khoản này không cung cấp)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (ngừng hoạt động)</translation>
    </message>
    <message>
        <source>Account (name not loaded)</source>
        <translation>Tài khoản (chưa tải được tên)</translation>
    </message>
    <message>
        <source>Account not listed by the server</source>
        <translation>Tài khoản không có trong danh sách của máy chủ</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceDetailLoader</name>
    <message>
        <source>Not connected: the detail cannot be loaded.</source>
        <translation>Chưa kết nối: không tải được chi tiết.</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceDetailPane</name>
    <message>
        <source>View PDF</source>
        <translation>Xem PDF</translation>
    </message>
    <message>
        <source>View XML</source>
        <translation>Xem XML</translation>
    </message>
    <message>
        <source>#</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Hàng hóa, dịch vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Thành tiền</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Thuế suất</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Thuế GTGT</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số hóa đơn</translation>
    </message>
    <message>
        <source>Issued date</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Loại chứng từ</translation>
    </message>
    <message>
        <source>Provider status</source>
        <translation>Trạng thái tại nhà cung cấp</translation>
    </message>
    <message>
        <source>Tax authority code</source>
        <translation>Mã của CQT</translation>
    </message>
    <message>
        <source>Buyer tax code</source>
        <translation>Mã số thuế người mua</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Hình thức thanh toán</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Select an invoice to see its detail.</source>
        <translation>Chọn một hóa đơn để xem chi tiết.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Đang tải %1…</translation>
    </message>
    <message>
        <source>The detail could not be loaded: %1</source>
        <translation>Không tải được chi tiết: %1</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(bản nháp)</translation>
    </message>
    <message>
        <source>%1 before tax + %2 VAT = %3</source>
        <translation>%1 trước thuế + %2 thuế GTGT = %3</translation>
    </message>
    <message>
        <source>Legal name (printed as the buyer unit)</source>
        <translation>Tên đơn vị (in trên hóa đơn là đơn vị mua)</translation>
    </message>
    <message>
        <source>Buyer name</source>
        <translation>Tên người mua</translation>
    </message>
    <message>
        <source>More actions on this invoice</source>
        <translation>Thao tác khác với hóa đơn này</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceEditorPage</name>
    <message>
        <source>Invoice</source>
        <translation>Hóa đơn</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Người mua</translation>
    </message>
    <message>
        <source>Totals and checks</source>
        <translation>Tổng tiền và kiểm tra</translation>
    </message>
    <message>
        <source>Problems to fix:</source>
        <translation>Các lỗi cần sửa:</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>Mớ&amp;i</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>Nhân &amp;bản</translation>
    </message>
    <message>
        <source>Local drafts</source>
        <translation>Bản nháp trên máy</translation>
    </message>
    <message>
        <source>Catalo&amp;gue…</source>
        <translation>&amp;Danh mục…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Xem t&amp;rước</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Lưu nháp</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Phát hành</translation>
    </message>
    <message>
        <source>&amp;Issue draft</source>
        <translation>&amp;Phát hành bản nháp</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Xóa bản nháp</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Mở PD&amp;F</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Các dòng</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>Duplicate line</source>
        <translation>Nhân bản dòng</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Hóa đơn %1</translation>
    </message>
    <message>
        <source>Restored the unsent invoice from %1.</source>
        <translation>Đã khôi phục hóa đơn chưa gửi từ %1.</translation>
    </message>
    <message>
        <source>This is a copy with a new reference code; the original is unchanged.</source>
        <translation>Đây là bản sao với mã tham chiếu mới; bản gốc không thay đổi.</translation>
    </message>
    <message>
        <source>No unsent invoices</source>
        <translation>Không có hóa đơn chưa gửi</translation>
    </message>
    <message>
        <source>(no buyer)</source>
        <translation>(chưa có người mua)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n line(s) · %2</source>
        <translation>
            <numerusform>%1 · %n dòng · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading the PDF…</source>
        <translation>Đang tải PDF…</translation>
    </message>
    <message>
        <source>The draft was not deleted: %1</source>
        <translation>Chưa xóa được bản nháp: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Thất bại: %1</translation>
    </message>
    <message>
        <source>The preview could not be rendered.</source>
        <translation>Không tạo được bản xem trước.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Undo remove line</source>
        <translation>Hoàn tác xóa dòng</translation>
    </message>
    <message>
        <source>Line %1 removed. Ctrl+Z puts it back.</source>
        <translation>Đã xóa dòng %1. Nhấn Ctrl+Z để khôi phục.</translation>
    </message>
    <message>
        <source>Line %1 is back.</source>
        <translation>Đã khôi phục dòng %1.</translation>
    </message>
    <message>
        <source>Fix the problems listed under &quot;Problems to fix&quot; first.</source>
        <translation>Hãy sửa trước các vấn đề trong mục &quot;Các vấn đề cần sửa&quot;.</translation>
    </message>
    <message>
        <source>Edit a&amp;s new draft</source>
        <translation>Sửa &amp;lại bản nháp</translation>
    </message>
    <message>
        <source>A draft edit left unfinished before the app closed is finished: the old draft was deleted.</source>
        <translation>Lần sửa bản nháp còn dở trước khi đóng ứng dụng đã hoàn tất: bản nháp cũ đã được xóa.</translation>
    </message>
    <message>
        <source>Editing the draft saved on the server. Saving creates the new draft first; the old one is deleted after that.</source>
        <translation>Đang sửa bản nháp đã lưu trên máy chủ. Khi lưu, bản nháp mới được tạo trước; bản nháp cũ chỉ bị xóa sau đó.</translation>
    </message>
    <message>
        <source>Saved as a new draft on the server.</source>
        <translation>Đã lưu thành bản nháp mới trên máy chủ.</translation>
    </message>
    <message>
        <source>%1 The old draft was deleted.</source>
        <translation>%1 Bản nháp cũ đã được xóa.</translation>
    </message>
    <message>
        <source>%1 The old draft was not deleted (%2): delete it from the Invoices page.</source>
        <translation>%1 Bản nháp cũ chưa được xóa (%2): hãy xóa nó ở trang Hóa đơn.</translation>
    </message>
    <message>
        <source>Sent for issuing; the invoice number is not known yet.</source>
        <translation>Đã gửi phát hành; chưa biết số hóa đơn.</translation>
    </message>
    <message>
        <source>Issued invoice no. %1.</source>
        <translation>Đã phát hành hóa đơn số %1.</translation>
    </message>
    <message>
        <source>Issued %1 no. %2.</source>
        <translation>Đã phát hành hóa đơn ký hiệu %1 số %2.</translation>
    </message>
    <message>
        <source>The draft was deleted from the server.</source>
        <translation>Đã xóa bản nháp trên máy chủ.</translation>
    </message>
    <message>
        <source>Saved as a draft on the server.</source>
        <translation>Đã lưu bản nháp trên máy chủ.</translation>
    </message>
    <message>
        <source>An invoice sent before the app closed failed: %1</source>
        <translation>Hóa đơn gửi trước khi đóng ứng dụng đã thất bại: %1</translation>
    </message>
    <message>
        <source>An invoice sent before the app closed was saved as a draft on the server.</source>
        <translation>Hóa đơn gửi trước khi đóng ứng dụng đã được lưu thành bản nháp trên máy chủ.</translation>
    </message>
    <message>
        <source>An invoice sent before the app closed was issued: invoice no. %1.</source>
        <translation>Hóa đơn gửi trước khi đóng ứng dụng đã được phát hành: hóa đơn số %1.</translation>
    </message>
    <message>
        <source>The invoice you were typing is kept in Local drafts.</source>
        <translation>Hóa đơn đang nhập dở được giữ trong Bản nháp trên máy.</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceExportTable</name>
    <message>
        <source>Invoices</source>
        <translation>Hóa đơn</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceFieldNames</name>
    <message>
        <source>Provider account</source>
        <translation>Tài khoản nhà cung cấp</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mẫu số</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Hình thức thanh toán</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Mã tham chiếu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Số dòng hàng</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Người mua</translation>
    </message>
    <message>
        <source>Buyer type</source>
        <translation>Loại người mua</translation>
    </message>
    <message>
        <source>Buyer name</source>
        <translation>Tên người mua</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Buyer code</source>
        <translation>Mã khách hàng</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Line type</source>
        <translation>Tính chất</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>Mã hàng</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Tên hàng hóa, dịch vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Thuế suất</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Chiết khấu %</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Tiền chiết khấu</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Dòng %1</translation>
    </message>
    <message>
        <source>Line %1, %2</source>
        <translation>Dòng %1, %2</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceFileCheck</name>
    <message>
        <source>The server sent an empty file.</source>
        <translation>Máy chủ gửi về một tệp rỗng.</translation>
    </message>
    <message>
        <source>The server sent a file that is not a PDF.</source>
        <translation>Máy chủ gửi về một tệp không phải PDF.</translation>
    </message>
    <message>
        <source>The server sent a file that is not well-formed XML (%1).</source>
        <translation>Máy chủ gửi về một tệp XML sai cấu trúc (%1).</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceFileFetcher</name>
    <message>
        <source>Not connected: the file cannot be downloaded.</source>
        <translation>Chưa kết nối: không tải được tệp.</translation>
    </message>
    <message>
        <source>The file is not ready yet; try again in a moment (%1).</source>
        <translation>Tệp chưa sẵn sàng; hãy thử lại sau giây lát (%1).</translation>
    </message>
    <message>
        <source>Could not save the file to %1: %2</source>
        <translation>Không lưu được tệp vào %1: %2</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceFileTab</name>
    <message>
        <source>Choose an invoice in the list to see its PDF.</source>
        <translation>Chọn một hóa đơn trong danh sách để xem PDF của hóa đơn đó.</translation>
    </message>
    <message>
        <source>Choose an invoice in the list to see its XML.</source>
        <translation>Chọn một hóa đơn trong danh sách để xem XML của hóa đơn đó.</translation>
    </message>
    <message>
        <source>The PDF of this invoice is not downloaded yet.</source>
        <translation>PDF của hóa đơn này chưa được tải về.</translation>
    </message>
    <message>
        <source>The XML of this invoice is not downloaded yet.</source>
        <translation>XML của hóa đơn này chưa được tải về.</translation>
    </message>
    <message>
        <source>Downloading the PDF…</source>
        <translation>Đang tải PDF…</translation>
    </message>
    <message>
        <source>Downloading the XML…</source>
        <translation>Đang tải XML…</translation>
    </message>
    <message>
        <source>Download PDF</source>
        <translation>Tải PDF</translation>
    </message>
    <message>
        <source>Download XML</source>
        <translation>Tải XML</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceFilterBar</name>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Mọi thời gian</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Khoảng tùy chọn</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Mọi nguồn</translation>
    </message>
    <message>
        <source>Search number, buyer, tax code or reference</source>
        <translation>Tìm theo số hóa đơn, người mua, mã số thuế hoặc mã tham chiếu</translation>
    </message>
    <message>
        <source>All tax authority statuses</source>
        <translation>Mọi trạng thái CQT</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Chưa kiểm tra</translation>
    </message>
    <message>
        <source>What the tax authority made of an issued invoice</source>
        <translation>Kết quả xử lý của cơ quan thuế với hóa đơn đã phát hành</translation>
    </message>
    <message>
        <source>Tax authority status</source>
        <translation>Trạng thái CQT</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>Tất cả ký hiệu</translation>
    </message>
    <message>
        <source>Invoice series (ký hiệu)</source>
        <translation>Ký hiệu hóa đơn</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Ký hiệu</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceLinesExportTable</name>
    <message>
        <source>Lines</source>
        <translation>Dòng hàng</translation>
    </message>
    <message>
        <source>#</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>Mã hàng</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Hàng hóa, dịch vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Thành tiền</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Thuế suất</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Thuế GTGT</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Bản nháp %1</translation>
    </message>
    <message>
        <source>Invoice %1, series %2</source>
        <translation>Hóa đơn %1, ký hiệu %2</translation>
    </message>
    <message>
        <source>invoice-%1-lines.xlsx</source>
        <translation>hoa-don-%1-dong-hang.xlsx</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceLinesModel</name>
    <message>
        <source>Goods/service</source>
        <translation>Hàng hóa, dịch vụ</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Khuyến mại</translation>
    </message>
    <message>
        <source>Trade discount</source>
        <translation>Chiết khấu thương mại</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tính chất</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Tên hàng hóa, dịch vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Chiết khấu %</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Tiền chiết khấu</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Thuế suất</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Thành tiền</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceListLayout</name>
    <message>
        <source>Show the detail pane</source>
        <translation>Hiện khung chi tiết</translation>
    </message>
    <message>
        <source>Show or hide the detail pane (%1)</source>
        <translation>Hiện hoặc ẩn khung chi tiết (%1)</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceListModel</name>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Người mua</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Before tax</source>
        <translation>Trước thuế</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Thuế GTGT</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>%1 (buyer: %2)</source>
        <translation>%1 (người mua: %2)</translation>
    </message>
    <message>
        <source>Legal name (printed as the buyer unit): %1</source>
        <translation>Tên đơn vị (in là đơn vị mua): %1</translation>
    </message>
    <message>
        <source>Buyer name: %1</source>
        <translation>Tên người mua: %1</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceOperation</name>
    <message>
        <source>The server already holds this reference code; it is still being processed.</source>
        <translation>Máy chủ đã có mã tham chiếu này; hóa đơn vẫn đang được xử lý.</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceSelectionActions</name>
    <message>
        <source>Select one or more invoices first.</source>
        <translation>Hãy chọn một hoặc nhiều hóa đơn trước.</translation>
    </message>
    <message>
        <source>Select exactly one invoice.</source>
        <translation>Hãy chọn đúng một hóa đơn.</translation>
    </message>
    <message>
        <source>Not connected: the invoice&apos;s lines cannot be fetched.</source>
        <translation>Chưa kết nối: không lấy được các dòng của hóa đơn.</translation>
    </message>
    <message numerus="yes">
        <source>Only drafts can be issued or deleted; the selection holds %n issued invoice(s).</source>
        <translation>
            <numerusform>Chỉ có thể phát hành hoặc xóa bản nháp; vùng chọn có %n hóa đơn đã phát hành.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Chưa kết nối tới máy chủ.</translation>
    </message>
    <message>
        <source>Wait until the current work on the list has finished.</source>
        <translation>Hãy chờ công việc đang chạy trên danh sách hoàn tất.</translation>
    </message>
    <message>
        <source>Drafts have no XML; select issued invoices only.</source>
        <translation>Bản nháp không có XML; chỉ chọn hóa đơn đã phát hành.</translation>
    </message>
    <message>
        <source>Drafts have no invoice number yet.</source>
        <translation>Bản nháp chưa có số hóa đơn.</translation>
    </message>
    <message>
        <source>Not every selected invoice has a tax authority code (yet).</source>
        <translation>Không phải hóa đơn nào được chọn cũng (đã) có mã của cơ quan thuế.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Issue drafts…</source>
        <translation>&amp;Phát hành bản nháp…</translation>
    </message>
    <message>
        <source>&amp;Delete drafts…</source>
        <translation>&amp;Xóa bản nháp…</translation>
    </message>
    <message>
        <source>Copy into a &amp;new invoice</source>
        <translation>Sao chép sang &amp;hóa đơn mới</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Save PDFs as ZIP…</source>
        <translation>Lưu PDF thành tệp ZIP…</translation>
    </message>
    <message>
        <source>Save XMLs as ZIP…</source>
        <translation>Lưu XML thành tệp ZIP…</translation>
    </message>
    <message>
        <source>Copy invoice &amp;number</source>
        <translation>Sao chép &amp;số hóa đơn</translation>
    </message>
    <message>
        <source>Copy &amp;reference code</source>
        <translation>Sao chép mã &amp;tham chiếu</translation>
    </message>
    <message>
        <source>Copy &amp;tax authority code</source>
        <translation>Sao chép mã của &amp;cơ quan thuế</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceSyncEngine</name>
    <message>
        <source>The refresh was cancelled.</source>
        <translation>Đã hủy làm mới.</translation>
    </message>
    <message>
        <source>The invoice list could not be read.</source>
        <translation>Không đọc được danh sách hóa đơn.</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceTexts</name>
    <message>
        <source>Draft</source>
        <translation>Nháp</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Đã phát hành</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Đã bị thay thế</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Đã bị điều chỉnh</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Thủ công</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Hóa đơn nháp</translation>
    </message>
    <message>
        <source>Original invoice</source>
        <translation>Hóa đơn gốc</translation>
    </message>
    <message>
        <source>Cancelled invoice</source>
        <translation>Hóa đơn đã hủy</translation>
    </message>
    <message>
        <source>Replacement invoice</source>
        <translation>Hóa đơn thay thế</translation>
    </message>
    <message>
        <source>Invoice that has been replaced</source>
        <translation>Hóa đơn đã bị thay thế</translation>
    </message>
    <message>
        <source>Adjustment: increase</source>
        <translation>Điều chỉnh tăng</translation>
    </message>
    <message>
        <source>Adjustment: decrease</source>
        <translation>Điều chỉnh giảm</translation>
    </message>
    <message>
        <source>Adjustment: information only</source>
        <translation>Điều chỉnh thông tin</translation>
    </message>
    <message>
        <source>Adjustment: increase and decrease</source>
        <translation>Điều chỉnh tăng và giảm</translation>
    </message>
    <message>
        <source>Invoice that has been adjusted</source>
        <translation>Hóa đơn đã bị điều chỉnh</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Không rõ (%1)</translation>
    </message>
    <message>
        <source>Signing error</source>
        <translation>Lỗi ký số</translation>
    </message>
    <message>
        <source>Not yet sent to the tax authority</source>
        <translation>Chưa gửi cơ quan thuế</translation>
    </message>
    <message>
        <source>Code granted by the tax authority</source>
        <translation>Đã được CQT cấp mã</translation>
    </message>
    <message>
        <source>The tax authority has not answered</source>
        <translation>Cơ quan thuế chưa phản hồi</translation>
    </message>
    <message>
        <source>Not eligible for a tax authority code</source>
        <translation>Không đủ điều kiện cấp mã</translation>
    </message>
    <message>
        <source>Form 04/SS: declaration not yet created</source>
        <translation>Mẫu 04/SS: chưa lập thông báo</translation>
    </message>
    <message>
        <source>Form 04/SS: not yet received by the tax authority</source>
        <translation>Mẫu 04/SS: cơ quan thuế chưa tiếp nhận</translation>
    </message>
    <message>
        <source>Form 04/SS: approved by the tax authority</source>
        <translation>Mẫu 04/SS: cơ quan thuế đã chấp nhận</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tiền mặt</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Chuyển khoản</translation>
    </message>
    <message>
        <source>Cash or bank transfer</source>
        <translation>Tiền mặt hoặc chuyển khoản</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>Khác (%1)</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <source>Adjustment +</source>
        <translation>Điều chỉnh tăng</translation>
    </message>
    <message>
        <source>Adjustment −</source>
        <translation>Điều chỉnh giảm</translation>
    </message>
    <message>
        <source>Adjustment (info)</source>
        <translation>Điều chỉnh thông tin</translation>
    </message>
    <message>
        <source>Adjustment ±</source>
        <translation>Điều chỉnh tăng, giảm</translation>
    </message>
    <message>
        <source>Code granted</source>
        <translation>Đã cấp mã</translation>
    </message>
    <message>
        <source>Awaiting code</source>
        <translation>Chờ cấp mã</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Chưa phản hồi</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Không đủ ĐK</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoicesPage</name>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>Download PDFs…</source>
        <translation>Tải các PDF…</translation>
    </message>
    <message>
        <source>Download XMLs…</source>
        <translation>Tải các XML…</translation>
    </message>
    <message>
        <source>The selected invoices, or all listed ones when none is selected</source>
        <translation>Các hóa đơn đã chọn, hoặc tất cả hóa đơn trong danh sách nếu chưa chọn</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Đang làm mới…</translation>
    </message>
    <message>
        <source>The file of %1 is not ready yet; trying again shortly…</source>
        <translation>Tệp của %1 chưa sẵn sàng; sẽ thử lại sau giây lát…</translation>
    </message>
    <message>
        <source>Downloading %1 of %2…</source>
        <translation>Đang tải %1/%2…</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) in the list.</source>
        <translation>
            <numerusform>Danh sách có %n hóa đơn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Làm mới thất bại: %1</translation>
    </message>
    <message>
        <source>Getting the PDF…</source>
        <translation>Đang lấy PDF…</translation>
    </message>
    <message>
        <source>Getting the XML…</source>
        <translation>Đang lấy XML…</translation>
    </message>
    <message>
        <source>The PDF could not be opened.</source>
        <translation>Không mở được PDF.</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>Không tải được tệp: %1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Xuất CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n invoice(s).</source>
        <translation>
            <numerusform>Đã xuất %n hóa đơn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Download PDFs to folder</source>
        <translation>Tải các PDF vào thư mục</translation>
    </message>
    <message>
        <source>Download XMLs to folder</source>
        <translation>Tải các XML vào thư mục</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved.</source>
        <translation>
            <numerusform>Đã lưu %n tệp.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) failed:</source>
        <translation>
            <numerusform>%n hóa đơn thất bại:</numerusform>
        </translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation>Đã tải xong</translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation>Làm mới lần cuối %1</translation>
    </message>
    <message>
        <source>Never refreshed</source>
        <translation>Chưa làm mới lần nào</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Tìm trong danh sách</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n hóa đơn</numerusform>
        </translation>
    </message>
    <message>
        <source> · before tax %1 · VAT %2 · total %3</source>
        <translation> · trước thuế %1 · thuế GTGT %2 · tổng cộng %3</translation>
    </message>
    <message>
        <source>Issue drafts</source>
        <translation>Phát hành bản nháp</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) left in the quota of %1, fewer than the selected drafts. Issue fewer, or extend the quota first.</source>
        <translation>
            <numerusform>Hạn ngạch của %1 chỉ còn %n hóa đơn, ít hơn số bản nháp đã chọn. Hãy phát hành ít hơn, hoặc mua thêm hạn ngạch trước.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issue %n draft(s), total %1 VND, on %2?</source>
        <translation>
            <numerusform>Phát hành %n bản nháp, tổng cộng %1 VND, trên %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>These become legal invoices sent to the tax authority; they cannot be taken back.</source>
        <translation>Đây sẽ là các hóa đơn có giá trị pháp lý gửi tới cơ quan thuế; không thể thu hồi.</translation>
    </message>
    <message numerus="yes">
        <source>Issue %n invoice(s)</source>
        <translation>
            <numerusform>Phát hành %n hóa đơn</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete drafts</source>
        <translation>Xóa bản nháp</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n draft(s) on %1? This cannot be undone.</source>
        <translation>
            <numerusform>Xóa %n bản nháp trên %1? Không thể hoàn tác.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n draft(s)</source>
        <translation>
            <numerusform>Xóa %n bản nháp</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuing %1 of %2…</source>
        <translation>Đang phát hành %1/%2…</translation>
    </message>
    <message>
        <source>Deleting %1 of %2…</source>
        <translation>Đang xóa %1/%2…</translation>
    </message>
    <message numerus="yes">
        <source>%n of the drafts issued.</source>
        <translation>
            <numerusform>Đã phát hành %n bản nháp.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the drafts deleted.</source>
        <translation>
            <numerusform>Đã xóa %n bản nháp.</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>thất bại: %1</translation>
    </message>
    <message>
        <source>issued, number %1</source>
        <translation>đã phát hành, số %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>đã xóa</translation>
    </message>
    <message>
        <source>Getting the invoice…</source>
        <translation>Đang lấy hóa đơn…</translation>
    </message>
    <message>
        <source>The invoice could not be fetched: %1</source>
        <translation>Không lấy được hóa đơn: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n value(s).</source>
        <translation>
            <numerusform>Đã sao chép %n giá trị.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) could not be downloaded; nothing was printed.</source>
        <translation>
            <numerusform>Không tải được %n hóa đơn; chưa in gì.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n invoice(s) to the printer as one job.</source>
        <translation>
            <numerusform>Đã gửi %n hóa đơn tới máy in trong một lệnh in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>Chưa in gì.</translation>
    </message>
    <message>
        <source>Save PDFs as ZIP</source>
        <translation>Lưu PDF thành tệp ZIP</translation>
    </message>
    <message>
        <source>Save XMLs as ZIP</source>
        <translation>Lưu XML thành tệp ZIP</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Tệp nén ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Save as ZIP</source>
        <translation>Lưu thành tệp ZIP</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1.</source>
        <translation>
            <numerusform>Đã lưu %n tệp vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>too large to add up</source>
        <translation>quá lớn để cộng</translation>
    </message>
    <message>
        <source>Export lines to Excel…</source>
        <translation>Xuất dòng hàng ra Excel…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n line(s).</source>
        <translation>
            <numerusform>Đã xuất %n dòng hàng.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) · …</source>
        <translation>
            <numerusform>%n hóa đơn · …</numerusform>
        </translation>
    </message>
    <message>
        <source>invoices.csv</source>
        <translation>hoa-don.csv</translation>
    </message>
    <message>
        <source>invoices.xlsx</source>
        <translation>hoa-don.xlsx</translation>
    </message>
    <message>
        <source>invoices-pdf.zip</source>
        <translation>hoa-don-pdf.zip</translation>
    </message>
    <message>
        <source>invoices-xml.zip</source>
        <translation>hoa-don-xml.zip</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n bản nháp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n đã hủy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n bị thay thế</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n information-only adjustment(s)</source>
        <translation>
            <numerusform>%n điều chỉnh thông tin</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1: not in the sums)</source>
        <translation> (%1: không tính vào tổng)</translation>
    </message>
    <message>
        <source>The list is refreshed.</source>
        <translation>Đã làm mới danh sách.</translation>
    </message>
    <message>
        <source>Counting the invoices…</source>
        <translation>Đang đếm hóa đơn…</translation>
    </message>
    <message numerus="yes">
        <source>at least %n invoice(s)</source>
        <translation>
            <numerusform>ít nhất %n hóa đơn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>einvoice::IssueInvoiceOperation</name>
    <message>
        <source>No invoice has the reference code %1.</source>
        <translation>Không có hóa đơn nào mang mã tham chiếu %1.</translation>
    </message>
</context>
<context>
    <name>einvoice::IssuesPanel</name>
    <message>
        <source>Line %1</source>
        <translation>Dòng %1</translation>
    </message>
    <message>
        <source>Line %1, %2</source>
        <translation>Dòng %1, %2</translation>
    </message>
</context>
<context>
    <name>einvoice::JobPoller</name>
    <message>
        <source>the job was still pending after %1 s</source>
        <translation>tác vụ vẫn đang chờ xử lý sau %1 giây</translation>
    </message>
</context>
<context>
    <name>einvoice::MainActions</name>
    <message>
        <source>&amp;New invoice</source>
        <translation>&amp;Hóa đơn mới</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About SePay eInvoice</source>
        <translation>&amp;Giới thiệu Hóa đơn điện tử SePay</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Danh sách hóa đơn</translation>
    </message>
    <message>
        <source>Ne&amp;w invoice</source>
        <translation>Hóa đơn &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Provider accounts</source>
        <translation>&amp;Tài khoản nhà cung cấp</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>Mức &amp;sử dụng</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Môi trường</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>&amp;Batch issuing</source>
        <translation>&amp;Phát hành theo lô</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
</context>
<context>
    <name>einvoice::MainWindow</name>
    <message>
        <source>Invoices</source>
        <translation>Hóa đơn</translation>
    </message>
    <message>
        <source>The list of invoices, with search, status and downloads, comes here in a coming version.</source>
        <translation>Danh sách hóa đơn, cùng tìm kiếm, trạng thái và tải về, sẽ có ở đây trong phiên bản sắp tới.</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Hóa đơn mới</translation>
    </message>
    <message>
        <source>Writing and issuing a new invoice comes here in a coming version.</source>
        <translation>Lập và phát hành hóa đơn mới sẽ có ở đây trong phiên bản sắp tới.</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Mức sử dụng</translation>
    </message>
    <message>
        <source>Quota history and usage charts come here in a coming version. The remaining quota is always shown in the status bar.</source>
        <translation>Lịch sử hạn ngạch và biểu đồ sử dụng sẽ có ở đây trong phiên bản sắp tới. Hạn ngạch còn lại luôn hiển thị ở thanh trạng thái.</translation>
    </message>
    <message>
        <source>Batch issuing</source>
        <translation>Phát hành theo lô</translation>
    </message>
    <message>
        <source>Issuing many invoices from a spreadsheet needs a connection and the local data; it appears here once both are ready.</source>
        <translation>Phát hành nhiều hóa đơn từ bảng tính cần có kết nối và dữ liệu cục bộ; trang này hiện ra khi cả hai đã sẵn sàng.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>The month-end reports need the local data; they appear here once it is open.</source>
        <translation>Các báo cáo cuối tháng cần dữ liệu trên máy; chúng hiện ở đây khi dữ liệu đã mở.</translation>
    </message>
</context>
<context>
    <name>einvoice::OriginRules</name>
    <message>
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <source>signing error</source>
        <translation>lỗi ký số</translation>
    </message>
    <message>
        <source>not yet sent to the tax authority</source>
        <translation>chưa gửi cơ quan thuế</translation>
    </message>
    <message>
        <source>the tax authority has not answered</source>
        <translation>cơ quan thuế chưa phản hồi</translation>
    </message>
    <message>
        <source>not eligible for a tax authority code</source>
        <translation>không đủ điều kiện cấp mã</translation>
    </message>
    <message>
        <source>notice 04/SS not yet created</source>
        <translation>chưa lập thông báo 04/SS</translation>
    </message>
    <message>
        <source>notice 04/SS not yet received by the tax authority</source>
        <translation>cơ quan thuế chưa tiếp nhận thông báo 04/SS</translation>
    </message>
    <message>
        <source>notice 04/SS approved by the tax authority</source>
        <translation>cơ quan thuế đã chấp nhận thông báo 04/SS</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
</context>
<context>
    <name>einvoice::OriginSummary</name>
    <message>
        <source>Invoice to correct</source>
        <translation>Hóa đơn cần xử lý</translation>
    </message>
    <message>
        <source>Template / series:</source>
        <translation>Mẫu số / ký hiệu:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Số:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Tax authority code:</source>
        <translation>Mã của cơ quan thuế:</translation>
    </message>
    <message>
        <source>Buyer:</source>
        <translation>Người mua:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Tổng tiền:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Reading the provider account of the invoice…</source>
        <translation>Đang đọc tài khoản nhà cung cấp của hóa đơn…</translation>
    </message>
</context>
<context>
    <name>einvoice::PageComposer</name>
    <message>
        <source>The interrupted batch run of %1 was resumed: %2 invoice(s) sent before are checked on the server, %3 were not sent yet (see Batch issuing).</source>
        <translation>Đã tiếp tục lần gửi theo lô bị gián đoạn của %1: %2 hóa đơn đã gửi đang được kiểm tra trên máy chủ, %3 hóa đơn chưa gửi (xem Phát hành theo lô).</translation>
    </message>
    <message>
        <source>Resumed the interrupted batch run of %1 (see Batch issuing).</source>
        <translation>Đã tiếp tục lần gửi theo lô bị gián đoạn của %1 (xem Phát hành theo lô).</translation>
    </message>
</context>
<context>
    <name>einvoice::PdfViewer</name>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Lưu thành…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
</context>
<context>
    <name>einvoice::ProviderAccountsExport</name>
    <message>
        <source>Provider accounts</source>
        <translation>Tài khoản nhà cung cấp</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Mã tài khoản</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Mẫu hóa đơn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Templates not loaded: %1</source>
        <translation>Chưa tải được mẫu hóa đơn: %1</translation>
    </message>
</context>
<context>
    <name>einvoice::ProviderAccountsModel</name>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Ngừng hoạt động</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Chưa ghi nhận</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Tax approval date</source>
        <translation>Ngày CQT chấp thuận</translation>
    </message>
</context>
<context>
    <name>einvoice::ProviderAccountsPage</name>
    <message>
        <source>&lt;b&gt;Provider accounts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tài khoản nhà cung cấp&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>&amp;New invoice with this account</source>
        <translation>Lập hóa đơn mới với tài khoản &amp;này</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Chưa kết nối tới máy chủ.</translation>
    </message>
    <message>
        <source>Loading provider accounts…</source>
        <translation>Đang tải tài khoản nhà cung cấp…</translation>
    </message>
    <message>
        <source>This environment has no provider accounts yet.</source>
        <translation>Môi trường này chưa có tài khoản nhà cung cấp nào.</translation>
    </message>
    <message>
        <source>Could not load the provider accounts: %1</source>
        <translation>Không tải được tài khoản nhà cung cấp: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Templates&lt;/b&gt; — select an account</source>
        <translation>&lt;b&gt;Mẫu hóa đơn&lt;/b&gt; — hãy chọn một tài khoản</translation>
    </message>
    <message>
        <source>&lt;b&gt;Templates of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mẫu hóa đơn của %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not load the templates: %1</source>
        <translation>Không tải được mẫu hóa đơn: %1</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message numerus="yes">
        <source>Loading the templates of %n account(s)…</source>
        <translation>
            <numerusform>Đang tải mẫu hóa đơn của %n tài khoản…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported; the templates of %n account(s) could not be loaded: their note says why.</source>
        <translation>
            <numerusform>Đã xuất; không tải được mẫu hóa đơn của %n tài khoản: cột Ghi chú nêu lý do.</numerusform>
        </translation>
    </message>
    <message>
        <source>provider-accounts.xlsx</source>
        <translation>tai-khoan-nha-cung-cap.xlsx</translation>
    </message>
</context>
<context>
    <name>einvoice::ProviderStatusNotifier</name>
    <message>
        <source>SePay eInvoice: tax authority</source>
        <translation>Hóa đơn điện tử SePay: cơ quan thuế</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… và %n hóa đơn khác.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SePay eInvoice: the tax authority answered about %n invoice(s)</source>
        <translation>
            <numerusform>Hóa đơn điện tử SePay: cơ quan thuế đã phản hồi về %n hóa đơn</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice %1: %2</source>
        <translation>Hóa đơn %1: %2</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>mã tham chiếu %1</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>số %1</translation>
    </message>
    <message>
        <source>no. %1, series %2</source>
        <translation>số %1, ký hiệu %2</translation>
    </message>
</context>
<context>
    <name>einvoice::QuotaBanner</name>
    <message>
        <source>Only %1 invoices are left in the package (warning under %2). Top up the package before a batch fails with QUOTA_EXCEEDED.</source>
        <translation>Gói chỉ còn %1 hóa đơn (cảnh báo khi dưới %2). Hãy nâng cấp gói trước khi một lô hóa đơn thất bại với lỗi QUOTA_EXCEEDED.</translation>
    </message>
</context>
<context>
    <name>einvoice::RateTotalsXml</name>
    <message>
        <source>The invoice XML names a VAT rate the reports do not know: &quot;%1&quot;.</source>
        <translation>XML hóa đơn ghi một thuế suất mà báo cáo không biết: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The invoice XML has an amount that is not a number at rate %1.</source>
        <translation>XML hóa đơn có một số tiền không phải là số ở thuế suất %1.</translation>
    </message>
    <message>
        <source>The invoice XML cannot be read: %1.</source>
        <translation>Không đọc được XML hóa đơn: %1.</translation>
    </message>
    <message>
        <source>The invoice XML has no totals (TToan).</source>
        <translation>XML hóa đơn không có phần tổng tiền (TToan).</translation>
    </message>
</context>
<context>
    <name>einvoice::ReportFetcher</name>
    <message>
        <source>The connection closed before the invoices were fetched.</source>
        <translation>Kết nối đã đóng trước khi tải xong các hóa đơn.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>einvoice::ReportMonthChart</name>
    <message>
        <source>Revenue before tax by month</source>
        <translation>Doanh thu chưa thuế theo tháng</translation>
    </message>
</context>
<context>
    <name>einvoice::ReportPeriod</name>
    <message>
        <source>--from needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--from cần một ngày dạng YYYY-MM-DD, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--to needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--to cần một ngày dạng YYYY-MM-DD, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to (%1) trước --from (%2).</translation>
    </message>
</context>
<context>
    <name>einvoice::ReportPeriodPicker</name>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Khoảng tùy chọn</translation>
    </message>
    <message>
        <source>The period of the report, by the invoices&apos; issued date (Vietnam time)</source>
        <translation>Kỳ báo cáo, theo ngày lập hóa đơn (giờ Việt Nam)</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>Từ ngà&amp;y</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Q%1/%2</source>
        <translation>Quý %1/%2</translation>
    </message>
</context>
<context>
    <name>einvoice::ReportPrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
</context>
<context>
    <name>einvoice::ReportSeller</name>
    <message>
        <source>Tax code %1</source>
        <translation>MST %1</translation>
    </message>
    <message>
        <source>DEMO: sample data</source>
        <translation>DÙNG THỬ: dữ liệu mẫu</translation>
    </message>
    <message>
        <source>SANDBOX: test data</source>
        <translation>THỬ NGHIỆM: dữ liệu thử</translation>
    </message>
    <message>
        <source>CUSTOM SERVER: not SePay Production</source>
        <translation>MÁY CHỦ RIÊNG: không phải SePay Sản xuất</translation>
    </message>
    <message numerus="yes">
        <source>INCOMPLETE: %1 of %n invoice(s) of the period not fetched yet; figures may change</source>
        <translation>
            <numerusform>CHƯA ĐẦY ĐỦ: %1 trên %n hóa đơn của kỳ chưa được tải về; số liệu có thể thay đổi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>einvoice::ReportTables</name>
    <message>
        <source>Before tax</source>
        <translation>Trước thuế</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Thuế GTGT</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Sales invoices (no VAT rate)</source>
        <translation>Hóa đơn bán hàng (không có thuế suất)</translation>
    </message>
    <message>
        <source>Not subject to VAT (KCT)</source>
        <translation>Không chịu thuế (KCT)</translation>
    </message>
    <message>
        <source>Not declared (KKKNT)</source>
        <translation>Không kê khai, tính nộp thuế (KKKNT)</translation>
    </message>
    <message>
        <source>By VAT rate</source>
        <translation>Theo thuế suất</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Thuế suất</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Số hóa đơn</translation>
    </message>
    <message>
        <source>Listing by rate</source>
        <translation>Bảng kê theo thuế suất</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mẫu số</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số hóa đơn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Người mua</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message numerus="yes">
        <source>Subtotal: %n invoice(s)</source>
        <translation>
            <numerusform>Cộng: %n hóa đơn</numerusform>
        </translation>
    </message>
    <message>
        <source>By buyer</source>
        <translation>Theo người mua</translation>
    </message>
    <message>
        <source>By item</source>
        <translation>Theo hàng hóa</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>Mã hàng</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Tên hàng hóa, dịch vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Revenue before tax</source>
        <translation>Doanh thu chưa thuế</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Theo tháng</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>VAT return 01-GTGT</source>
        <translation>Tờ khai 01-GTGT</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Amount (VND)</source>
        <translation>Số tiền (VND)</translation>
    </message>
</context>
<context>
    <name>einvoice::ReportsPage</name>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>Xuất &amp;Excel…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Xuất &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Fetch &amp;now</source>
        <translation>Tải &amp;ngay</translation>
    </message>
    <message>
        <source>Fetch the details and XML the period&apos;s invoices still lack from the server</source>
        <translation>Tải từ máy chủ chi tiết và XML mà các hóa đơn trong kỳ còn thiếu</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <source>VAT return</source>
        <translation>Tờ khai thuế GTGT</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Counted: issued invoices by their issued date. Left out: drafts, cancelled invoices and replaced invoices (their replacement counts). Adjustments count in the period of their own date with the sign of their effect; an information adjustment changes no money. Sales invoices have no VAT rate and are shown beside the rates. Amounts in different currencies are never added together; invoices this computer did not create count as VND.</source>
        <translation>Được tính: hóa đơn đã phát hành, theo ngày lập. Không tính: hóa đơn nháp, hóa đơn đã hủy và hóa đơn bị thay thế (tính hóa đơn thay thế). Hóa đơn điều chỉnh được tính vào kỳ của chính ngày lập, với dấu theo tác động của nó; điều chỉnh thông tin không làm thay đổi số tiền. Hóa đơn bán hàng không có thuế suất GTGT và được nêu riêng bên cạnh các thuế suất. Số tiền của các loại tiền khác nhau không bao giờ được cộng chung; hóa đơn không do máy này lập được tính là VND.</translation>
    </message>
    <message>
        <source>Sales by VAT rate</source>
        <translation>Doanh thu theo thuế suất</translation>
    </message>
    <message>
        <source>Invoice listing by rate</source>
        <translation>Bảng kê hóa đơn theo thuế suất</translation>
    </message>
    <message>
        <source>By buyer</source>
        <translation>Theo người mua</translation>
    </message>
    <message>
        <source>By item</source>
        <translation>Theo hàng hóa, dịch vụ</translation>
    </message>
    <message>
        <source>Month by month (12 months)</source>
        <translation>Theo tháng (12 tháng)</translation>
    </message>
    <message>
        <source>The period&apos;s first day is after its last day: choose the dates again.</source>
        <translation>Ngày đầu kỳ sau ngày cuối kỳ: hãy chọn lại ngày.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n invoice(s) have their details; %3 waiting.</source>
        <translation>
            <numerusform>%1: %2 trên %n hóa đơn đã có chi tiết; %3 đang chờ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Currencies, each reported on its own: %1.</source>
        <translation>Loại tiền, mỗi loại báo cáo riêng: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) counted as VND: this computer did not create them and the server does not say their currency.</source>
        <translation>
            <numerusform>%n hóa đơn được tính là VND: máy này không lập các hóa đơn đó và máy chủ không cho biết loại tiền.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching: %1 of %2…</source>
        <translation>Đang tải: %1/%2…</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Xuất CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>A CSV file holds the figures only: nothing in it will say that they are incomplete.</source>
        <translation>Tệp CSV chỉ chứa số liệu: trong tệp sẽ không có gì cho biết số liệu chưa đầy đủ.</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Vẫn xuất</translation>
    </message>
    <message>
        <source>sales-report-%1.%2</source>
        <translation>bao-cao-ban-hang-%1.%2</translation>
    </message>
</context>
<context>
    <name>einvoice::SellerSettingsWidget</name>
    <message>
        <source>Your company as the month-end reports print it in their header, for the environment in use. The app fills it from the seller of an invoice it downloaded; correct it here if needed.</source>
        <translation>Công ty của bạn như các báo cáo cuối tháng in ở phần đầu trang, cho môi trường đang dùng. Ứng dụng tự điền từ thông tin người bán của một hóa đơn đã tải về; hãy sửa tại đây nếu cần.</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Tên công ty:</translation>
    </message>
    <message>
        <source>&amp;Tax code:</source>
        <translation>&amp;Mã số thuế:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>Your company: &quot;%1&quot; is not a valid tax code (10 digits, or 10 digits, a dash and a 3-digit branch number).</source>
        <translation>Công ty của bạn: &quot;%1&quot; không phải là mã số thuế hợp lệ (10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số của chi nhánh).</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Môi trường: %1</translation>
    </message>
    <message>
        <source>&amp;Use these details</source>
        <translation>&amp;Dùng thông tin này</translation>
    </message>
    <message>
        <source>The seller of an invoice the app downloaded:</source>
        <translation>Người bán trên một hóa đơn ứng dụng đã tải về:</translation>
    </message>
    <message>
        <source>Tax code %1</source>
        <translation>MST %1</translation>
    </message>
</context>
<context>
    <name>einvoice::SepayInvoiceActions</name>
    <message>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <source>Checking whether the server received it…</source>
        <translation>Đang kiểm tra máy chủ đã nhận chưa…</translation>
    </message>
    <message>
        <source>Pending: the provider is processing the invoice…</source>
        <translation>Đang chờ: nhà cung cấp đang xử lý hóa đơn…</translation>
    </message>
    <message numerus="yes">
        <source>Pending (%n check(s))…</source>
        <translation>
            <numerusform>Đang chờ (%n lần kiểm tra)…</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider refused the invoice.</source>
        <translation>Nhà cung cấp đã từ chối hóa đơn.</translation>
    </message>
</context>
<context>
    <name>einvoice::Session</name>
    <message>
        <source>The local data could not be opened (%1): %2</source>
        <translation>Không mở được dữ liệu cục bộ (%1): %2</translation>
    </message>
</context>
<context>
    <name>einvoice::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>The credentials could not be saved: %1</source>
        <translation>Không lưu được thông tin xác thực: %1</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Công ty của bạn</translation>
    </message>
</context>
<context>
    <name>einvoice::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Phím tắt</translation>
    </message>
</context>
<context>
    <name>einvoice::SpreadsheetError</name>
    <message>
        <source>The file cannot be opened: %1.</source>
        <translation>Không mở được tệp: %1.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>Tệp lớn hơn %1 MB; hãy chia thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook (.xlsx) or a CSV file.</source>
        <translation>Tệp này không phải là sổ làm việc Excel (.xlsx) hay tệp CSV.</translation>
    </message>
    <message>
        <source>This file is text (CSV), not an Excel workbook.</source>
        <translation>Tệp này là văn bản (CSV), không phải sổ làm việc Excel.</translation>
    </message>
    <message>
        <source>This file is Unicode text (UTF-16). In Excel, save it as &quot;CSV UTF-8&quot; or as an Excel workbook (.xlsx).</source>
        <translation>Tệp này là văn bản Unicode (UTF-16). Trong Excel, hãy lưu lại dưới dạng &quot;CSV UTF-8&quot; hoặc sổ làm việc Excel (.xlsx).</translation>
    </message>
    <message>
        <source>This is an old Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).</source>
        <translation>Đây là sổ làm việc Excel 97-2003 cũ (.xls). Hãy mở bằng Excel hoặc LibreOffice và lưu lại dưới dạng sổ làm việc Excel (.xlsx).</translation>
    </message>
    <message>
        <source>This workbook is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>Sổ làm việc này được bảo vệ bằng mật khẩu. Hãy mở bằng Excel, gỡ mật khẩu (Tệp &gt; Thông tin &gt; Bảo vệ Sổ làm việc) rồi lưu lại.</translation>
    </message>
    <message>
        <source>This is an OpenDocument spreadsheet (.ods). Save it as an Excel workbook (.xlsx).</source>
        <translation>Đây là bảng tính OpenDocument (.ods). Hãy lưu lại dưới dạng sổ làm việc Excel (.xlsx).</translation>
    </message>
    <message>
        <source>This is an Excel binary workbook (.xlsb). Save it as an Excel workbook (.xlsx).</source>
        <translation>Đây là sổ làm việc nhị phân Excel (.xlsb). Hãy lưu lại dưới dạng sổ làm việc Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The workbook is damaged and cannot be read (%1). Open it in Excel or LibreOffice and save it again.</source>
        <translation>Sổ làm việc bị hỏng và không đọc được (%1). Hãy mở bằng Excel hoặc LibreOffice rồi lưu lại.</translation>
    </message>
    <message>
        <source>The workbook is incomplete: its part &quot;%1&quot; is missing. Open it in Excel or LibreOffice and save it again.</source>
        <translation>Sổ làm việc không đầy đủ: thiếu phần &quot;%1&quot;. Hãy mở bằng Excel hoặc LibreOffice rồi lưu lại.</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than %1 MB; it is refused to protect the computer&apos;s memory.</source>
        <translation>Sổ làm việc khi giải nén lớn hơn %1 MB; tệp bị từ chối để bảo vệ bộ nhớ của máy tính.</translation>
    </message>
    <message>
        <source>The workbook part &quot;%1&quot; contains a document type declaration, which workbooks saved by Excel never have; it is refused.</source>
        <translation>Phần &quot;%1&quot; của sổ làm việc chứa khai báo kiểu tài liệu (DTD), thứ mà sổ làm việc do Excel lưu không bao giờ có; tệp bị từ chối.</translation>
    </message>
    <message>
        <source>The workbook part &quot;%1&quot; is damaged at line %2 (%3).</source>
        <translation>Phần &quot;%1&quot; của sổ làm việc bị hỏng ở dòng %2 (%3).</translation>
    </message>
    <message>
        <source>The workbook part &quot;%1&quot; names a cell outside the sheet: &quot;%2&quot;.</source>
        <translation>Phần &quot;%1&quot; của sổ làm việc tham chiếu một ô nằm ngoài trang tính: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>Sổ làm việc không có trang tính nào.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;. Its sheets are: %2.</source>
        <translation>Sổ làm việc không có trang tính tên &quot;%1&quot;. Các trang tính hiện có: %2.</translation>
    </message>
    <message>
        <source>No sheet of the workbook starts with the expected header row (sheets: %1).</source>
        <translation>Không có trang tính nào bắt đầu bằng dòng tiêu đề mong đợi (các trang tính: %1).</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; has more than %2 rows; split it into smaller files.</source>
        <translation>Trang tính &quot;%1&quot; có hơn %2 dòng; hãy chia thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; has more than %2 cells; remove unused columns or split it.</source>
        <translation>Trang tính &quot;%1&quot; có hơn %2 ô; hãy xóa các cột không dùng hoặc chia nhỏ tệp.</translation>
    </message>
    <message>
        <source>The workbook could not be saved as &quot;%1&quot;: %2.</source>
        <translation>Không lưu được sổ làm việc thành &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a sheet name: at most 31 characters, none of : \ / ? * [ ].</source>
        <translation>&quot;%1&quot; không thể là tên trang tính: tối đa 31 ký tự, không chứa : \ / ? * [ ].</translation>
    </message>
    <message>
        <source>The workbook already has a sheet named &quot;%1&quot;.</source>
        <translation>Sổ làm việc đã có trang tính tên &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The text for cell %1 of sheet &quot;%2&quot; is longer than Excel&apos;s 32,767 characters.</source>
        <translation>Văn bản cho ô %1 của trang tính &quot;%2&quot; dài hơn giới hạn 32.767 ký tự của Excel.</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; would have more rows than Excel allows (1,048,576).</source>
        <translation>Trang tính &quot;%1&quot; sẽ có nhiều dòng hơn mức Excel cho phép (1.048.576).</translation>
    </message>
    <message>
        <source>The drop-down list of column &quot;%1&quot; is longer than Excel&apos;s 255 characters.</source>
        <translation>Danh sách chọn của cột &quot;%1&quot; dài hơn giới hạn 255 ký tự của Excel.</translation>
    </message>
    <message>
        <source>This file is a web page (HTML) with an Excel name. Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).</source>
        <translation>Tệp này là một trang web (HTML) mang tên tệp Excel. Hãy mở bằng Excel hoặc LibreOffice và lưu lại dưới dạng sổ làm việc Excel (.xlsx).</translation>
    </message>
    <message>
        <source>This is an Excel 2003 XML spreadsheet. Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).</source>
        <translation>Đây là bảng tính XML của Excel 2003. Hãy mở bằng Excel hoặc LibreOffice và lưu lại dưới dạng sổ làm việc Excel (.xlsx).</translation>
    </message>
</context>
<context>
    <name>einvoice::StatusPanel</name>
    <message>
        <source>Not connected</source>
        <translation>Chưa kết nối</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Đã kết nối</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Mất kết nối</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Đăng nhập thất bại</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Lỗi máy chủ</translation>
    </message>
    <message>
        <source>Quota: —</source>
        <translation>Hạn ngạch: —</translation>
    </message>
    <message>
        <source>Quota: %1 invoices left</source>
        <translation>Hạn ngạch: còn %1 hóa đơn</translation>
    </message>
    <message>
        <source>Fewer than %1 invoices are left in the package.</source>
        <translation>Gói chỉ còn ít hơn %1 hóa đơn.</translation>
    </message>
    <message>
        <source>No running jobs</source>
        <translation>Không có tác vụ đang chạy</translation>
    </message>
    <message numerus="yes">
        <source>%n running job(s)</source>
        <translation>
            <numerusform>%n tác vụ đang chạy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server busy: trying again in %n s</source>
        <translation>
            <numerusform>Máy chủ đang bận: thử lại sau %n giây</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from the server: trying again in %n s</source>
        <translation>
            <numerusform>Máy chủ không trả lời: thử lại sau %n giây</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching invoice details: %1 of %2</source>
        <translation>Đang tải chi tiết hóa đơn: %1/%2</translation>
    </message>
    <message>
        <source>Series, lines and provider status of the invoices in the list are fetched in the background; your own requests go first.</source>
        <translation>Ký hiệu, dòng hàng và trạng thái tại nhà cung cấp của các hóa đơn trong danh sách được tải ngầm; các yêu cầu của bạn luôn được ưu tiên.</translation>
    </message>
</context>
<context>
    <name>einvoice::TemplateQuestion</name>
    <message>
        <source>Which provider account?</source>
        <translation>Tài khoản nhà cung cấp nào?</translation>
    </message>
    <message numerus="yes">
        <source>The series %1 is on templates of %n provider accounts. Choose the one this invoice belongs to.</source>
        <translation>
            <numerusform>Ký hiệu %1 có trong mẫu số của %n tài khoản nhà cung cấp. Hãy chọn tài khoản của hóa đơn này.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Mã tham chiếu</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>%1 (account %2), template %3</source>
        <translation>%1 (tài khoản %2), mẫu số %3</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>einvoice::TemplatesModel</name>
    <message>
        <source>Template</source>
        <translation>Mẫu số</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Tên mẫu</translation>
    </message>
</context>
<context>
    <name>einvoice::TokenJob</name>
    <message>
        <source>missing or not a string</source>
        <translation>thiếu hoặc không phải là chuỗi</translation>
    </message>
    <message>
        <source>missing or not a positive integer</source>
        <translation>thiếu hoặc không phải là số nguyên dương</translation>
    </message>
</context>
<context>
    <name>einvoice::TokenManager</name>
    <message>
        <source>No client ID and secret are set for this environment.</source>
        <translation>Môi trường này chưa có Client ID và khóa bí mật.</translation>
    </message>
</context>
<context>
    <name>einvoice::TotalsPanel</name>
    <message>
        <source>Total before tax</source>
        <translation>Cộng tiền hàng trước thuế</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Thuế GTGT</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>%1 + VAT %2</source>
        <translation>%1 + thuế GTGT %2</translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation>Thuế suất %1</translation>
    </message>
    <message>
        <source>In words: %1</source>
        <translation>Số tiền viết bằng chữ: %1</translation>
    </message>
    <message>
        <source>The amounts are larger than an invoice can carry.</source>
        <translation>Số tiền vượt quá mức một hóa đơn có thể ghi.</translation>
    </message>
    <message>
        <source>The totals appear once the numbers marked in the lines are corrected.</source>
        <translation>Tổng tiền sẽ hiện khi các số được đánh dấu ở các dòng hàng được sửa.</translation>
    </message>
</context>
<context>
    <name>einvoice::TrackingUrl</name>
    <message>
        <source>the tracking URL &quot;%1&quot; is not a valid absolute URL</source>
        <translation>địa chỉ theo dõi &quot;%1&quot; không phải là địa chỉ URL tuyệt đối hợp lệ</translation>
    </message>
    <message>
        <source>the tracking URL points at %1, not at the server %2; it is not followed</source>
        <translation>địa chỉ theo dõi trỏ tới %1, không phải máy chủ %2; ứng dụng không truy cập địa chỉ này</translation>
    </message>
    <message>
        <source>the tracking URL path %1 is not an API path of this server</source>
        <translation>đường dẫn theo dõi %1 không phải là đường dẫn API của máy chủ này</translation>
    </message>
</context>
<context>
    <name>einvoice::UsageCharts</name>
    <message>
        <source>Invoices issued per day (last 30 days)</source>
        <translation>Hóa đơn phát hành mỗi ngày (30 ngày gần nhất)</translation>
    </message>
    <message>
        <source>Invoices issued per month (last 12 months)</source>
        <translation>Hóa đơn phát hành mỗi tháng (12 tháng gần nhất)</translation>
    </message>
    <message>
        <source>Remaining quota over time</source>
        <translation>Hạn ngạch còn lại theo thời gian</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Đã phát hành</translation>
    </message>
    <message>
        <source>Remaining quota</source>
        <translation>Hạn ngạch còn lại</translation>
    </message>
</context>
<context>
    <name>einvoice::UsageFiguresPanel</name>
    <message>
        <source>Issued this month:</source>
        <translation>Phát hành tháng này:</translation>
    </message>
    <message>
        <source>Issued last month:</source>
        <translation>Phát hành tháng trước:</translation>
    </message>
    <message>
        <source>Drafts waiting:</source>
        <translation>Bản nháp đang chờ:</translation>
    </message>
    <message>
        <source>Jobs running:</source>
        <translation>Tác vụ đang chạy:</translation>
    </message>
    <message>
        <source>Jobs failed:</source>
        <translation>Tác vụ thất bại:</translation>
    </message>
    <message>
        <source>Average per working day:</source>
        <translation>Trung bình mỗi ngày làm việc:</translation>
    </message>
    <message>
        <source>Quota runs out:</source>
        <translation>Hạn ngạch hết vào:</translation>
    </message>
    <message>
        <source>show them in the list</source>
        <translation>xem trong danh sách</translation>
    </message>
    <message>
        <source>%1 (%2 issued over %3 working days)</source>
        <translation>%1 (%2 hóa đơn trong %3 ngày làm việc)</translation>
    </message>
    <message numerus="yes">
        <source>(%n more unfinished: followed up at the next start or run of their file)</source>
        <translation>
            <numerusform>(thêm %n tác vụ chưa xong: sẽ được theo dõi tiếp khi mở lại ứng dụng hoặc chạy lại tệp của chúng)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>einvoice::UsagePage</name>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Read the remaining quota from the server again</source>
        <translation>Đọc lại hạn ngạch còn lại từ máy chủ</translation>
    </message>
    <message>
        <source>Reading the remaining quota…</source>
        <translation>Đang đọc hạn ngạch còn lại…</translation>
    </message>
    <message>
        <source>Remaining quota: not read yet</source>
        <translation>Hạn ngạch còn lại: chưa đọc</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>chưa kết nối</translation>
    </message>
    <message>
        <source>Offline (%1): showing the figures saved on this computer.</source>
        <translation>Mất kết nối (%1): đang hiển thị số liệu đã lưu trên máy tính này.</translation>
    </message>
    <message>
        <source>The invoice list has not been synchronised yet.</source>
        <translation>Danh sách hóa đơn chưa được đồng bộ.</translation>
    </message>
    <message>
        <source>Invoices as of %1 (%2).</source>
        <translation>Hóa đơn tính đến %1 (%2).</translation>
    </message>
</context>
<context>
    <name>einvoice::UsageTexts</name>
    <message>
        <source>just now</source>
        <translation>vừa xong</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n phút trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n giờ trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown until the remaining quota has been read</source>
        <translation>Chưa rõ cho đến khi đọc được hạn ngạch còn lại</translation>
    </message>
    <message>
        <source>No invoices issued in the last 30 days</source>
        <translation>Không có hóa đơn nào được phát hành trong 30 ngày qua</translation>
    </message>
    <message>
        <source>The quota is used up</source>
        <translation>Đã hết hạn ngạch</translation>
    </message>
    <message>
        <source>Not within the next five years at this pace</source>
        <translation>Không hết trong năm năm tới với tốc độ này</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n working day(s))</source>
        <translation>
            <numerusform>%1 (sau %n ngày làm việc)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 invoices left</source>
        <translation>còn %1 hóa đơn</translation>
    </message>
    <message>
        <source>read at %1, %2</source>
        <translation>đọc lúc %1, %2</translation>
    </message>
</context>
<context>
    <name>einvoice::Validation</name>
    <message>
        <source>The adjustment takes %1 off invoice %2, whose total is %3: type by how much each line goes down, not its new figure.</source>
        <translation>Điều chỉnh này giảm %1 cho hóa đơn %2, trong khi tổng tiền của hóa đơn chỉ là %3: hãy ghi số giảm của từng dòng, không ghi số mới.</translation>
    </message>
    <message>
        <source>The provider account has no template %1.</source>
        <translation>Tài khoản nhà cung cấp không có mẫu số %1.</translation>
    </message>
    <message>
        <source>The series %1 is not registered for template %2 on the provider account.</source>
        <translation>Ký hiệu %1 chưa được đăng ký cho mẫu số %2 trên tài khoản nhà cung cấp.</translation>
    </message>
    <message>
        <source>Choose an invoice template.</source>
        <translation>Hãy chọn mẫu hóa đơn.</translation>
    </message>
    <message>
        <source>The template code %1 is not one of %2.</source>
        <translation>Mẫu số %1 không thuộc các giá trị %2.</translation>
    </message>
    <message>
        <source>Choose an invoice series.</source>
        <translation>Hãy chọn ký hiệu hóa đơn.</translation>
    </message>
    <message>
        <source>The series %1 must be six characters such as C26TAA: a letter, the two year digits and three capital letters.</source>
        <translation>Ký hiệu %1 phải gồm sáu ký tự, ví dụ C26TAA: một chữ cái, hai chữ số của năm và ba chữ in hoa.</translation>
    </message>
    <message>
        <source>The series %1 must start with one of %2 and have one of %3 as its fourth character.</source>
        <translation>Ký hiệu %1 phải bắt đầu bằng một trong các ký tự %2 và có ký tự thứ tư là một trong %3.</translation>
    </message>
    <message>
        <source>The series %1 is for the year %2 but the invoice is dated in %3.</source>
        <translation>Ký hiệu %1 dành cho năm %2 nhưng hóa đơn ghi ngày trong năm %3.</translation>
    </message>
    <message>
        <source>The issued date is required.</source>
        <translation>Cần có ngày lập hóa đơn.</translation>
    </message>
    <message>
        <source>The issued date %1 is in the future.</source>
        <translation>Ngày lập %1 là ngày trong tương lai.</translation>
    </message>
    <message>
        <source>The issued date %1 is before the tax authority approved the provider account on %2.</source>
        <translation>Ngày lập %1 trước ngày cơ quan thuế chấp thuận tài khoản nhà cung cấp (%2).</translation>
    </message>
    <message>
        <source>Choose a provider account.</source>
        <translation>Hãy chọn tài khoản nhà cung cấp.</translation>
    </message>
    <message>
        <source>The provider account is not active.</source>
        <translation>Tài khoản nhà cung cấp đang ngừng hoạt động.</translation>
    </message>
    <message>
        <source>The reference code is longer than %1 characters.</source>
        <translation>Mã tham chiếu dài hơn %1 ký tự.</translation>
    </message>
    <message>
        <source>The reference code must not contain spaces, control characters or any of / \ ? # %.</source>
        <translation>Mã tham chiếu không được chứa khoảng trắng, ký tự điều khiển hoặc các ký tự / \ ? # %.</translation>
    </message>
    <message>
        <source>The reference code %1 is reserved by the API.</source>
        <translation>Mã tham chiếu %1 đã được API dành riêng.</translation>
    </message>
    <message>
        <source>The tax code %1 has a wrong check digit.</source>
        <translation>Mã số thuế %1 có chữ số kiểm tra sai.</translation>
    </message>
    <message>
        <source>The branch number of the tax code %1 must be between 001 and 999.</source>
        <translation>Số chi nhánh của mã số thuế %1 phải từ 001 đến 999.</translation>
    </message>
    <message>
        <source>The tax code %1 must have 10 digits, or 10 digits, a dash and a 3-digit branch number.</source>
        <translation>Mã số thuế %1 phải gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số chi nhánh.</translation>
    </message>
    <message>
        <source>The buyer is a company but has no tax code.</source>
        <translation>Người mua là doanh nghiệp nhưng chưa có mã số thuế.</translation>
    </message>
    <message>
        <source>%1 is a 12-digit personal identification number: enter it as the national ID, not as the tax code.</source>
        <translation>%1 là số định danh cá nhân 12 chữ số: hãy nhập vào ô CCCD, không nhập làm mã số thuế.</translation>
    </message>
    <message>
        <source>The email address %1 is not valid.</source>
        <translation>Địa chỉ email %1 không hợp lệ.</translation>
    </message>
    <message>
        <source>A note line must not carry amounts.</source>
        <translation>Dòng ghi chú không được có số tiền.</translation>
    </message>
    <message>
        <source>A note line must not carry a VAT rate.</source>
        <translation>Dòng ghi chú không được có thuế suất GTGT.</translation>
    </message>
    <message>
        <source>The quantity must be greater than zero.</source>
        <translation>Số lượng phải lớn hơn không.</translation>
    </message>
    <message>
        <source>The unit price must not be negative.</source>
        <translation>Đơn giá không được âm.</translation>
    </message>
    <message>
        <source>The discount amount must not be negative.</source>
        <translation>Số tiền chiết khấu không được âm.</translation>
    </message>
    <message>
        <source>The discount percentage must be between 0 and 100.</source>
        <translation>Tỷ lệ chiết khấu phải từ 0 đến 100.</translation>
    </message>
    <message>
        <source>A sales invoice has no VAT rate per line; this rate is ignored.</source>
        <translation>Hóa đơn bán hàng không có thuế suất GTGT theo từng dòng; thuế suất này bị bỏ qua.</translation>
    </message>
    <message>
        <source>Choose a VAT rate for this line.</source>
        <translation>Hãy chọn thuế suất GTGT cho dòng này.</translation>
    </message>
    <message>
        <source>No goods line has the VAT rate %1 that this discount applies to.</source>
        <translation>Không có dòng hàng hóa nào có thuế suất %1 mà khoản chiết khấu này áp dụng.</translation>
    </message>
    <message>
        <source>The line needs a name.</source>
        <translation>Dòng này cần có tên hàng hóa, dịch vụ.</translation>
    </message>
    <message>
        <source>A goods line needs a quantity.</source>
        <translation>Dòng hàng hóa cần có số lượng.</translation>
    </message>
    <message>
        <source>A goods line needs a unit price.</source>
        <translation>Dòng hàng hóa cần có đơn giá.</translation>
    </message>
    <message>
        <source>A trade-discount line needs a positive amount.</source>
        <translation>Dòng chiết khấu thương mại cần có số tiền dương.</translation>
    </message>
    <message>
        <source>The 8% rate applies only in a VAT reduction period; %1 is outside every period.</source>
        <translation>Thuế suất 8% chỉ áp dụng trong thời gian giảm thuế GTGT; ngày %1 nằm ngoài mọi thời gian đó.</translation>
    </message>
    <message>
        <source>The total amount must be a whole number, but the lines add up to %1.</source>
        <translation>Tổng tiền phải là số nguyên, nhưng tổng các dòng là %1.</translation>
    </message>
    <message>
        <source>The total amount %1 differs from the total of the lines, %2.</source>
        <translation>Tổng tiền %1 khác với tổng các dòng (%2).</translation>
    </message>
    <message>
        <source>Cash payment of %1 đồng or more: the buyer cannot deduct the input VAT without proof of a non-cash payment.</source>
        <translation>Thanh toán tiền mặt từ %1 đồng trở lên: người mua không được khấu trừ thuế GTGT đầu vào nếu không có chứng từ thanh toán không dùng tiền mặt.</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>Hãy thêm ít nhất một dòng.</translation>
    </message>
    <message>
        <source>Make either the quantity or the unit price negative, not both.</source>
        <translation>Chỉ ghi âm số lượng hoặc đơn giá, không ghi âm cả hai.</translation>
    </message>
    <message>
        <source>A line that decreases must not carry a discount: enter the reduction as its amount.</source>
        <translation>Dòng điều chỉnh giảm không được có chiết khấu: hãy ghi phần giảm vào số tiền của dòng.</translation>
    </message>
    <message>
        <source>An increase adjustment cannot carry a trade discount: use a decrease or a combined adjustment.</source>
        <translation>Hóa đơn điều chỉnh tăng không được có chiết khấu thương mại: hãy dùng điều chỉnh giảm hoặc điều chỉnh tăng, giảm.</translation>
    </message>
    <message>
        <source>An increase adjustment only adds: enter a positive quantity and price.</source>
        <translation>Hóa đơn điều chỉnh tăng chỉ ghi phần tăng thêm: hãy nhập số lượng và đơn giá dương.</translation>
    </message>
    <message>
        <source>A decrease adjustment is entered as negative amounts: make the quantity or the unit price negative.</source>
        <translation>Hóa đơn điều chỉnh giảm được ghi bằng số âm: hãy ghi âm số lượng hoặc đơn giá.</translation>
    </message>
    <message>
        <source>An information adjustment changes no amounts: use note lines (line type 4) only.</source>
        <translation>Hóa đơn điều chỉnh thông tin không thay đổi giá trị tiền: chỉ dùng dòng ghi chú (tính chất 4).</translation>
    </message>
    <message>
        <source>An information adjustment has no total amount.</source>
        <translation>Hóa đơn điều chỉnh thông tin không có tổng tiền thanh toán.</translation>
    </message>
    <message>
        <source>An increase adjustment must raise the total; its lines come to %1.</source>
        <translation>Hóa đơn điều chỉnh tăng phải làm tăng tổng tiền; các dòng cộng lại là %1.</translation>
    </message>
    <message>
        <source>A decrease adjustment must lower the total; its lines come to %1.</source>
        <translation>Hóa đơn điều chỉnh giảm phải làm giảm tổng tiền; các dòng cộng lại là %1.</translation>
    </message>
    <message>
        <source>Every line of this combined adjustment goes the same way: an increase or a decrease adjustment says so more clearly.</source>
        <translation>Mọi dòng của hóa đơn điều chỉnh tăng, giảm này đều cùng một chiều: hóa đơn điều chỉnh tăng hoặc điều chỉnh giảm sẽ rõ ràng hơn.</translation>
    </message>
    <message>
        <source>This adjustment needs at least one line with an amount.</source>
        <translation>Hóa đơn điều chỉnh này cần ít nhất một dòng có số tiền.</translation>
    </message>
    <message>
        <source>The correction is dated %1, before the invoice it corrects (%2).</source>
        <translation>Hóa đơn thay thế, điều chỉnh lập ngày %1, trước ngày của hóa đơn bị thay thế, điều chỉnh (%2).</translation>
    </message>
    <message>
        <source>Invoice %1 is a draft: only issued invoices can be corrected. Change the draft, or issue it first.</source>
        <translation>Hóa đơn %1 là bản nháp: chỉ có thể thay thế, điều chỉnh hóa đơn đã phát hành. Hãy sửa bản nháp, hoặc phát hành trước.</translation>
    </message>
    <message>
        <source>Invoice %1 has been cancelled: a cancelled invoice can be neither replaced nor adjusted.</source>
        <translation>Hóa đơn %1 đã bị hủy: không thể thay thế hay điều chỉnh hóa đơn đã hủy.</translation>
    </message>
    <message>
        <source>Invoice %1 has not been accepted by the tax authority (provider status %2: %3); only accepted invoices can be corrected.</source>
        <translation>Hóa đơn %1 chưa được cơ quan thuế chấp nhận (trạng thái nhà cung cấp %2: %3); chỉ có thể thay thế, điều chỉnh hóa đơn đã được chấp nhận.</translation>
    </message>
    <message>
        <source>Invoice %1 has already been replaced, and an invoice can be replaced only once. If the replacement is wrong too, replace or adjust the replacement.</source>
        <translation>Hóa đơn %1 đã bị thay thế, và mỗi hóa đơn chỉ được thay thế một lần. Nếu hóa đơn thay thế cũng sai, hãy thay thế hoặc điều chỉnh hóa đơn thay thế đó.</translation>
    </message>
    <message>
        <source>Invoice %1 has been replaced and is no longer valid: adjust its replacement instead.</source>
        <translation>Hóa đơn %1 đã bị thay thế và không còn giá trị: hãy điều chỉnh hóa đơn thay thế của nó.</translation>
    </message>
    <message>
        <source>Invoice %1 is itself an adjustment invoice: correct the invoice it adjusts instead.</source>
        <translation>Hóa đơn %1 là hóa đơn điều chỉnh: hãy thay thế hoặc điều chỉnh hóa đơn mà nó điều chỉnh.</translation>
    </message>
    <message>
        <source>Invoice %1 has document type %2, which cannot be corrected.</source>
        <translation>Hóa đơn %1 có loại chứng từ %2, không thể thay thế hay điều chỉnh.</translation>
    </message>
    <message>
        <source>The server did not say whether invoice %1 was replaced, cancelled or accepted by the tax authority; it checks that itself.</source>
        <translation>Máy chủ không cho biết hóa đơn %1 đã bị thay thế, bị hủy hay đã được cơ quan thuế chấp nhận chưa; máy chủ sẽ tự kiểm tra.</translation>
    </message>
    <message>
        <source>Invoice %1 was corrected by adjustment before; under Decree 70/2025 later corrections of an invoice should use the same method.</source>
        <translation>Hóa đơn %1 đã được điều chỉnh trước đó; theo Nghị định 70/2025, các lần xử lý sau của một hóa đơn nên dùng cùng hình thức.</translation>
    </message>
    <message>
        <source>No invoice has the reference code %1.</source>
        <translation>Không có hóa đơn nào có mã tham chiếu %1.</translation>
    </message>
    <message>
        <source>Invoice %1 was already replaced by %2 from this computer, and an invoice can be replaced only once. Correct %2 instead.</source>
        <translation>Hóa đơn %1 đã được thay thế bằng %2 từ máy tính này, và mỗi hóa đơn chỉ được thay thế một lần. Hãy xử lý hóa đơn %2.</translation>
    </message>
    <message>
        <source>The correction needs a reference code of its own; %1 is the invoice it corrects.</source>
        <translation>Hóa đơn điều chỉnh/thay thế cần mã tham chiếu riêng; %1 là mã của hóa đơn được xử lý.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of %2.</source>
        <translation>%1 phải là số nguyên (đơn vị %2).</translation>
    </message>
    <message>
        <source>%1 has %2 decimals; at most %3 are accepted.</source>
        <translation>%1 có %2 chữ số thập phân; chỉ được tối đa %3.</translation>
    </message>
    <message>
        <source>%1 characters: the provider accepts at most %2.</source>
        <translation>%1 ký tự: nhà cung cấp chỉ nhận tối đa %2.</translation>
    </message>
    <message>
        <source>A line break at character %1: only the invoice note may have several lines.</source>
        <translation>Có dấu xuống dòng ở ký tự thứ %1: chỉ ghi chú hóa đơn mới được có nhiều dòng.</translation>
    </message>
    <message>
        <source>The character %1 at position %2 cannot be on an invoice (a control character or a damaged letter); remove it.</source>
        <translation>Ký tự %1 ở vị trí %2 không được có trên hóa đơn (ký tự điều khiển hoặc chữ bị hỏng); hãy xóa nó.</translation>
    </message>
    <message>
        <source>The invoice makes a request of %1 KB; the provider accepts at most %2 KB. Split it into several invoices or shorten its texts.</source>
        <translation>Hóa đơn tạo thành yêu cầu %1 KB; nhà cung cấp chỉ nhận tối đa %2 KB. Hãy tách thành nhiều hóa đơn hoặc rút gọn nội dung.</translation>
    </message>
    <message>
        <source>The invoice has %1 lines; the provider accepts at most %2.</source>
        <translation>Hóa đơn có %1 dòng; nhà cung cấp chỉ nhận tối đa %2.</translation>
    </message>
    <message>
        <source>No buyer name: the invoice shows no buyer, as for a retail customer who asks for no invoice details; some providers require a name such as &quot;Khách lẻ không lấy hóa đơn&quot;.</source>
        <translation>Chưa có tên người mua: hóa đơn sẽ không ghi người mua, như với khách lẻ không cung cấp thông tin; một số nhà cung cấp yêu cầu ghi tên, ví dụ &quot;Khách lẻ không lấy hóa đơn&quot;.</translation>
    </message>
    <message>
        <source>Required for a company or a buyer with a tax code: the legal name (as registered) or the buyer name.</source>
        <translation>Bắt buộc với doanh nghiệp hoặc người mua có mã số thuế: tên đơn vị (theo đăng ký) hoặc tên người mua.</translation>
    </message>
    <message>
        <source>Required for a company or a buyer with a tax code.</source>
        <translation>Bắt buộc với doanh nghiệp hoặc người mua có mã số thuế.</translation>
    </message>
    <message>
        <source>The discount %1 is larger than the line amount %2.</source>
        <translation>Chiết khấu %1 lớn hơn thành tiền %2 của dòng.</translation>
    </message>
    <message>
        <source>The invoice total %1 is negative: the discounts are larger than the goods.</source>
        <translation>Tổng tiền hóa đơn %1 bị âm: chiết khấu lớn hơn tiền hàng.</translation>
    </message>
    <message>
        <source>Another correction of invoice %1 is being sent right now (by this app or the command line, process %2). Nothing was sent: wait until it has ended, look at the invoice again, then send this correction if it is still needed.</source>
        <translation>Một hóa đơn thay thế, điều chỉnh khác cho hóa đơn %1 đang được gửi (từ ứng dụng này hoặc dòng lệnh, tiến trình %2). Chưa gửi gì: hãy chờ nó kết thúc, xem lại hóa đơn, rồi gửi nếu vẫn cần.</translation>
    </message>
    <message>
        <source>Say in Reason why the invoice is corrected.</source>
        <translation>Hãy ghi Lý do thay thế, điều chỉnh hóa đơn.</translation>
    </message>
    <message>
        <source>The amount of this line is larger than an invoice can carry (at most %1).</source>
        <translation>Thành tiền của dòng này vượt quá mức một hóa đơn có thể ghi (tối đa %1).</translation>
    </message>
    <message>
        <source>The invoice total is larger than an invoice can carry (at most %1).</source>
        <translation>Tổng tiền hóa đơn vượt quá mức một hóa đơn có thể ghi (tối đa %1).</translation>
    </message>
    <message>
        <source>The total amount is larger than an invoice can carry (at most %1).</source>
        <translation>Tổng số tiền vượt quá mức một hóa đơn có thể ghi (tối đa %1).</translation>
    </message>
    <message>
        <source>The issued date %1 is before %2, the date of the last invoice issued in series %3: the invoices of a series must be dated in the order of their numbers.</source>
        <translation>Ngày lập %1 sớm hơn %2, ngày của hóa đơn cuối cùng đã phát hành trong ký hiệu %3: hóa đơn của một ký hiệu phải có ngày lập theo đúng thứ tự số hóa đơn.</translation>
    </message>
    <message>
        <source>“%1” is not a number: type digits, grouped and with decimals as in %2.</source>
        <translation>“%1” không phải là số: hãy gõ chữ số, phân nhóm và phần thập phân như %2.</translation>
    </message>
    <message>
        <source>The adjustment takes %1 off invoice %2: of its total %3, earlier adjustments leave %4.</source>
        <translation>Điều chỉnh này giảm %1 cho hóa đơn %2: tổng tiền %3 của hóa đơn, sau các lần điều chỉnh trước, chỉ còn %4.</translation>
    </message>
</context>
<context>
    <name>einvoice::VatReturnForm</name>
    <message>
        <source>Sales not subject to VAT</source>
        <translation>Hàng hóa, dịch vụ bán ra không chịu thuế GTGT</translation>
    </message>
    <message>
        <source>Sales subject to VAT ([29]+[30]+[32]+[32a])</source>
        <translation>Hàng hóa, dịch vụ bán ra chịu thuế GTGT ([29]+[30]+[32]+[32a])</translation>
    </message>
    <message>
        <source>VAT on sales ([31]+[33])</source>
        <translation>Thuế GTGT của hàng hóa, dịch vụ bán ra ([31]+[33])</translation>
    </message>
    <message>
        <source>Sales at 0%</source>
        <translation>Hàng hóa, dịch vụ bán ra chịu thuế suất 0%</translation>
    </message>
    <message>
        <source>Sales at 5%</source>
        <translation>Hàng hóa, dịch vụ bán ra chịu thuế suất 5%</translation>
    </message>
    <message>
        <source>VAT on sales at 5%</source>
        <translation>Thuế GTGT của hàng hóa, dịch vụ thuế suất 5%</translation>
    </message>
    <message>
        <source>Sales at 10% (8% included)</source>
        <translation>Hàng hóa, dịch vụ bán ra chịu thuế suất 10% (gồm 8%)</translation>
    </message>
    <message>
        <source>VAT on sales at 10% (8% included)</source>
        <translation>Thuế GTGT của hàng hóa, dịch vụ thuế suất 10% (gồm 8%)</translation>
    </message>
    <message>
        <source>Sales not declared, VAT not computed (KKKNT)</source>
        <translation>Hàng hóa, dịch vụ bán ra không phải kê khai, tính nộp thuế GTGT (KKKNT)</translation>
    </message>
    <message>
        <source>All sales ([26]+[27])</source>
        <translation>Tổng doanh thu hàng hóa, dịch vụ bán ra ([26]+[27])</translation>
    </message>
    <message>
        <source>VAT on all sales ([28])</source>
        <translation>Tổng số thuế GTGT của hàng hóa, dịch vụ bán ra ([28])</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Phụ lục</translation>
    </message>
    <message>
        <source>Sales at the reduced 8% rate</source>
        <translation>Hàng hóa, dịch vụ được giảm thuế, thuế suất 8%</translation>
    </message>
    <message>
        <source>VAT reduced (20% of 10%, i.e. 2% of the 8% sales)</source>
        <translation>Thuế GTGT được giảm (20% của 10%, tức 2% doanh thu 8%)</translation>
    </message>
</context>
<context>
    <name>einvoice::WidgetQuestions</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>einvoice::XmlViewer</name>
    <message>
        <source>Element</source>
        <translation>Phần tử</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Dạng cây</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Lưu thành…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>The XML is not well-formed (line %1): %2</source>
        <translation>XML không đúng cú pháp (dòng %1): %2</translation>
    </message>
    <message>
        <source>Save XML</source>
        <translation>Lưu XML</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>Tệp XML (*.xml)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
</context>
<context>
    <name>einvoice::ZipBundle</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be added to the ZIP file.</source>
        <translation>Không thêm được %1 vào tệp ZIP.</translation>
    </message>
    <message>
        <source>The ZIP file %1 could not be created.</source>
        <translation>Không tạo được tệp ZIP %1.</translation>
    </message>
    <message>
        <source>The ZIP file %1 could not be completed.</source>
        <translation>Không hoàn tất được tệp ZIP %1.</translation>
    </message>
</context>
</TS>
