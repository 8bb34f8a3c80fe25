#include "accounts/accountroles.h"
#include "accounts/templatesmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace einvoice;

class TestTemplatesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsAndRoles()
    {
        TemplatesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTemplates({{QStringLiteral("1"), QStringLiteral("C26TAA"),
                                QStringLiteral("1 - C26TAA - Hóa đơn giá trị gia tăng")},
            {QStringLiteral("2"), QStringLiteral("C26TBB"),
                QStringLiteral("2 - C26TBB - Hóa đơn bán hàng")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, TemplatesModel::TemplateCodeColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(1, TemplatesModel::SeriesColumn).data().toString(), QStringLiteral("C26TBB"));
        QCOMPARE(model.index(0, TemplatesModel::LabelColumn).data().toString(),
            QStringLiteral("1 - C26TAA - Hóa đơn giá trị gia tăng"));
        QCOMPARE(
            model.index(0, 0).data(accountroles::InvoiceSeriesRole).toString(), QStringLiteral("C26TAA"));
        QCOMPARE(model.index(0, 0).data(accountroles::TemplateCodeRole).toString(), QStringLiteral("1"));
        model.setTemplates({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTemplatesModel)
#include "tst_templatesmodel.moc"
