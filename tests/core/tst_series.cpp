#include "core/legalrules.h"
#include "core/series.h"

#include <QRegularExpression>
#include <QTest>

using einvoice::InvoiceSeries;
using einvoice::LegalRules;
using Problem = einvoice::InvoiceSeries::Problem;

Q_DECLARE_METATYPE(InvoiceSeries::Problem)

class TestSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_validatesPatternAndYear_data();
    void check_validatesPatternAndYear();
    void year_andIsCoded_data();
    void year_andIsCoded();
    void isValidTemplateCode_acceptsOneToNine_data();
    void isValidTemplateCode_acceptsOneToNine();
    void legalRules_loadFromResource();
    void legalRules_reductionPeriodBoundaries_data();
    void legalRules_reductionPeriodBoundaries();
    void legalRules_fromJsonSkipsMalformedPeriods();
};

void TestSeries::check_validatesPatternAndYear_data()
{
    QTest::addColumn<QString>("series");
    QTest::addColumn<QDate>("issued");
    QTest::addColumn<Problem>("problem");

    const QDate in2026(2026, 3, 10);
    QTest::newRow("coded, business") << "C26TAA" << in2026 << Problem::None;
    QTest::newRow("uncoded") << "K26TYY" << in2026 << Problem::None;
    QTest::newRow("cash register M") << "C26MAB" << in2026 << Problem::None;
    QTest::newRow("commercial X") << "K26XZZ" << in2026 << Problem::None;
    QTest::newRow("internal transfer N") << "K26NAA" << in2026 << Problem::None;
    QTest::newRow("no date: format only") << "C25TAA" << QDate() << Problem::None;
    QTest::newRow("empty") << "" << in2026 << Problem::Empty;
    QTest::newRow("too short") << "C26TA" << in2026 << Problem::BadFormat;
    QTest::newRow("too long") << "C26TAAA" << in2026 << Problem::BadFormat;
    QTest::newRow("lower case") << "c26taa" << in2026 << Problem::BadFormat;
    QTest::newRow("template digit included") << "1C26TA" << in2026 << Problem::BadFormat;
    QTest::newRow("letter in year") << "C2ATAA" << in2026 << Problem::BadFormat;
    QTest::newRow("digit in label") << "C26TA1" << in2026 << Problem::BadFormat;
    QTest::newRow("Vietnamese letter") << QStringLiteral("C26TĐA") << in2026 << Problem::BadFormat;
    QTest::newRow("unknown kind letter") << "A26TAA" << in2026 << Problem::BadYearLetterCode;
    QTest::newRow("unknown type letter Z") << "C26ZAA" << in2026 << Problem::BadYearLetterCode;
    QTest::newRow("F not yet in force") << "C26FAA" << in2026 << Problem::BadYearLetterCode;
    QTest::newRow("last year's series") << "C25TAA" << in2026 << Problem::YearMismatch;
    QTest::newRow("next year's series") << "C27TAA" << QDate(2026, 12, 31) << Problem::YearMismatch;
    QTest::newRow("new year's day") << "C27TAA" << QDate(2027, 1, 1) << Problem::None;
}

void TestSeries::check_validatesPatternAndYear()
{
    QFETCH(QString, series);
    QFETCH(QDate, issued);
    QFETCH(Problem, problem);
    QCOMPARE(InvoiceSeries::check(series, issued), problem);
}

void TestSeries::year_andIsCoded_data()
{
    QTest::addColumn<QString>("series");
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("coded");

    QTest::newRow("C26TAA") << "C26TAA" << 2026 << true;
    QTest::newRow("K25TYY") << "K25TYY" << 2025 << false;
    QTest::newRow("C99HAA") << "C99HAA" << 2099 << true;
    QTest::newRow("bad format") << "C2TAA" << 0 << false;
}

void TestSeries::year_andIsCoded()
{
    QFETCH(QString, series);
    QFETCH(int, year);
    QFETCH(bool, coded);
    QCOMPARE(InvoiceSeries::year(series), year);
    QCOMPARE(InvoiceSeries::isCoded(series), coded);
}

