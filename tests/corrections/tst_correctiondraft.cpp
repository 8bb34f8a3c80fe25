// What the correction window starts from and what it sends (CorrectionDraft), and the chain the
// detail pane shows (CorrectionChain over a real SQLite outbox and stored invoice details).

#include "corrections/correctionchain.h"
#include "corrections/correctiondraft.h"
#include "corrections/correctionledger.h"
#include "store/database.h"
#include "store/invoicedetailrepository.h"
#include "store/outboxrepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace einvoice;

namespace {

RemoteInvoiceLine remoteLine(int number, LineType type, qint64 quantity, qint64 price)
{
    RemoteInvoiceLine line;
    line.lineNumber = number;
    line.lineType = type;
    line.itemName = QStringLiteral("Gạo ST25 túi 5kg %1").arg(number);
    line.unit = QStringLiteral("túi");
    line.quantity = Decimal::fromInteger(quantity);
    line.unitPrice = Decimal::fromInteger(price);
    line.totalAmount = Decimal::fromInteger(quantity * price);
    line.taxRate = Decimal::fromInteger(type == LineType::Note ? 0 : 10);
    return line;
}

// The stored detail of a correction of `originReference` as the detail fill saves it.
InvoiceDetail correctionDetail(const QString &reference, const QString &originReference,
    const QString &number, QDate issued, std::optional<int> documentType, const QString &adjustmentType)
{
    InvoiceDetail detail;
    detail.summary.referenceCode = reference;
    detail.summary.invoiceNumber = number;
    detail.summary.issuedDate = issued;
    detail.summary.status = InvoiceStatus::Issued;
    detail.documentType = documentType;
    detail.originalReferenceCode = originReference;
    detail.adjustmentType = adjustmentType;
    return detail;
}

InvoiceDetail origin()
{
    InvoiceDetail detail;
    detail.summary.referenceCode = QStringLiteral("O-1");
    detail.summary.invoiceNumber = QStringLiteral("17");
    detail.summary.issuedDate = QDate(2026, 12, 1);
    detail.summary.buyer.name = QStringLiteral("Công ty TNHH Minh Phát");
    detail.invoiceSeries = QStringLiteral("C26TAA");
    detail.paymentMethod = QStringLiteral("CK");
    detail.documentType = 2;
    detail.lines = {remoteLine(1, LineType::Goods, 9, 185000), remoteLine(2, LineType::Note, 0, 0),
        remoteLine(3, LineType::Goods, 2, 50000)};
    return detail;
}

const QDateTime now(QDate(2026, 12, 5), QTime(9, 30, 12), QTimeZone("Asia/Ho_Chi_Minh"));

} // namespace

class TestCorrectionDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prefill_replacementCarriesTheWholeOrigin()
    {
        const Invoice invoice = CorrectionDraft::prefill(origin(), CorrectionKind::Replace, now);
        QCOMPARE(invoice.lines.size(), 3);
        QCOMPARE(invoice.lines.first().quantity, std::optional<Decimal>(Decimal::fromInteger(9)));
        QCOMPARE(invoice.lines.first().taxRate, std::optional<TaxRate>(TaxRate::Ten));
        QVERIFY(!invoice.lines.at(1).quantity); // the note line stays a note
        QCOMPARE(invoice.buyer.name, origin().summary.buyer.name);
        QCOMPARE(invoice.invoiceSeries, QStringLiteral("C26TAA"));
        QCOMPARE(invoice.paymentMethod, std::optional<PaymentMethod>(PaymentMethod::Transfer));
        QCOMPARE(invoice.issuedAt.time(), QTime(9, 30)); // Vietnam wall time, whole minutes
        QVERIFY(!invoice.isDraft);
        QVERIFY(invoice.referenceCode.isEmpty());
    }

    // What the correction window and `invoice replace` call "nothing was changed": every edit that
    // changes the invoice's content counts; what necessarily differs does not.
    void repeatsOrigin_onlyWhenTheContentIsTheSame_data()
    {
        QTest::addColumn<int>("edit");
        QTest::addColumn<bool>("repeats");
        QTest::newRow("as pre-filled") << 0 << true;
        QTest::newRow("other date, reference, series, notes") << 1 << true;
        QTest::newRow("spaces around the buyer's name") << 2 << true;
        QTest::newRow("buyer's address") << 3 << false;
        QTest::newRow("buyer's name, letter case") << 4 << false;
        QTest::newRow("a unit price") << 5 << false;
        QTest::newRow("a quantity") << 6 << false;
        QTest::newRow("a tax rate") << 7 << false;
        QTest::newRow("a line less") << 8 << false;
        QTest::newRow("a discount") << 9 << false;
        QTest::newRow("payment method") << 10 << false;
        QTest::newRow("an item name") << 11 << false;
    }

    void repeatsOrigin_onlyWhenTheContentIsTheSame()
    {
        QFETCH(int, edit);
        QFETCH(bool, repeats);
        Invoice invoice
            = CorrectionDraft::prefill(origin(), CorrectionKind::Replace, now, QStringLiteral("1"));
        InvoiceLine &first = invoice.lines.first();
        switch (edit) {
        case 1:
            invoice.issuedAt = invoice.issuedAt.addDays(3);
            invoice.referenceCode = QStringLiteral("R-1");
            invoice.invoiceSeries = QStringLiteral("C27TAA");
            invoice.notes = QStringLiteral("Thay thế hóa đơn số 17");
            break;
        case 2:
            invoice.buyer.name = QStringLiteral("  Công ty TNHH  Minh Phát ");
            break;
        case 3:
            invoice.buyer.address = QStringLiteral("12 Nguyễn Huệ, Quận 1");
            break;
        case 4:
            invoice.buyer.name = QStringLiteral("CÔNG TY TNHH MINH PHÁT");
            break;
        case 5:
            first.unitPrice = Decimal::fromInteger(180000);
            break;
        case 6:
            first.quantity = Decimal::fromInteger(8);
            break;
        case 7:
            first.taxRate = TaxRate::Eight;
            break;
        case 8:
            invoice.lines.removeLast();
            break;
        case 9:
            first.discountPercent = Decimal::fromInteger(5);
            break;
        case 10:
            invoice.paymentMethod = PaymentMethod::Cash;
            break;
        case 11:
            first.itemName = QStringLiteral("Gạo ST25 túi 10kg");
            break;
        }
        const Invoice sent = CorrectionDraft::toSend(invoice, CorrectionKind::Replace);
        QCOMPARE(CorrectionDraft::repeatsOrigin(sent, origin()), repeats);
    }

    // A sales invoice's lines (template 2) carry no tax rate: not when the template is known, not
    // while it is not (its lines say so), and not in what is sent, even if pre-filled before the
    // template was known.
    void prefill_salesInvoiceLinesCarryNoTaxRate_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("templateCode");
        QTest::addColumn<bool>("salesLines");
        QTest::addColumn<bool>("expectRates");
        for (const CorrectionKind kind : {CorrectionKind::Replace, CorrectionKind::Increase}) {
            const QByteArray name = kind == CorrectionKind::Replace ? "replace" : "increase";
            QTest::newRow(QByteArray(name + " sales, template 2").constData())
                << int(kind) << QStringLiteral("2") << true << false;
            QTest::newRow(QByteArray(name + " sales, template unknown").constData())
                << int(kind) << QString() << true << false;
            QTest::newRow(QByteArray(name + " VAT lines, template 2").constData())
                << int(kind) << QStringLiteral("2") << false << false;
            QTest::newRow(QByteArray(name + " VAT, template unknown").constData())
                << int(kind) << QString() << false << true;
            QTest::newRow(QByteArray(name + " VAT, template 1").constData())
                << int(kind) << QStringLiteral("1") << false << true;
        }
    }

    void prefill_salesInvoiceLinesCarryNoTaxRate()
    {
        QFETCH(int, kind);
        QFETCH(QString, templateCode);
        QFETCH(bool, salesLines);
        QFETCH(bool, expectRates);
        InvoiceDetail detail = origin();
        if (salesLines) {
            for (RemoteInvoiceLine &line : detail.lines)
                line.taxRate = Decimal();
        }
        const Invoice invoice = CorrectionDraft::prefill(detail, CorrectionKind(kind), now, templateCode);
        QCOMPARE(invoice.templateCode, templateCode);
        QVERIFY(!invoice.lines.isEmpty());
        for (const InvoiceLine &line : invoice.lines) {
            if (line.lineType != LineType::Note)
                QCOMPARE(line.taxRate.has_value(), expectRates);
        }
        // Pre-filled with the rates, then the template turned out to be a sales invoice's.
        Invoice early = CorrectionDraft::prefill(origin(), CorrectionKind(kind), now);
        for (InvoiceLine &line : early.lines)
            line.quantity = Decimal::fromInteger(1);
        early.templateCode = QStringLiteral("2");
        for (const InvoiceLine &line : CorrectionDraft::toSend(early, CorrectionKind(kind)).lines)
            QVERIFY(!line.taxRate);
    }

    void prefill_adjustmentOffersTheGoodsLinesToPick()
    {
        const Invoice invoice = CorrectionDraft::prefill(origin(), CorrectionKind::Decrease, now);
        QCOMPARE(invoice.lines.size(), 2);
        for (const InvoiceLine &line : invoice.lines) {
            QCOMPARE(line.lineType, LineType::Goods);
            QVERIFY(!line.quantity);
            QVERIFY(line.unitPrice);
        }
        QVERIFY(CorrectionDraft::prefill(origin(), CorrectionKind::Info, now).lines.isEmpty());
    }

    void toSend_decreaseKeepsThePickedLinesNegative_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("sent");
        QTest::newRow("typed as the amount to take off") << QStringLiteral("1") << QStringLiteral("-1");
        QTest::newRow("typed with its sign") << QStringLiteral("-1") << QStringLiteral("-1");
        QTest::newRow("decimal") << QStringLiteral("0.5") << QStringLiteral("-0.5");
    }

    void toSend_decreaseKeepsThePickedLinesNegative()
    {
        QFETCH(QString, typed);
        QFETCH(QString, sent);
        Invoice invoice = CorrectionDraft::prefill(origin(), CorrectionKind::Decrease, now);
        invoice.lines[1].quantity = Decimal::fromString(typed);
        invoice.notes = QStringLiteral("Hàng trả lại");
        const Invoice result = CorrectionDraft::toSend(invoice, CorrectionKind::Decrease);
        QCOMPARE(result.lines.size(), 1); // the line not picked is left out
        QCOMPARE(result.lines.first().lineNumber, 1);
        QCOMPARE(result.lines.first().itemName, origin().lines.at(2).itemName);
        QCOMPARE(result.lines.first().quantity, Decimal::fromString(sent));
        QCOMPARE(result.lines.first().unitPrice, std::optional<Decimal>(Decimal::fromInteger(50000)));
    }

    void toSend_increaseAndCombinedKeepTheSignTyped()
    {
        Invoice invoice = CorrectionDraft::prefill(origin(), CorrectionKind::Combined, now);
        invoice.lines[0].quantity = Decimal::fromInteger(1);
        invoice.lines[1].quantity = Decimal::fromInteger(-1);
        const Invoice combined = CorrectionDraft::toSend(invoice, CorrectionKind::Combined);
        QCOMPARE(combined.lines.at(0).quantity, std::optional<Decimal>(Decimal::fromInteger(1)));
        QCOMPARE(combined.lines.at(1).quantity, std::optional<Decimal>(Decimal::fromInteger(-1)));
        const Invoice increase = CorrectionDraft::toSend(invoice, CorrectionKind::Increase);
        QCOMPARE(
            increase.lines.at(1).quantity, std::optional<Decimal>(Decimal::fromInteger(-1))); // refused later
    }

    void toSend_infoTurnsTheReasonIntoItsNoteLine()
    {
        Invoice invoice = CorrectionDraft::prefill(origin(), CorrectionKind::Info, now);
        invoice.notes = QStringLiteral("  Sửa địa chỉ người mua: 9 Đường Số 9, Quận 3  ");
        const Invoice result = CorrectionDraft::toSend(invoice, CorrectionKind::Info);
        QCOMPARE(result.lines.size(), 1);
        QCOMPARE(result.lines.first().lineType, LineType::Note);
        QCOMPARE(
            result.lines.first().itemName, QStringLiteral("Sửa địa chỉ người mua: 9 Đường Số 9, Quận 3"));
        invoice.notes.clear();
        QVERIFY(CorrectionDraft::toSend(invoice, CorrectionKind::Info).lines.isEmpty());
    }

    void chain_linksTheOriginAndItsCorrections()
    {
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("outbox.sqlite"))).ok());
        OutboxRepository outbox(database);
        const auto record = [&](const QString &reference, OutboxKind kind, const QString &type) {
            OutboxEntry entry;
            entry.environment = QStringLiteral("demo");
            entry.referenceCode = reference;
            entry.kind = kind;
            entry.payload = {{QStringLiteral("original_invoice_reference_code"), QStringLiteral("O-1")},
                {QStringLiteral("adjustment_type"), type}};
            return outbox.enqueueSent(entry).value();
        };
        const OutboxEntry replaced = record(QStringLiteral("R-1"), OutboxKind::Replace, QString());
        QVERIFY(outbox.markSucceeded(replaced.id, QStringLiteral("23")).ok());
        const OutboxEntry failed
            = record(QStringLiteral("A-1"), OutboxKind::Adjust, QStringLiteral("decrease"));
        QVERIFY(outbox.markFailed(failed.id, QStringLiteral("refused")).ok());
        record(QStringLiteral("A-2"), OutboxKind::Adjust, QStringLiteral("decrease")); // still running
        const CorrectionLedger ledger(database, outbox, QStringLiteral("demo"));

        const CorrectionChain ofOrigin = CorrectionChain::of(origin(), ledger);
        QVERIFY(!ofOrigin.origin);
        QCOMPARE(ofOrigin.corrections.size(), 2); // the failed one corrected nothing
        QCOMPARE(ofOrigin.corrections.at(0).referenceCode, QStringLiteral("R-1"));
        QCOMPARE(ofOrigin.corrections.at(0).invoiceNumber, QStringLiteral("23"));
        QCOMPARE(ofOrigin.corrections.at(0).kind, std::optional<CorrectionKind>(CorrectionKind::Replace));
        QVERIFY(ofOrigin.corrections.at(0).finished);
        QCOMPARE(ofOrigin.corrections.at(1).kind, std::optional<CorrectionKind>(CorrectionKind::Decrease));
        QVERIFY(!ofOrigin.corrections.at(1).finished);

        InvoiceDetail replacement;
        replacement.summary.referenceCode = QStringLiteral("R-1");
        QCOMPARE(CorrectionChain::of(replacement, ledger).origin->referenceCode, QStringLiteral("O-1"));
        InvoiceDetail linked; // another program's correction: its detail names the origin
        linked.summary.referenceCode = QStringLiteral("X-9");
        linked.originalReferenceCode = QStringLiteral("O-7");
        QCOMPARE(CorrectionChain::of(linked, ledger).origin->referenceCode, QStringLiteral("O-7"));
        InvoiceDetail plain;
        plain.summary.referenceCode = QStringLiteral("P-1");
        QVERIFY(CorrectionChain::of(plain, ledger).isEmpty());
    }

    // Corrections made elsewhere (the CLI on another computer, the provider's portal) are known by
    // their stored details: listed with the local ones, each once, by date.
    void chain_addsStoredCorrectionsMadeElsewhere()
    {
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("store.sqlite"))).ok());
        OutboxRepository outbox(database);
        InvoiceDetailRepository details(database);
        const QString env = QStringLiteral("demo");
        const auto record = [&](const QString &reference, OutboxKind kind, const QString &type) {
            OutboxEntry entry;
            entry.environment = env;
            entry.referenceCode = reference;
            entry.kind = kind;
            entry.payload = {{QStringLiteral("original_invoice_reference_code"), QStringLiteral("O-1")},
                {QStringLiteral("adjustment_type"), type}};
            return outbox.enqueueSent(entry).value();
        };
        QVERIFY(
            outbox.markSucceeded(record(QStringLiteral("R-1"), OutboxKind::Replace, QString()).id, QString())
                .ok());
        record(QStringLiteral("A-2"), OutboxKind::Adjust, QStringLiteral("increase")); // not confirmed yet
        const QDateTime at = QDateTime::currentDateTimeUtc();
        const auto save = [&](const InvoiceDetail &detail) {
            QVERIFY(details.saveDetail(env, detail, QStringLiteral("k"), true, at).ok());
        };
        // R-1 (made here) replaced since: document type 5, and now its number is known.
        save(correctionDetail(QStringLiteral("R-1"), QStringLiteral("O-1"), QStringLiteral("23"),
            QDate(2026, 12, 2), DocumentType::Replaced, QString()));
        save(correctionDetail(QStringLiteral("X-2"), QStringLiteral("O-1"), QStringLiteral("31"),
            QDate(2026, 12, 4), DocumentType::AdjustmentDecrease, QStringLiteral("decrease")));
        save(correctionDetail(QStringLiteral("X-4"), QStringLiteral("O-1"), QStringLiteral("27"),
            QDate(2026, 12, 3), DocumentType::Replacement, QString()));
        save(correctionDetail(QStringLiteral("Y-3"), QStringLiteral("O-9"), QStringLiteral("40"),
            QDate(2026, 12, 3), DocumentType::AdjustmentInfo, QStringLiteral("info")));
        InvoiceDetail other
            = correctionDetail(QStringLiteral("Z-1"), QStringLiteral("O-1"), QStringLiteral("41"),
                QDate(2026, 12, 2), DocumentType::AdjustmentIncrease, QStringLiteral("increase"));
        QVERIFY(details.saveDetail(QStringLiteral("production"), other, QStringLiteral("k"), true, at).ok());

        const StoreResult<QList<StoredCorrection>> stored = details.correctionsOf(env, QStringLiteral("O-1"));
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().size(), 3); // not O-9's, not another environment's
        QCOMPARE(stored.value().first().referenceCode, QStringLiteral("R-1"));
        QCOMPARE(stored.value().first().issuedDate, QDate(2026, 12, 2));

        const CorrectionLedger ledger(database, outbox, env);
        const CorrectionChain chain = CorrectionChain::of(origin(), ledger, stored.value());
        QStringList order;
        for (const CorrectionChain::Link &link : chain.corrections)
            order.append(link.referenceCode);
        QCOMPARE(order,
            QStringList({QStringLiteral("R-1"), QStringLiteral("X-4"), QStringLiteral("X-2"),
                QStringLiteral("A-2")}));
        QCOMPARE(chain.corrections.at(0).kind, std::optional<CorrectionKind>(CorrectionKind::Replace));
        QCOMPARE(chain.corrections.at(0).invoiceNumber, QStringLiteral("23"));
        QCOMPARE(chain.corrections.at(1).kind, std::optional<CorrectionKind>(CorrectionKind::Replace));
        QCOMPARE(chain.corrections.at(2).kind, std::optional<CorrectionKind>(CorrectionKind::Decrease));
        QCOMPARE(chain.corrections.at(2).invoiceNumber, QStringLiteral("31"));
        QVERIFY(chain.corrections.at(2).finished);
        QCOMPARE(chain.corrections.at(3).kind, std::optional<CorrectionKind>(CorrectionKind::Increase));
        QVERIFY(!chain.corrections.at(3).finished);
    }

    void chain_kindOfStoredCorrection()
    {
        StoredCorrection stored;
        QCOMPARE(CorrectionChain::kindOf(stored), CorrectionKind::Replace);
        stored.documentType = DocumentType::AdjustmentCombined;
        QCOMPARE(CorrectionChain::kindOf(stored), CorrectionKind::Combined);
        // An adjustment adjusted again has document type 10: its adjustment_type still tells.
        stored.documentType = DocumentType::Adjusted;
        stored.adjustmentType = QStringLiteral("info");
        QCOMPARE(CorrectionChain::kindOf(stored), CorrectionKind::Info);
    }
};

QTEST_GUILESS_MAIN(TestCorrectionDraft)
#include "tst_correctiondraft.moc"
