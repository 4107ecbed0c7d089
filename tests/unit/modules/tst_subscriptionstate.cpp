// RFC 6121 Appendix A, every row of every table: the state after each subscription stanza the
// user's server processes, and whether the stanza is routed (outbound) or delivered (inbound).
// Plus the pre-approval rules of §3.4 and the auto-reply of §3.1.3.
#include "modules/subscriptionstate.h"
#include <QtTest>

using namespace confab::modules;
using S = SubState;
using T = SubType;

Q_DECLARE_METATYPE(SubState)
Q_DECLARE_METATYPE(SubType)

namespace {

struct Row
{
    S current;
    bool forward;
    S next;
};

// The nine rows of a table in the RFC's order.
const S states[] = {S::None, S::NonePendingOut, S::NonePendingIn, S::NonePendingOutIn, S::To, S::ToPendingIn,
                    S::From, S::FromPendingOut, S::Both};

void addTable(const char *table, T type, const QList<Row> &rows)
{
    QCOMPARE(rows.size(), 9);
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows[i].current, states[i]);
        QTest::addRow("%s %s", table, qPrintable(subStateName(rows[i].current)))
            << type << rows[i].current << rows[i].forward << rows[i].next;
    }
}

void columns()
{
    QTest::addColumn<SubType>("type");
    QTest::addColumn<SubState>("current");
    QTest::addColumn<bool>("forward");
    QTest::addColumn<SubState>("next");
}

} // namespace

class TestSubscriptionState : public QObject
{
    Q_OBJECT
private slots:
    void outbound_data()
    {
        columns();
        // A.2.1 subscribe: always routed.
        addTable("A.2.1", T::Subscribe,
                 {{S::None, true, S::NonePendingOut},
                  {S::NonePendingOut, true, S::NonePendingOut},
                  {S::NonePendingIn, true, S::NonePendingOutIn},
                  {S::NonePendingOutIn, true, S::NonePendingOutIn},
                  {S::To, true, S::To},
                  {S::ToPendingIn, true, S::ToPendingIn},
                  {S::From, true, S::FromPendingOut},
                  {S::FromPendingOut, true, S::FromPendingOut},
                  {S::Both, true, S::Both}});
        // A.2.2 unsubscribe: always routed.
        addTable("A.2.2", T::Unsubscribe,
                 {{S::None, true, S::None},
                  {S::NonePendingOut, true, S::None},
                  {S::NonePendingIn, true, S::NonePendingIn},
                  {S::NonePendingOutIn, true, S::NonePendingIn},
                  {S::To, true, S::None},
                  {S::ToPendingIn, true, S::NonePendingIn},
                  {S::From, true, S::From},
                  {S::FromPendingOut, true, S::From},
                  {S::Both, true, S::From}});
        // A.2.3 subscribed: routed only where it approves a pending request.
        addTable("A.2.3", T::Subscribed,
                 {{S::None, false, S::None},
                  {S::NonePendingOut, false, S::NonePendingOut},
                  {S::NonePendingIn, true, S::From},
                  {S::NonePendingOutIn, true, S::FromPendingOut},
                  {S::To, false, S::To},
                  {S::ToPendingIn, true, S::Both},
                  {S::From, false, S::From},
                  {S::FromPendingOut, false, S::FromPendingOut},
                  {S::Both, false, S::Both}});
        // A.2.4 unsubscribed: routed where it denies a request or cancels a subscription.
        addTable("A.2.4", T::Unsubscribed,
                 {{S::None, false, S::None},
                  {S::NonePendingOut, false, S::NonePendingOut},
                  {S::NonePendingIn, true, S::None},
                  {S::NonePendingOutIn, true, S::NonePendingOut},
                  {S::To, false, S::To},
                  {S::ToPendingIn, true, S::To},
                  {S::From, true, S::None},
                  {S::FromPendingOut, true, S::NonePendingOut},
                  {S::Both, true, S::To}});
    }
    void outbound()
    {
        QFETCH(SubType, type);
        QFETCH(SubState, current);
        QFETCH(bool, forward);
        QFETCH(SubState, next);
        const SubTransition t = SubscriptionState::outbound(type, current);
        QCOMPARE(t.next, next);
        QCOMPARE(t.forward, forward);
        QVERIFY(!t.autoReplySubscribed);
        // A roster push follows every change of state (or of the pre-approval flag).
        QCOMPARE(t.changed, next != current || t.preApproved);
    }