void TestSeries::isValidTemplateCode_acceptsOneToNine_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");

    QTest::newRow("1 VAT") << "1" << true;
    QTest::newRow("2 sales") << "2" << true;
    QTest::newRow("9") << "9" << true;
    QTest::newRow("0") << "0" << false;
    QTest::newRow("two digits") << "12" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("letter") << "A" << false;
}

void TestSeries::isValidTemplateCode_acceptsOneToNine()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(InvoiceSeries::isValidTemplateCode(code), valid);
}

void TestSeries::legalRules_loadFromResource()
{
    const LegalRules &rules = LegalRules::current();
    QCOMPARE(rules.seriesKindLetters(), QStringLiteral("CK"));
    QCOMPARE(rules.seriesTypeLetters(), QStringLiteral("TDLMNBGHX"));
    QCOMPARE(rules.templateDigits(), QStringLiteral("123456789"));
    QCOMPARE(rules.cashPaymentWarningThreshold(), qint64(5000000));
    const QList<LegalRules::Period> periods = rules.vatReductionPeriods();
    QCOMPARE(periods.size(), 6);
    for (const LegalRules::Period &period : periods) {
        QVERIFY(period.from <= period.to);
        QVERIFY(!period.legalBasis.isEmpty());
    }
    QCOMPARE(periods.last().to, QDate(2026, 12, 31));
    QVERIFY(periods.last().legalBasis.contains(QStringLiteral("204/2025")));
}

void TestSeries::legalRules_reductionPeriodBoundaries_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("reduced");

    QTest::newRow("before the first period") << QDate(2022, 1, 31) << false;
    QTest::newRow("first day ND15") << QDate(2022, 2, 1) << true;
    QTest::newRow("last day ND15") << QDate(2022, 12, 31) << true;
    QTest::newRow("first half 2023 gap") << QDate(2023, 3, 15) << false;
    QTest::newRow("ND44 start") << QDate(2023, 7, 1) << true;
    QTest::newRow("ND180 last day") << QDate(2025, 6, 30) << true;
    QTest::newRow("NQ204 first day") << QDate(2025, 7, 1) << true;
    QTest::newRow("NQ204 last day") << QDate(2026, 12, 31) << true;
    QTest::newRow("after the last period") << QDate(2027, 1, 1) << false;
    QTest::newRow("invalid date") << QDate() << false;
}

void TestSeries::legalRules_reductionPeriodBoundaries()
{
    QFETCH(QDate, date);
    QFETCH(bool, reduced);
    QCOMPARE(LegalRules::current().isInVatReductionPeriod(date), reduced);
}

void TestSeries::legalRules_fromJsonSkipsMalformedPeriods()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("malformed VAT reduction period")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("malformed VAT reduction period")));
    const LegalRules rules = LegalRules::fromJson(
        R"({"series_kind_letters": "CK", "cash_payment_warning_threshold": 20000000,
            "vat_reduction_periods": [
              {"from": "2030-01-01", "to": "2030-06-30", "legal_basis": "X"},
              {"from": "2031-06-30", "to": "2031-01-01", "legal_basis": "reversed"},
              {"from": "not a date", "to": "2031-01-01", "legal_basis": "broken"}]})");
    QCOMPARE(rules.seriesKindLetters(), QStringLiteral("CK"));
    QCOMPARE(rules.cashPaymentWarningThreshold(), qint64(20000000));
    QCOMPARE(rules.vatReductionPeriods().size(), 1);
    QVERIFY(rules.isInVatReductionPeriod(QDate(2030, 3, 1)));

    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("not a JSON object")));
    const LegalRules broken = LegalRules::fromJson("not json");
    QVERIFY(broken.seriesTypeLetters().isEmpty());
    QVERIFY(broken.vatReductionPeriods().isEmpty());
}

QTEST_GUILESS_MAIN(TestSeries)
#include "tst_series.moc"
