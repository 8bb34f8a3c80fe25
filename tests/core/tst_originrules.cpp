// Whether an invoice may be corrected, and the legal reference line (sepay-api.md appendix B
// R1-R7, appendix C A1-A5; vn-einvoice-domain.md 1.3, 1.10).

#include "core/correctionreference.h"
#include "core/originrules.h"

#include <QTest>

#include <optional>

using namespace einvoice;

Q_DECLARE_METATYPE(OriginRules::Refusal)
Q_DECLARE_METATYPE(CorrectionKind)
Q_DECLARE_METATYPE(std::optional<int>)

namespace {

InvoiceDetail origin(InvoiceStatus status, std::optional<int> documentType, const QString &providerStatus)
{
    InvoiceDetail detail;
    detail.summary.referenceCode = QStringLiteral("ORDER-17");
    detail.summary.invoiceNumber = QStringLiteral("17");
    detail.summary.issuedDate = QDate(2026, 5, 4);
    detail.summary.status = status;
    detail.invoiceSeries = QStringLiteral("C26TAA");
    detail.documentType = documentType;
    detail.providerStatus = providerStatus;
    return detail;
}

const QList<CorrectionKind> allKinds {CorrectionKind::Replace, CorrectionKind::Increase,
    CorrectionKind::Decrease, CorrectionKind::Combined, CorrectionKind::Info};

} // namespace

class OriginRulesTest : public QObject
{
    Q_OBJECT

