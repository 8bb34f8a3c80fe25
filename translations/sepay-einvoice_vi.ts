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
        <source>%1 — ⚠ %2 — invoices are legal documents</source>
        <translation>%1 — ⚠ %2 — hóa đơn có giá trị pháp lý</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
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
        <source>Close</source>
        <translation>Đóng</translation>
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
        <source>Client &amp;secret:</source>
        <translation>&amp;Khóa bí mật (client secret):</translation>
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
</context>
<context>
    <name>einvoice::MessageBoxPrompter</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
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
        <translation>Lập hóa đơn &amp;mới với tài khoản này</translation>
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
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The credentials could not be saved: %1</source>
        <translation>Không lưu được thông tin xác thực: %1</translation>
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
</TS>
