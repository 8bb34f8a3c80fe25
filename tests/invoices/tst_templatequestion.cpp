// A server draft (or a copy) whose series is on templates of several provider accounts: the user
// is asked which account through the Questions seam; nothing is guessed, cancel opens nothing.

#include "core/remoteinvoice.h"
#include "invoices/editableinvoice.h"
#include "support/scriptedquestions.h"
#include "ui/invoices/templatequestion.h"

#include <QTest>

using namespace einvoice;

namespace {

ProviderAccount account(const QString &id, const QString &provider, const QList<InvoiceTemplate> &templates)
{
    ProviderAccount account;
    account.id = id;
    account.provider = provider;
    account.active = true;
    account.templates = templates;
    return account;
}

const QList<ProviderAccount> accounts {
    account(QStringLiteral("aaaaaaaa-1"), QStringLiteral("matbao"),
        {{QStringLiteral("1"), QStringLiteral("C26TAA"), QString()},
            {QStringLiteral("2"), QStringLiteral("C26TBB"), QString()}}),
    account(QStringLiteral("bbbbbbbb-2"), QStringLiteral("viettel"),
        {{QStringLiteral("1"), QStringLiteral("C26TAA"), QString()}}),
};

InvoiceDetail draftWithSeries(const QString &series)
{
    InvoiceDetail detail;
    detail.summary.referenceCode = QStringLiteral("DRAFT-1");
    detail.summary.status = InvoiceStatus::Draft;
    detail.invoiceSeries = series;
    return detail;
}

} // namespace

class TestTemplateQuestion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneAccountTemplate_isTakenWithoutAsking()
    {
        test::ScriptedQuestions questions;
        Invoice invoice = EditableInvoice::fromDetail(draftWithSeries(QStringLiteral("C26TBB")), accounts);
        const auto choices = EditableInvoice::templatesWithSeries(invoice.invoiceSeries, accounts);
        QVERIFY(TemplateQuestion::resolve(questions, nullptr, invoice, choices));
        QVERIFY(questions.decided.isEmpty());
        QCOMPARE(invoice.providerAccountId, QStringLiteral("aaaaaaaa-1"));
        QCOMPARE(invoice.templateCode, QStringLiteral("2"));
    }

    void ambiguousSeries_isNotGuessed()
    {
        const Invoice invoice
            = EditableInvoice::fromDetail(draftWithSeries(QStringLiteral("C26TAA")), accounts);
        QCOMPARE(invoice.providerAccountId, QString());
    }

    void ambiguousSeries_theUserChooses()
    {
        test::ScriptedQuestions questions;
        questions.decisions = QList<int> {1};
        Invoice invoice = EditableInvoice::fromDetail(draftWithSeries(QStringLiteral("C26TAA")), accounts);
        const auto choices = EditableInvoice::templatesWithSeries(invoice.invoiceSeries, accounts);
        QCOMPARE(choices.size(), 2);
        QVERIFY(TemplateQuestion::resolve(questions, nullptr, invoice, choices));
        QCOMPARE(questions.decided.size(), 1);
        const Questions::Decisions &asked = questions.decided.first();
        QVERIFY2(asked.text.contains(QLatin1String("C26TAA")), qPrintable(asked.text));
        QCOMPARE(asked.items.size(), 1);
        QCOMPARE(asked.items.first().choices.size(), 2);
        QVERIFY(asked.items.first().choices.at(1).contains(QLatin1String("viettel")));
        QCOMPARE(invoice.providerAccountId, QStringLiteral("bbbbbbbb-2"));
        QCOMPARE(invoice.templateCode, QStringLiteral("1"));
    }

    void ambiguousSeries_cancelled_opensNothing()
    {
        test::ScriptedQuestions questions;
        questions.decisions = std::nullopt;
        Invoice invoice = EditableInvoice::fromDetail(draftWithSeries(QStringLiteral("C26TAA")), accounts);
        QVERIFY(!TemplateQuestion::resolve(questions, nullptr, invoice,
            EditableInvoice::templatesWithSeries(invoice.invoiceSeries, accounts)));
        QCOMPARE(invoice.providerAccountId, QString());
    }
};

QTEST_MAIN(TestTemplateQuestion)
#include "tst_templatequestion.moc"
