// The correction chain under the invoice list's detail: each correction with its kind, its date
// (the invoice date the server gives, or the day this app sent it) and whether it is confirmed.

#include "ui/corrections/correctionchainview.h"

#include <QSignalSpy>
#include <QTest>

using namespace einvoice;

class TstCorrectionChainView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corrections_showKindDateAndState()
    {
        CorrectionChain chain;
        chain.origin = CorrectionChain::Link {
            QStringLiteral("GOC-1"), std::nullopt, QStringLiteral("0000012"), true, false, QDate()};
        chain.corrections.append({QStringLiteral("THAY-1"), CorrectionKind::Replace,
            QStringLiteral("0000124"), true, false, QDate(2026, 12, 4)});
        chain.corrections.append(
            {QStringLiteral("DC-1"), CorrectionKind::Decrease, QString(), false, false, QDate(2026, 12, 5)});
        chain.corrections.append(
            {QStringLiteral("DC-2"), CorrectionKind::Info, QString(), true, false, QDate()});
        CorrectionChainView view;
        view.showChain(chain);
        const QString text = view.text();
        QVERIFY2(text.contains(QStringLiteral("Corrects invoice <a href=\"GOC-1\">0000012</a>.")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(">0000124</a> (replacement, 04/12/2026)")), qPrintable(text));
        QVERIFY(
            text.contains(QStringLiteral(">DC-1</a> (decrease adjustment, 05/12/2026, not confirmed yet)")));
        QVERIFY(text.contains(QStringLiteral(">DC-2</a> (information adjustment)")));

        QSignalSpy requested(&view, &CorrectionChainView::invoiceRequested);
        Q_EMIT view.linkActivated(QStringLiteral("DC-1"));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("DC-1"));

        chain.origin->date = QDate(2026, 11, 3); // an origin whose date is known says it too
        view.showChain(chain);
        QVERIFY(view.text().contains(QStringLiteral("0000012</a> of 03/11/2026.")));
        view.clearChain();
        QVERIFY(view.isHidden());
    }
};

QTEST_MAIN(TstCorrectionChainView)
#include "tst_correctionchainview.moc"
