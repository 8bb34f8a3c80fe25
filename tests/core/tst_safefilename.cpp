// SafeFileName: names from a server or an invoice become one plain file name in the chosen
// folder, never a path, a dot-file, a device name or a control character, and always with the
// extension the caller expects.

#include "core/safefilename.h"

#include <QTest>

using einvoice::SafeFileName;

class TestSafeFileName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void make_data()
    {
        QTest::addColumn<QString>("proposed");
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ordinary") << QStringLiteral("HD_0000001_20260101.pdf") << QStringLiteral("pdf")
                                  << QStringLiteral("HD_0000001_20260101.pdf");
        QTest::newRow("vietnamese kept") << QStringLiteral("Hóa đơn số 1.xml") << QStringLiteral("xml")
                                         << QStringLiteral("Hóa đơn số 1.xml");
        QTest::newRow("dot-file") << QStringLiteral(".bashrc") << QStringLiteral("pdf")
                                  << QStringLiteral("bashrc.pdf");
        QTest::newRow("dots only") << QStringLiteral("...") << QStringLiteral("pdf")
                                   << QStringLiteral("REF-1.pdf");
        QTest::newRow("parent") << QStringLiteral("..") << QStringLiteral("pdf")
                                << QStringLiteral("REF-1.pdf");
        QTest::newRow("unix path") << QStringLiteral("../../etc/passwd") << QStringLiteral("pdf")
                                   << QStringLiteral("passwd.pdf");
        QTest::newRow("windows path")
            << QStringLiteral("..\\..\\x.pdf") << QStringLiteral("pdf") << QStringLiteral("x.pdf");
        QTest::newRow("absolute") << QStringLiteral("/home/u/.ssh/authorized_keys") << QStringLiteral("xml")
                                  << QStringLiteral("authorized_keys.xml");
        QTest::newRow("trailing slash")
            << QStringLiteral("dir/") << QStringLiteral("pdf") << QStringLiteral("REF-1.pdf");
        QTest::newRow("control chars") << QStringLiteral("a\x01"
                                                         "b\nc\x7f.pdf")
                                       << QStringLiteral("pdf") << QStringLiteral("abc.pdf");
        QTest::newRow("bidi override")
            << QString(QStringLiteral("inv") + QChar(0x202E) + QStringLiteral("fdp.exe"))
            << QStringLiteral("pdf") << QStringLiteral("invfdp.exe.pdf");
        QTest::newRow("reserved chars") << QStringLiteral("a<b>c:d\"e|f?g*h.pdf") << QStringLiteral("pdf")
                                        << QStringLiteral("a_b_c_d_e_f_g_h.pdf");
        QTest::newRow("device") << QStringLiteral("CON") << QStringLiteral("pdf")
                                << QStringLiteral("_CON.pdf");
        QTest::newRow("device with ext")
            << QStringLiteral("nul.pdf") << QStringLiteral("pdf") << QStringLiteral("_nul.pdf");
        QTest::newRow("com1") << QStringLiteral("com1.txt") << QStringLiteral("xml")
                              << QStringLiteral("_com1.txt.xml");
        QTest::newRow("other extension")
            << QStringLiteral("run.sh") << QStringLiteral("pdf") << QStringLiteral("run.sh.pdf");
        QTest::newRow("upper extension")
            << QStringLiteral("X.PDF") << QStringLiteral("pdf") << QStringLiteral("X.pdf");
        QTest::newRow("trailing dots and spaces")
            << QStringLiteral("  name. . ") << QStringLiteral("pdf") << QStringLiteral("name.pdf");
        QTest::newRow("empty") << QString() << QStringLiteral("xml") << QStringLiteral("REF-1.xml");
    }

    void make()
    {
        QFETCH(QString, proposed);
        QFETCH(QString, extension);
        QFETCH(QString, expected);
        QCOMPARE(SafeFileName::make(proposed, extension, QStringLiteral("REF-1")), expected);
    }

    void make_hostileFallback_isMadeSafeToo()
    {
        QCOMPARE(
            SafeFileName::make(QStringLiteral(".."), QStringLiteral("pdf"), QStringLiteral("../.profile")),
            QStringLiteral("profile.pdf"));
        QCOMPARE(SafeFileName::make(QString(), QStringLiteral("pdf"), QStringLiteral("/")),
            QStringLiteral("invoice.pdf"));
    }

    void make_longName_fitsInTwoHundredBytes()
    {
        const QString name = SafeFileName::make(QString(300, QChar(0x1EC7)), QStringLiteral("pdf")); // "ệ"
        QVERIFY(name.toUtf8().size() <= 200);
        QVERIFY(name.endsWith(QLatin1String(".pdf")));
        QVERIFY(name.size() > 50);
    }
};

QTEST_APPLESS_MAIN(TestSafeFileName)
#include "tst_safefilename.moc"
