// Issue 20, "every table the app shows can be taken to Excel in one action": the provider accounts
// page, loaded from a real sandbox over loopback, exported with its button and read back by
// openpyxl: the accounts (dates as dates, counts as numbers), the loaded templates, frozen headers
// and widths.

#include "../api/sandboxfixture.h"
#include "../spreadsheet/openpyxlview.h"
#include "accounts/apiaccountssource.h"
#include "accounts/provideraccountsmodel.h"
#include "accounts/templatesmodel.h"
#include "sandbox/sandboxseeder.h"
#include "support/scriptedquestions.h"
#include "ui/accounts/provideraccountspage.h"

#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;
using namespace einvoice::test;

class TstAccountsExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportButton_writesAccountsAndTemplates()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        ApiAccountsSource source;
        source.setClient(client.get());
        QTemporaryDir dir;
        ScriptedQuestions questions;
        questions.savePath = dir.filePath(QStringLiteral("tài khoản.xlsx"));
        ProviderAccountsPage page(&source, &questions);
        auto *button = page.findChild<QPushButton *>(QStringLiteral("exportAccountsExcelButton"));
        QVERIFY(!button->isEnabled()); // nothing loaded yet
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(page.accountsModel()->rowCount() > 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page.templatesModel()->rowCount() > 0, 10000); // the selected one's
        QVERIFY(button->isEnabled());
        button->click();
        QVERIFY(QFile::exists(questions.savePath));

        const QJsonObject book = xlsxtest::openpyxlView(questions.savePath);
        const QJsonArray sheets = book.value(QLatin1String("sheets")).toArray();
        QCOMPARE(sheets.size(), 2);
        const QJsonObject accounts = sheets.at(0).toObject();
        QCOMPARE(accounts.value(QLatin1String("freeze")).toString(), QStringLiteral("A2"));
        QCOMPARE(xlsxtest::valueOf(accounts, "A1").toString(),
            page.accountsModel()->headerData(0, Qt::Horizontal).toString());
        QVERIFY(!accounts.value(QLatin1String("widths")).toObject().isEmpty());
        const int rows = page.accountsModel()->rowCount();
        bool sawDate = false;
        bool sawCount = false;
        for (int row = 2; row <= rows + 1; ++row) {
            const QByteArray a = "A" + QByteArray::number(row);
            const QByteArray c = "C" + QByteArray::number(row);
            const QByteArray d = "D" + QByteArray::number(row);
            const QByteArray e = "E" + QByteArray::number(row);
            QVERIFY(!xlsxtest::valueOf(accounts, a.constData()).toString().isEmpty());
            if (xlsxtest::valueOf(accounts, d.constData()).toString() == SandboxSeeder::ApprovedAccountId) {
                QVERIFY(xlsxtest::cellOf(accounts, c.constData()).value(QLatin1String("is_date")).toBool());
                sawDate = true;
            }
            if (!xlsxtest::cellOf(accounts, e.constData()).isEmpty()) {
                QCOMPARE(xlsxtest::cellOf(accounts, e.constData()).value(QLatin1String("type")).toString(),
                    QStringLiteral("int"));
                sawCount = true;
            }
        }
        QVERIFY(sawDate);
        QVERIFY(sawCount); // the selected account's templates are loaded
        QVERIFY(
            xlsxtest::cellOf(accounts, QByteArray("A" + QByteArray::number(rows + 2)).constData()).isEmpty());

        const QJsonObject templates = sheets.at(1).toObject();
        QCOMPARE(templates.value(QLatin1String("freeze")).toString(), QStringLiteral("A2"));
        QCOMPARE(xlsxtest::valueOf(templates, "C2").toString(),
            page.templatesModel()->index(0, TemplatesModel::TemplateCodeColumn).data().toString());
        QCOMPARE(
            xlsxtest::cellOf(templates, "C2").value(QLatin1String("format")).toString(), QStringLiteral("@"));
        QVERIFY(!xlsxtest::valueOf(templates, "D2").toString().isEmpty()); // the series
    }
};

QTEST_MAIN(TstAccountsExport)
#include "tst_accountsexport.moc"
