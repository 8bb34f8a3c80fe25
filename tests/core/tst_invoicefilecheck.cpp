// InvoiceFileCheck: a downloaded PDF must start with %PDF-, an XML file must be well-formed
// with a root element, before anything is written; the reason is a sentence for the user.

#include "core/invoicefilecheck.h"

#include <QTest>

using namespace einvoice;

class TestInvoiceFileCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problem_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("accepted");
        const int pdf = int(FileType::Pdf);
        const int xml = int(FileType::Xml);
        QTest::newRow("pdf") << pdf << QByteArray("%PDF-1.4\n%\xE2\xE3\n1 0 obj") << true;
        QTest::newRow("pdf html") << pdf << QByteArray("<html>error</html>") << false;
        QTest::newRow("pdf without dash") << pdf << QByteArray("%PDF1.4") << false;
        QTest::newRow("pdf shell") << pdf << QByteArray("#!/bin/sh\nrm -rf ~\n") << false;
        QTest::newRow("pdf empty") << pdf << QByteArray() << false;
        QTest::newRow("xml") << xml << QByteArray("<?xml version=\"1.0\"?><HDon><DLHDon/></HDon>") << true;
        QTest::newRow("xml bom") << xml << QByteArray("\xEF\xBB\xBF<a>Hóa đơn</a>") << true;
        QTest::newRow("xml unclosed") << xml << QByteArray("<a><b></a>") << false;
        QTest::newRow("xml text") << xml << QByteArray("export PATH=/tmp") << false;
        QTest::newRow("xml no root") << xml << QByteArray("<?xml version=\"1.0\"?>") << false;
        QTest::newRow("xml pdf") << xml << QByteArray("%PDF-1.4") << false;
        QTest::newRow("xml empty") << xml << QByteArray() << false;
    }

    void problem()
    {
        QFETCH(int, type);
        QFETCH(QByteArray, content);
        QFETCH(bool, accepted);
        const QString problem = InvoiceFileCheck::problem(FileType(type), content);
        QCOMPARE(problem.isEmpty(), accepted);
    }
};

QTEST_APPLESS_MAIN(TestInvoiceFileCheck)
#include "tst_invoicefilecheck.moc"