    void inbound_data()
    {
        columns();
        // A.3.1 subscribe (From, From + Pending Out, Both: not delivered, auto-replied; below).
        addTable("A.3.1", T::Subscribe,
                 {{S::None, true, S::NonePendingIn},
                  {S::NonePendingOut, true, S::NonePendingOutIn},
                  {S::NonePendingIn, false, S::NonePendingIn},
                  {S::NonePendingOutIn, false, S::NonePendingOutIn},
                  {S::To, true, S::ToPendingIn},
                  {S::ToPendingIn, false, S::ToPendingIn},
                  {S::From, false, S::From},
                  {S::FromPendingOut, false, S::FromPendingOut},
                  {S::Both, false, S::Both}});
        // A.3.2 unsubscribe.
        addTable("A.3.2", T::Unsubscribe,
                 {{S::None, false, S::None},
                  {S::NonePendingOut, false, S::NonePendingOut},
                  {S::NonePendingIn, true, S::None},
                  {S::NonePendingOutIn, true, S::NonePendingOut},
                  {S::To, false, S::To},
                  {S::ToPendingIn, true, S::To},
                  {S::From, true, S::None},
                  {S::FromPendingOut, true, S::NonePendingOut},
                  {S::Both, true, S::To}});
        // A.3.3 subscribed.
        addTable("A.3.3", T::Subscribed,
                 {{S::None, false, S::None},
                  {S::NonePendingOut, true, S::To},
                  {S::NonePendingIn, false, S::NonePendingIn},
                  {S::NonePendingOutIn, true, S::ToPendingIn},
                  {S::To, false, S::To},
                  {S::ToPendingIn, false, S::ToPendingIn},
                  {S::From, false, S::From},
                  {S::FromPendingOut, true, S::Both},
                  {S::Both, false, S::Both}});
        // A.3.4 unsubscribed.
        addTable("A.3.4", T::Unsubscribed,
                 {{S::None, false, S::None},
                  {S::NonePendingOut, true, S::None},
                  {S::NonePendingIn, false, S::NonePendingIn},
                  {S::NonePendingOutIn, true, S::NonePendingIn},
                  {S::To, true, S::None},
                  {S::ToPendingIn, true, S::NonePendingIn},
                  {S::From, false, S::From},
                  {S::FromPendingOut, true, S::From},
                  {S::Both, true, S::From}});
    }
    void inbound()
    {
        QFETCH(SubType, type);
        QFETCH(SubState, current);
        QFETCH(bool, forward);
        QFETCH(SubState, next);
        const SubTransition t = SubscriptionState::inbound(type, current);
        QCOMPARE(t.next, next);
        QCOMPARE(t.forward, forward);
        QCOMPARE(t.changed, next != current);
        QVERIFY(!t.preApproved);
        // §3.1.3: a request from a contact already subscribed is answered 'subscribed' for the user.
        const bool subscribedAlready =
            current == S::From || current == S::FromPendingOut || current == S::Both;
        QCOMPARE(t.autoReplySubscribed, type == T::Subscribe && subscribedAlready);
    }

    // §3.4.1: 'subscribed' where no request is pending pre-approves (None, None + Pending Out, To).
    void preApprovalIsRecorded()
    {
        for (S s : states) {
            const SubTransition t = SubscriptionState::outbound(T::Subscribed, s);
            const bool expected = s == S::None || s == S::NonePendingOut || s == S::To;
            QCOMPARE(t.preApproved, expected);
            QCOMPARE(t.changed, expected || t.next != s);
            if (expected)
                QVERIFY(!t.forward);
        }
    }

    // §3.4: a pre-approved request is approved at once, not delivered, answered 'subscribed'.
    void preApprovedRequestIsApproved()
    {
        const QList<QPair<S, S>> cases = {
            {S::None, S::From}, {S::NonePendingOut, S::FromPendingOut}, {S::To, S::Both}};
        for (const auto &[from, to] : cases) {
            const SubTransition t = SubscriptionState::inbound(T::Subscribe, from, true);
            QCOMPARE(t.next, to);
            QVERIFY(!t.forward);
            QVERIFY(t.autoReplySubscribed);
            QVERIFY(!t.preApproved); // used up
            QVERIFY(t.changed);
        }
    }

    // §3.4.1: 'unsubscribed' cancels a pre-approval without being routed anywhere.
    void unsubscribedCancelsPreApproval()
    {
        const SubTransition t = SubscriptionState::outbound(T::Unsubscribed, S::None, true);
        QCOMPARE(t.next, S::None);
        QVERIFY(!t.forward);
        QVERIFY(!t.preApproved);
        QVERIFY(t.changed);
        // Other stanzas keep it.
        QVERIFY(SubscriptionState::outbound(T::Subscribe, S::None, true).preApproved);
        QVERIFY(SubscriptionState::inbound(T::Unsubscribed, S::NonePendingOut, true).preApproved);
    }

    void flagsRoundTrip()
    {
        for (S s : states)
            QCOMPARE(stateFromFlags(flagsFromState(s)), s);
        for (T t : {T::Subscribe, T::Subscribed, T::Unsubscribe, T::Unsubscribed})
            QCOMPARE(subTypeFromName(subTypeName(t)), std::optional<T>(t));
        QVERIFY(!subTypeFromName(QStringLiteral("probe")));
    }
};

QTEST_GUILESS_MAIN(TestSubscriptionState)
#include "tst_subscriptionstate.moc"
