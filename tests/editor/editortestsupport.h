#pragma once

#include "core/clock.h"
#include "editor/invoiceactions.h"
#include "support/scriptedquestions.h"

#include <QApplication>
#include <QTest>
#include <QWidget>

namespace einvoice::editortest {

// Types text into the focused widget, one key event per character (works for "ễ", see
// PLATFORM.md: QTest::keyClicks refuses non-Latin-1 text).
inline void typeText(const QString &text)
{
    for (const QChar c : text) {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

inline void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, key, modifiers);
}

// Server actions without a server: one account with a current and a last-year series.
class FakeActions final : public InvoiceActions
{
public:
    QList<Invoice> created;
    QString yearDigits = QStringLiteral("26");
    bool listsAccounts = true; // false: the list fails, as without credentials

    static ProviderAccount account(const QString &yy)
    {
        ProviderAccount account;
        account.id = QStringLiteral("acc-1");
        account.provider = QStringLiteral("matbao");
        account.active = true;
        account.templates = {{QStringLiteral("1"), QStringLiteral("C") + yy + QStringLiteral("TAA"),
                                 QStringLiteral("1 - C") + yy + QStringLiteral("TAA - VAT")},
            {QStringLiteral("1"), QStringLiteral("C25TOL"), QStringLiteral("1 - C25TOL - VAT (last year)")},
            {QStringLiteral("2"), QStringLiteral("C") + yy + QStringLiteral("TBB"),
                QStringLiteral("2 - C") + yy + QStringLiteral("TBB - Sales")}};
        return account;
    }
    void fetchAccounts() override
    {
        if (listsAccounts)
            Q_EMIT accountsFetched({account(yearDigits)});
        else
            Q_EMIT fetchFailed(QStringLiteral("No client ID is set for this environment."));
    }
    void fetchAccount(const QString &) override { Q_EMIT accountFetched(account(yearDigits)); }
    void create(const Invoice &invoice) override { created.append(invoice); }
    void issueDraft(const QString &) override { }
    void deleteDraft(const QString &) override { }
    void downloadPdf(const QString &) override { }
    void cancel() override { }
};

} // namespace einvoice::editortest