    // As the client checks with its default contract (CorrectionContract::acceptedProviderStatus).
    static OriginRules::Verdict verdictOf(const InvoiceDetail &detail, CorrectionKind kind)
    {
        return OriginRules::check(detail, kind, QStringLiteral("4"));
    }

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<InvoiceStatus>("status");
        QTest::addColumn<std::optional<int>>("documentType");
        QTest::addColumn<QString>("providerStatus");
        QTest::addColumn<OriginRules::Refusal>("replace");
        QTest::addColumn<OriginRules::Refusal>("adjust");
        using R = OriginRules::Refusal;
        const auto row = [](const char *name, InvoiceStatus status, std::optional<int> type,
                             const char *provider, R replace, R adjust) {
            QTest::newRow(name) << status << type << QString::fromLatin1(provider) << replace << adjust;
        };
        const auto issued = InvoiceStatus::Issued;
        // R3/A3: new, replacement and adjusted invoices may be corrected.
        row("original, accepted", issued, 2, "4", R::None, R::None);
        row("replacement (R6)", issued, 4, "4", R::None, R::None);
        row("adjusted: replace (R7), adjust again (A5)", issued, 10, "4", R::None, R::None);
        // R2/A2: issued and accepted by the tax authority.
        row("draft status", InvoiceStatus::Draft, 1, "1", R::Draft, R::Draft);
        row("draft document type", issued, 1, "4", R::Draft, R::Draft);
        row("signing error", issued, 2, "2", R::NotAccepted, R::NotAccepted);
        row("not sent to CQT", issued, 2, "3", R::NotAccepted, R::NotAccepted);
        row("CQT has not answered", issued, 2, "5", R::NotAccepted, R::NotAccepted);
        row("not eligible for a code", issued, 2, "6", R::NotAccepted, R::NotAccepted);
        row("04/SS not created", issued, 2, "7", R::NotAccepted, R::NotAccepted);
        row("04/SS approved", issued, 2, "9", R::NotAccepted, R::NotAccepted);
        // R4/A4: not cancelled, not replaced; R5: replaced once only.
        row("cancelled status", InvoiceStatus::Cancelled, 3, "4", R::Cancelled, R::Cancelled);
        row("cancelled document type", issued, 3, "4", R::Cancelled, R::Cancelled);
        row("already replaced (R5)", issued, 5, "4", R::AlreadyReplaced, R::AlreadyReplaced);
        // R3/A3: adjustment invoices are not origins.
        row("increase adjustment", issued, 6, "4", R::IsAdjustment, R::IsAdjustment);
        row("decrease adjustment", issued, 7, "4", R::IsAdjustment, R::IsAdjustment);
        row("info adjustment", issued, 8, "4", R::IsAdjustment, R::IsAdjustment);
        row("combined adjustment", issued, 9, "4", R::IsAdjustment, R::IsAdjustment);
        row("unknown type 11", issued, 11, "4", R::UnknownType, R::UnknownType);
        // The documented detail example has neither field: the server decides.
        row("no document type, no provider status", issued, std::nullopt, "", R::None, R::None);
    }

    void check()
    {
        QFETCH(InvoiceStatus, status);
        QFETCH(std::optional<int>, documentType);
        QFETCH(QString, providerStatus);
        QFETCH(OriginRules::Refusal, replace);
        QFETCH(OriginRules::Refusal, adjust);
        const InvoiceDetail detail = origin(status, documentType, providerStatus);
        for (CorrectionKind kind : allKinds) {
            const OriginRules::Verdict verdict = verdictOf(detail, kind);
            const OriginRules::Refusal expected = kind == CorrectionKind::Replace ? replace : adjust;
            QCOMPARE(OriginRules::refusalName(verdict.refusal), OriginRules::refusalName(expected));
            QCOMPARE(verdict.allowed(), expected == OriginRules::Refusal::None);
            // A refusal always says why, naming the invoice.
            QCOMPARE(verdict.message.contains(QLatin1String("ORDER-17")), !verdict.allowed());
        }
    }

    void check_secondReplacementSaysWhy()
    {
        const auto verdict
            = verdictOf(origin(InvoiceStatus::Issued, 5, QStringLiteral("4")), CorrectionKind::Replace);
        QVERIFY(!verdict.allowed());
        QVERIFY2(verdict.message.contains(QLatin1String("only once")), qPrintable(verdict.message));
    }

    void check_acceptedStatusIsTheContractsReading()
    {
        const InvoiceDetail detail = origin(InvoiceStatus::Issued, 2, QStringLiteral("5"));
        QCOMPARE(OriginRules::refusalName(verdictOf(detail, CorrectionKind::Replace).refusal),
            OriginRules::refusalName(OriginRules::Refusal::NotAccepted));
        QVERIFY(OriginRules::check(detail, CorrectionKind::Replace, QStringLiteral("5")).allowed());
    }

    void check_warnsWhenTheDetailDoesNotTell()
    {
        const auto verdict
            = verdictOf(origin(InvoiceStatus::Issued, std::nullopt, QString()), CorrectionKind::Decrease);
        QVERIFY(verdict.allowed());
        QCOMPARE(verdict.warnings.size(), 1);
    }

    void check_warnsWhenReplacingAnAdjustedInvoice()
    {
        const InvoiceDetail adjusted = origin(InvoiceStatus::Issued, 10, QStringLiteral("4"));
        QCOMPARE(verdictOf(adjusted, CorrectionKind::Replace).warnings.size(), 1);
        QCOMPARE(verdictOf(adjusted, CorrectionKind::Increase).warnings.size(), 0);
    }

    void kinds_wireNamesAndDocumentTypes_data()
    {
        QTest::addColumn<CorrectionKind>("kind");
        QTest::addColumn<QString>("wire");
        QTest::addColumn<int>("documentType");
        QTest::addColumn<int>("originAfter");
        QTest::newRow("replace") << CorrectionKind::Replace << QString() << 4 << 5;
        QTest::newRow("increase") << CorrectionKind::Increase << QStringLiteral("increase") << 6 << 10;
        QTest::newRow("decrease") << CorrectionKind::Decrease << QStringLiteral("decrease") << 7 << 10;
        QTest::newRow("info") << CorrectionKind::Info << QStringLiteral("info") << 8 << 10;
        QTest::newRow("combined") << CorrectionKind::Combined << QStringLiteral("combined") << 9 << 10;
    }

    void kinds_wireNamesAndDocumentTypes()
    {
        QFETCH(CorrectionKind, kind);
        QFETCH(QString, wire);
        QFETCH(int, documentType);
        QFETCH(int, originAfter);
        QCOMPARE(adjustmentTypeWire(kind), wire);
        QCOMPARE(documentTypeOf(kind), documentType);
        QCOMPARE(originDocumentTypeAfter(kind), originAfter);
        QCOMPARE(correctionKindOfDocumentType(documentType), std::optional<CorrectionKind>(kind));
        if (!wire.isEmpty())
            QCOMPARE(adjustmentFromWire(wire), std::optional<CorrectionKind>(kind));
    }

    void kinds_unknownAdjustmentTypeIsRefused()
    {
        QVERIFY(!adjustmentFromWire(u"replace"));
        QVERIFY(!adjustmentFromWire(u"Increase"));
        QVERIFY(!adjustmentFromWire(u""));
        QVERIFY(!correctionKindOfDocumentType(2));
    }

    void referenceText_data()
    {
        QTest::addColumn<CorrectionKind>("kind");
        QTest::addColumn<QString>("text");
        const QString tail
            = QStringLiteral(" cho hóa đơn Mẫu số 1 ký hiệu C26TAA số 0000017 ngày 04 tháng 05 năm 2026");
        QTest::newRow("replace") << CorrectionKind::Replace << QStringLiteral("Thay thế") + tail;
        QTest::newRow("increase") << CorrectionKind::Increase << QStringLiteral("Điều chỉnh tăng") + tail;
        QTest::newRow("decrease") << CorrectionKind::Decrease << QStringLiteral("Điều chỉnh giảm") + tail;
        QTest::newRow("combined") << CorrectionKind::Combined
                                  << QStringLiteral("Điều chỉnh tăng, giảm") + tail;
        QTest::newRow("info") << CorrectionKind::Info << QStringLiteral("Điều chỉnh thông tin") + tail;
    }

    void referenceText()
    {
        QFETCH(CorrectionKind, kind);
        QFETCH(QString, text);
        const InvoiceDetail detail = origin(InvoiceStatus::Issued, 2, QStringLiteral("4"));
        const CorrectionLink link {kind, originReferenceOf(detail, QStringLiteral("1"))};
        QCOMPARE(correctionReferenceText(link), text);
        QCOMPARE(relatedInvoiceNature(kind), kind == CorrectionKind::Replace ? 1 : 2);
    }

    void referenceText_missingPartsShowAnEllipsis()
    {
        const CorrectionLink link {CorrectionKind::Replace, OriginReference {}};
        QCOMPARE(correctionReferenceText(link),
            QStringLiteral("Thay thế cho hóa đơn Mẫu số … ký hiệu … số … ngày …"));
    }

    void printedNumber_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("printed");
        QTest::newRow("17") << QStringLiteral("17") << QStringLiteral("0000017");
        QTest::newRow("8 digits") << QStringLiteral("12345678") << QStringLiteral("12345678");
        QTest::newRow("not a number") << QStringLiteral("A-17") << QStringLiteral("A-17");
    }

    void printedNumber()
    {
        QFETCH(QString, number);
        QFETCH(QString, printed);
        QCOMPARE(printedInvoiceNumber(number), printed);
    }

    void templateOfSeries_isUniqueOrEmpty()
    {
        const QList<InvoiceTemplate> templates {{QStringLiteral("1"), QStringLiteral("C26TAA"), QString()},
            {QStringLiteral("2"), QStringLiteral("C26TBB"), QString()}};
        QCOMPARE(templateCodeOfSeries(templates, QStringLiteral("C26TBB")), QStringLiteral("2"));
        QCOMPARE(templateCodeOfSeries(templates, QStringLiteral("C26TXX")), QString());
        const QList<InvoiceTemplate> clash {{QStringLiteral("1"), QStringLiteral("C26TAA"), QString()},
            {QStringLiteral("2"), QStringLiteral("C26TAA"), QString()}};
        QCOMPARE(templateCodeOfSeries(clash, QStringLiteral("C26TAA")), QString());
    }
};

QTEST_GUILESS_MAIN(OriginRulesTest)
#include "tst_originrules.moc"
