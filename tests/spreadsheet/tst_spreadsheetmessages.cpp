#include "spreadsheet/spreadsheeterror.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace einvoice;
using Code = SpreadsheetError::Code;

// Refusals reach people in their language, and follow a language switch after they were made.
class TstSpreadsheetMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void message_followsTheLanguageOfTheMomentItIsShown()
    {
        SpreadsheetError error = SpreadsheetError::make(Code::LegacyXls);
        QVERIFY(error.message().contains(QStringLiteral("Excel 97-2003")));
        QTranslator vietnamese;
        QVERIFY(vietnamese.load(QStringLiteral(VIETNAMESE_QM)));
        QCoreApplication::installTranslator(&vietnamese);
        QCOMPARE(error.message(),
            QStringLiteral(
                "Đây là sổ làm việc Excel 97-2003 cũ (.xls). Hãy mở bằng Excel hoặc LibreOffice và lưu "
                "lại dưới dạng sổ làm việc Excel (.xlsx)."));
        SpreadsheetError rows
            = SpreadsheetError::limited(Code::TooManyRows, 50000, QStringLiteral("Hóa đơn"));
        QVERIFY2(rows.message().startsWith(QStringLiteral("Trang tính \"Hóa đơn\" có hơn")),
            qPrintable(rows.message()));
        QCoreApplication::removeTranslator(&vietnamese);
        QVERIFY(rows.message().startsWith(QStringLiteral("The sheet \"Hóa đơn\"")));
    }

    void everyMessage_isTranslated()
    {
        QTranslator vietnamese;
        QVERIFY(vietnamese.load(QStringLiteral(VIETNAMESE_QM)));
        for (int code = int(Code::FileUnreadable); code <= int(Code::ChoiceListTooLong); ++code) {
            SpreadsheetError error
                = SpreadsheetError::make(Code(code), QStringLiteral("p"), QStringLiteral("d"));
            error.name = QStringLiteral("n");
            const QString english = error.message();
            QCoreApplication::installTranslator(&vietnamese);
            const QString translated = error.message();
            QCoreApplication::removeTranslator(&vietnamese);
            QVERIFY2(translated != english, qPrintable(english));
        }
    }
};

QTEST_GUILESS_MAIN(TstSpreadsheetMessages)
#include "tst_spreadsheetmessages.moc"
