#include "sandboxseeder.h"

#include "accountstore.h"
#include "core/invoicejson.h"
#include "core/taxcode.h"
#include "invoicerows.h"
#include "invoicestore.h"

#include <algorithm>

namespace einvoice {

const QString SandboxSeeder::ActiveAccountId = QStringLiteral("5b1c2e40-1a2b-11f1-9c3d-0242ac120002");
const QString SandboxSeeder::InactiveAccountId = QStringLiteral("7f3e9a10-1a2b-11f1-9c3d-0242ac120002");
const QString SandboxSeeder::ApprovedAccountId = QStringLiteral("9c5d8b20-1a2b-11f1-9c3d-0242ac120002");

namespace {

struct BuyerSeed
{
    const char *name;
    const char *address;
    const char *taxPrefix; // nine digits; nullptr for a person
};

const BuyerSeed s_buyers[] = {
    {"Công ty TNHH Thương mại Dịch vụ Minh Phát", "45 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh",
        "031245678"},
    {"Công ty Cổ phần Xây dựng Hòa Bình Xanh", "12 Trần Hưng Đạo, Quận Hoàn Kiếm, Hà Nội", "010234567"},
    {"Công ty TNHH Thực phẩm Sạch Đà Lạt", "8 Phan Đình Phùng, Phường 1, TP. Đà Lạt, Lâm Đồng", "580098765"},
    {"Công ty Cổ phần Công nghệ Sao Việt", "Tầng 9, 68 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh", "031876543"},
    {"Công ty TNHH Vận tải Biển Đông", "27 Lạch Tray, Quận Ngô Quyền, Hải Phòng", "020112233"},
    {"Hợp tác xã Nông nghiệp Phú Lộc", "Thôn 3, Xã Lộc Điền, Huyện Phú Lộc, Thừa Thiên Huế", "330054321"},
    {"Công ty TNHH In ấn Quảng cáo Đại Dương", "102 Nguyễn Văn Linh, Quận Hải Châu, Đà Nẵng", "040135792"},
    {"Nguyễn Văn An", "15 Hàng Bạc, Quận Hoàn Kiếm, Hà Nội", nullptr},
    {"Trần Thị Bích Ngọc", "230 Cách Mạng Tháng Tám, Quận 3, TP. Hồ Chí Minh", nullptr},
    {"Lê Hoàng Đức", "9 Hùng Vương, TP. Nha Trang, Khánh Hòa", nullptr},
};

struct ProductSeed
{
    const char *code;
    const char *name;
    const char *unit;
    qint64 price;
    TaxRate rate;
};

const ProductSeed s_products[] = {
    {"VPP01", "Giấy in A4 Double A 80gsm", "ram", 78000, TaxRate::Ten},
    {"VPP02", "Bút bi Thiên Long TL-027", "hộp", 55000, TaxRate::Eight},
    {"DV01", "Dịch vụ tư vấn triển khai phần mềm", "giờ", 650000, TaxRate::Ten},
    {"DV02", "Phí bảo trì hệ thống tháng", "tháng", 2500000, TaxRate::Eight},
    {"TP01", "Cà phê hạt Arabica Cầu Đất", "kg", 420000, TaxRate::Five},
    {"TP02", "Gạo ST25 túi 5kg", "túi", 185000, TaxRate::Five},
    {"TB01", "Màn hình Dell 24 inch P2422H", "cái", 4390000, TaxRate::Ten},
    {"SH01", "Sách giáo khoa Tiếng Việt lớp 3", "cuốn", 32000, TaxRate::NotSubject},
    {"XK01", "Hàng xuất khẩu: áo sơ mi may sẵn", "chiếc", 210000, TaxRate::Zero},
};

// A valid 10-digit tax code from nine digits: bumps the prefix until a check digit exists.
QString taxCodeFrom(QString nine)
{
    while (TaxCode::checkDigit(nine) < 0)
        nine = QStringLiteral("%1").arg(nine.toLongLong() + 1, 9, 10, QLatin1Char('0'));
    return nine + QString::number(TaxCode::checkDigit(nine));
}

StoredAccount account(const QString &id, const QString &provider, bool active, std::optional<QDate> approved,
    const SellerInfo &seller)
{
    StoredAccount stored;
    stored.account.id = id;
    stored.account.provider = provider;
    stored.account.active = active;
    stored.account.taxAuthorityApprovedDate = approved;
    stored.seller = seller;
    return stored;
}

void addTemplate(StoredAccount &stored, const QString &code, const QString &series, const QString &name)
{
    stored.account.templates.append(
        InvoiceTemplate {code, series, code + QStringLiteral(" - ") + series + QStringLiteral(" - ") + name});
    stored.templateNames.append(name);
}

} // namespace

SandboxSeeder::SandboxSeeder(SandboxContext &context)
    : m_context(context),
      m_random(quint32(context.config.randomSeed ^ (context.config.randomSeed >> 32))),
      m_today(context.clock.nowInVietnam().date())
{
}

void SandboxSeeder::seedIfEmpty()
{
    if (AccountStore(m_context.db).count() > 0)
        return;
    m_context.db.begin();
    seedAccounts();
    m_context.db.setQuota(m_context.config.initialQuota);
    seedInvoices(m_context.config.seedInvoices);
    m_context.db.commit();
}

void SandboxSeeder::seedAccounts()
{
    const QString yy = m_today.toString(QStringLiteral("yy"));
    const QString vat = QStringLiteral("Hóa đơn giá trị gia tăng");
    StoredAccount active = account(ActiveAccountId, QStringLiteral("matbao"), true, std::nullopt,
        SellerInfo {QStringLiteral("Công ty TNHH Giải pháp Hóa đơn Sandbox"),
            taxCodeFrom(QStringLiteral("031409905")),
            QStringLiteral("Tầng 5, 123 Nguyễn Văn Linh, Phường Tân Phong, Quận 7, TP. Hồ Chí Minh"),
            QStringLiteral("028 3812 3456"), QStringLiteral("ketoan@sandbox.example"),
            QStringLiteral("0071000123456 - Vietcombank CN TP.HCM")});
    addTemplate(active, QStringLiteral("1"), QStringLiteral("C") + yy + QStringLiteral("TAA"), vat);
    addTemplate(active, QStringLiteral("2"), QStringLiteral("C") + yy + QStringLiteral("TBB"),
        QStringLiteral("Hóa đơn bán hàng"));
    StoredAccount inactive
        = account(InactiveAccountId, QStringLiteral("bkav"), false, QDate(m_today.year(), 1, 1),
            SellerInfo {QStringLiteral("Công ty TNHH Giải pháp Hóa đơn Sandbox"),
                taxCodeFrom(QStringLiteral("031409905")),
                QStringLiteral("Tầng 5, 123 Nguyễn Văn Linh, Quận 7, TP. Hồ Chí Minh"), {}, {}, {}});
    addTemplate(inactive, QStringLiteral("1"), QStringLiteral("C") + yy + QStringLiteral("TBK"), vat);
    StoredAccount approved = account(ApprovedAccountId, QStringLiteral("viettel"), true,
        QDate(m_today.year(), m_today.month(), 1),
        SellerInfo {QStringLiteral("Chi nhánh Hà Nội - Công ty TNHH Giải pháp Hóa đơn Sandbox"),
            taxCodeFrom(QStringLiteral("031409905")) + QStringLiteral("-001"),
            QStringLiteral("18 Láng Hạ, Quận Ba Đình, Hà Nội"), {}, {}, {}});
    addTemplate(approved, QStringLiteral("1"), QStringLiteral("C") + yy + QStringLiteral("TVT"), vat);
    AccountStore store(m_context.db);
    store.insert(active, 0);
    store.insert(inactive, 1);
    store.insert(approved, 2);
}

Buyer SandboxSeeder::randomBuyer()
{
    const BuyerSeed &seed = s_buyers[m_random.bounded(int(std::size(s_buyers)))];
    Buyer buyer;
    buyer.name = QString::fromUtf8(seed.name);
    buyer.address = QString::fromUtf8(seed.address);
    if (seed.taxPrefix) {
        buyer.type = BuyerType::Company;
        buyer.legalName = buyer.name.toUpper();
        buyer.taxCode = taxCodeFrom(QString::fromLatin1(seed.taxPrefix));
        buyer.email = QStringLiteral("ketoan@khachhang%1.example").arg(QLatin1String(seed.taxPrefix));
    } else {
        buyer.type = BuyerType::Personal;
    }
    return buyer;
}

QList<InvoiceLine> SandboxSeeder::randomLines(bool vat)
{
    QList<InvoiceLine> lines;
    const int count = 1 + m_random.bounded(4);
    for (int i = 0; i < count; ++i) {
        const ProductSeed &product = s_products[m_random.bounded(int(std::size(s_products)))];
        InvoiceLine line;
        line.lineNumber = i + 1;
        line.itemCode = QString::fromLatin1(product.code);
        line.itemName = QString::fromUtf8(product.name);
        line.unit = QString::fromUtf8(product.unit);
        line.quantity = Decimal::fromInteger(1 + m_random.bounded(12));
        line.unitPrice = Decimal::fromInteger(product.price);
        if (vat)
            line.taxRate = product.rate;
        lines.append(line);
    }
    return lines;
}

Invoice SandboxSeeder::randomInvoice(int index)
{
    Invoice invoice;
    const QDate date = m_today.addDays(-1 - m_random.bounded(180));
    const bool vat = m_random.bounded(10) < 7;
    const QString yy = date.toString(QStringLiteral("yy"));
    invoice.templateCode = vat ? QStringLiteral("1") : QStringLiteral("2");
    invoice.invoiceSeries = QStringLiteral("C") + yy + (vat ? QStringLiteral("TAA") : QStringLiteral("TBB"));
    invoice.issuedAt
        = QDateTime(date, QTime(8 + m_random.bounded(9), m_random.bounded(60), 0), Clock::vietnamTimeZone());
    invoice.providerAccountId = ActiveAccountId;
    invoice.referenceCode = QStringLiteral("DEMO-%1").arg(index + 1, 6, 10, QLatin1Char('0'));
    invoice.paymentMethod = m_random.bounded(2) ? PaymentMethod::Transfer : PaymentMethod::CashOrTransfer;
    invoice.buyer = randomBuyer();
    invoice.lines = randomLines(vat);
    invoice.notes = QStringLiteral("Hóa đơn mẫu số %1").arg(index + 1);
    return invoice;
}

void SandboxSeeder::seedInvoices(int count)
{
    QList<StoredInvoice> rows;
    for (int i = 0; i < count; ++i) {
        const Invoice invoice = randomInvoice(i);
        StoredInvoice row = InvoiceRows::fromInvoice(invoice, json::toCreatePayload(invoice));
        row.status = m_random.bounded(5) == 0 ? QStringLiteral("draft") : QStringLiteral("issued");
        row.source = m_random.bounded(10) < 7 ? QStringLiteral("api") : QStringLiteral("manual");
        rows.append(row);
    }
    // Numbers follow the invoice dates within each series.
    std::stable_sort(rows.begin(), rows.end(),
        [](const StoredInvoice &a, const StoredInvoice &b) { return a.issuedDate < b.issuedDate; });
    InvoiceStore store(m_context.db);
    for (StoredInvoice &row : rows) {
        if (row.status == QLatin1String("issued")) {
            row.invoiceNumber = store.takeNumber(InvoiceRows::seriesKey(row));
            row.taxAuthorityCode
                = InvoiceRows::taxAuthorityCode(row, row.invoiceNumber, m_context.config.randomSeed);
        }
        store.insert(row);
    }
}

} // namespace einvoice
