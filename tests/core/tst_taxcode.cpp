#include "core/taxcode.h"

#include <QTest>

using einvoice::TaxCode;
using Kind = einvoice::TaxCode::Kind;
using Problem = einvoice::TaxCode::Problem;

Q_DECLARE_METATYPE(TaxCode::Kind)
Q_DECLARE_METATYPE(TaxCode::Problem)

class TestTaxCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_acceptsWellFormedCodes_data();
    void check_acceptsWellFormedCodes();
    void check_rejectsMalformedCodes_data();
    void check_rejectsMalformedCodes();
    void checkDigit_followsWeightsAndTenMinusRemainder_data();
    void checkDigit_followsWeightsAndTenMinusRemainder();
    void restoreLeadingZero_padsSpreadsheetNumbers_data();
    void restoreLeadingZero_padsSpreadsheetNumbers();
};

void TestTaxCode::check_acceptsWellFormedCodes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("Viettel r=4") << "0100109106" << Kind::Enterprise10 << "0100109106";
    QTest::newRow("r=1 gives 9") << "0300588569" << Kind::Enterprise10 << "0300588569";
    QTest::newRow("MISA r=10 gives 0") << "0101243150" << Kind::Enterprise10 << "0101243150";
    QTest::newRow("0100233488") << "0100233488" << Kind::Enterprise10 << "0100233488";
    QTest::newRow("0314409058") << "0314409058" << Kind::Enterprise10 << "0314409058";
    QTest::newRow("branch with dash") << "0314409058-002" << Kind::Branch13 << "0314409058-002";
    QTest::newRow("branch 999") << "0100109106-999" << Kind::Branch13 << "0100109106-999";
    QTest::newRow("branch without dash") << "0314409058002" << Kind::Branch13 << "0314409058-002";
    QTest::newRow("spaces") << " 0100 109 106 " << Kind::Enterprise10 << "0100109106";
    QTest::newRow("dots") << "0100.109.106" << Kind::Enterprise10 << "0100109106";
    QTest::newRow("dots and branch") << "0314.409.058-002" << Kind::Branch13 << "0314409058-002";
    QTest::newRow("personal id 12") << "001099012345" << Kind::PersonalId12 << "001099012345";
    QTest::newRow("personal id spaced") << "001 099 012 345" << Kind::PersonalId12 << "001099012345";
}

void TestTaxCode::check_acceptsWellFormedCodes()
{
    QFETCH(QString, input);
    QFETCH(Kind, kind);
    QFETCH(QString, normalized);

    const TaxCode::Result result = TaxCode::check(input);
    QVERIFY(result.isValid());
    QCOMPARE(result.problem, Problem::None);
    QCOMPARE(result.kind, kind);
    QCOMPARE(result.normalized, normalized);
}

void TestTaxCode::check_rejectsMalformedCodes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Problem>("problem");

    QTest::newRow("empty") << "" << Problem::Empty;
    QTest::newRow("only spaces") << "   " << Problem::Empty;
    QTest::newRow("bad check digit") << "0100233480" << Problem::BadCheckDigit;
    QTest::newRow("off by one") << "0100109107" << Problem::BadCheckDigit;
    QTest::newRow("wrong variant (11-r) mod 11") << "0101243151" << Problem::BadCheckDigit;
    QTest::newRow("wrong variant r=0 as 0") << "1001091080" << Problem::BadCheckDigit;
    QTest::newRow("branch 000") << "0314409058-000" << Problem::BadBranchNumber;
    QTest::newRow("branch 000 no dash") << "0314409058000" << Problem::BadBranchNumber;
    QTest::newRow("branch of bad parent") << "0100109107-001" << Problem::BadCheckDigit;
    QTest::newRow("nine digits") << "010010910" << Problem::BadLength;
    QTest::newRow("eleven digits") << "01001091066" << Problem::BadLength;
    QTest::newRow("fourteen digits") << "01001091060000" << Problem::BadLength;
    QTest::newRow("short parent with branch") << "010010910-001" << Problem::BadLength;
    QTest::newRow("letter") << "010010910A" << Problem::BadCharacters;
    QTest::newRow("two-digit branch") << "0100109106-01" << Problem::BadCharacters;
    QTest::newRow("four-digit branch") << "0100109106-0001" << Problem::BadCharacters;
    QTest::newRow("dash in the middle") << "0100-109106" << Problem::BadCharacters;
    QTest::newRow("double dash") << "0100109106--001" << Problem::BadCharacters;
    QTest::newRow("slash") << "0100109106/001" << Problem::BadCharacters;
    QTest::newRow("full-width digits") << QStringLiteral("０１００１０９１０６") << Problem::BadCharacters;
}

void TestTaxCode::check_rejectsMalformedCodes()
{
    QFETCH(QString, input);
    QFETCH(Problem, problem);

    const TaxCode::Result result = TaxCode::check(input);
    QVERIFY(!result.isValid());
    QCOMPARE(result.problem, problem);
    QCOMPARE(result.kind, Kind::Invalid);
    QVERIFY(result.normalized.isEmpty());
}

void TestTaxCode::checkDigit_followsWeightsAndTenMinusRemainder_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("digit");

    QTest::newRow("r=4") << "010010910" << 6;
    QTest::newRow("r=1") << "030058856" << 9;
    QTest::newRow("r=10") << "010124315" << 0;
    QTest::newRow("r=2") << "031440905" << 8;
    QTest::newRow("r=0 never issued") << "100109108" << -1;
    QTest::newRow("eight digits") << "01001091" << -1;
    QTest::newRow("not digits") << "01001091A" << -1;
}

void TestTaxCode::checkDigit_followsWeightsAndTenMinusRemainder()
{
    QFETCH(QString, prefix);
    QFETCH(int, digit);
    QCOMPARE(TaxCode::checkDigit(prefix), digit);
}

void TestTaxCode::restoreLeadingZero_padsSpreadsheetNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("validAfter");

    QTest::newRow("9 digits") << "100109106"
                              << "0100109106" << true;
    QTest::newRow("12 digits become branch") << "314409058002"
                                             << "0314409058-002" << true;
    QTest::newRow("9 digits with branch") << "314409058-002"
                                          << "0314409058-002" << true;
    QTest::newRow("already 10 digits") << "0100109106"
                                       << "0100109106" << true;
    QTest::newRow("too short untouched") << "12345"
                                         << "12345" << false;
    QTest::newRow("empty") << ""
                           << "" << false;
}

void TestTaxCode::restoreLeadingZero_padsSpreadsheetNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(bool, validAfter);

    const QString restored = TaxCode::restoreLeadingZero(input);
    QCOMPARE(restored, expected);
    QCOMPARE(TaxCode::check(restored).isValid(), validAfter);
}

QTEST_GUILESS_MAIN(TestTaxCode)
#include "tst_taxcode.moc"
