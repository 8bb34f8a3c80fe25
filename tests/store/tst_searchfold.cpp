#include "store/searchfold.h"

#include <QTest>

using namespace einvoice;

class TestSearchFold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data();
    void fold();
};

void TestSearchFold::fold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("ABC") << QStringLiteral("abc");
    QTest::newRow("tones and hooks") << QStringLiteral("Nguyễn Thị Hường")
                                     << QStringLiteral("nguyen thi huong");
    QTest::newRow("d with stroke") << QStringLiteral("Đại Đồng đá") << QStringLiteral("dai dong da");
    QTest::newRow("precomposed vs decomposed")
        << QStringLiteral("Vie\u0302\u0323t") << QStringLiteral("viet");
    QTest::newRow("spaces collapse and trim")
        << QStringLiteral("  Cty   ABC \t") << QStringLiteral("cty abc");
    QTest::newRow("digits kept") << QStringLiteral("0312-345") << QStringLiteral("0312-345");
    QTest::newRow("empty") << QString() << QString();
}

void TestSearchFold::fold()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(foldForSearch(input), expected);
}

QTEST_GUILESS_MAIN(TestSearchFold)
#include "tst_searchfold.moc"
