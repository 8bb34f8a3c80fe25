#include "store/outboxstatemachine.h"

#include <QTest>

#include <set>
#include <utility>

using namespace einvoice;
using S = OutboxState;

Q_DECLARE_METATYPE(einvoice::OutboxState)

class TestOutboxStateMachine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canTransition_data();
    void canTransition();
    void unfinishedAndFinal_data();
    void unfinishedAndFinal();
    void wireNames_roundTrip_data();
    void wireNames_roundTrip();
    void unknownWireName_isRejected();
};

// The expected table, written out independently of the implementation.
static const std::set<std::pair<S, S>> &allowed()
{
    static const std::set<std::pair<S, S>> table {
        {S::Queued, S::Sent},
        {S::Queued, S::Failed},
        {S::Queued, S::Cancelled},
        {S::Sent, S::Tracking},
        {S::Sent, S::Succeeded},
        {S::Sent, S::Failed},
        {S::Sent, S::Unknown},
        {S::Sent, S::Queued},
        {S::Tracking, S::Succeeded},
        {S::Tracking, S::Failed},
        {S::Tracking, S::Unknown},
        {S::Unknown, S::Queued},
        {S::Unknown, S::Tracking},
        {S::Unknown, S::Succeeded},
        {S::Unknown, S::Failed},
        {S::Failed, S::Queued},
    };
    return table;
}

void TestOutboxStateMachine::canTransition_data()
{
    QTest::addColumn<OutboxState>("from");
    QTest::addColumn<OutboxState>("to");
    QTest::addColumn<bool>("expected");
    const QList<S> states = OutboxStateMachine::allStates();
    QCOMPARE(states.size(), 7);
    for (const S from : states) {
        for (const S to : states) {
            const bool expected = allowed().count({from, to}) > 0;
            const QString name = toWire(from) + QStringLiteral(" -> ") + toWire(to)
                + (expected ? QStringLiteral(" allowed") : QStringLiteral(" refused"));
            QTest::newRow(qPrintable(name)) << from << to << expected;
        }
    }
}

void TestOutboxStateMachine::canTransition()
{
    QFETCH(OutboxState, from);
    QFETCH(OutboxState, to);
    QFETCH(bool, expected);
    QCOMPARE(OutboxStateMachine::canTransition(from, to), expected);
    QCOMPARE(OutboxStateMachine::allowedTargets(from).contains(to), expected);
}

void TestOutboxStateMachine::unfinishedAndFinal_data()
{
    QTest::addColumn<OutboxState>("state");
    QTest::addColumn<bool>("unfinished");
    QTest::addColumn<bool>("final");
    QTest::newRow("queued") << S::Queued << true << false;
    QTest::newRow("sent") << S::Sent << true << false;
    QTest::newRow("tracking") << S::Tracking << true << false;
    QTest::newRow("unknown") << S::Unknown << true << false;
    QTest::newRow("failed") << S::Failed << false << false;
    QTest::newRow("succeeded") << S::Succeeded << false << true;
    QTest::newRow("cancelled") << S::Cancelled << false << true;
}

void TestOutboxStateMachine::unfinishedAndFinal()
{
    QFETCH(OutboxState, state);
    QFETCH(bool, unfinished);
    QFETCH(bool, final);
    QCOMPARE(OutboxStateMachine::isUnfinished(state), unfinished);
    QCOMPARE(OutboxStateMachine::isFinal(state), final);
}

void TestOutboxStateMachine::wireNames_roundTrip_data()
{
    QTest::addColumn<OutboxState>("state");
    QTest::addColumn<QString>("wire");
    QTest::newRow("queued") << S::Queued << QStringLiteral("queued");
    QTest::newRow("sent") << S::Sent << QStringLiteral("sent");
    QTest::newRow("tracking") << S::Tracking << QStringLiteral("tracking");
    QTest::newRow("succeeded") << S::Succeeded << QStringLiteral("succeeded");
    QTest::newRow("failed") << S::Failed << QStringLiteral("failed");
    QTest::newRow("unknown") << S::Unknown << QStringLiteral("unknown");
    QTest::newRow("cancelled") << S::Cancelled << QStringLiteral("cancelled");
}

void TestOutboxStateMachine::wireNames_roundTrip()
{
    QFETCH(OutboxState, state);
    QFETCH(QString, wire);
    QCOMPARE(toWire(state), wire);
    QCOMPARE(outboxStateFromWire(wire), std::optional<OutboxState>(state));
}

void TestOutboxStateMachine::unknownWireName_isRejected()
{
    QVERIFY(!outboxStateFromWire(u"done").has_value());
    QVERIFY(!outboxKindFromWire(u"delete").has_value());
    QCOMPARE(outboxKindFromWire(u"create"), std::optional<OutboxKind>(OutboxKind::Create));
    QCOMPARE(outboxKindFromWire(u"issue"), std::optional<OutboxKind>(OutboxKind::Issue));
}

QTEST_GUILESS_MAIN(TestOutboxStateMachine)
#include "tst_outboxstatemachine.moc"
