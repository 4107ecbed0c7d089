// XEP-0191 §3.3 with the presence module running, in confabd's module order (presence first): a
// user's subscription stanzas to a contact she has blocked are refused like every other stanza to
// it (<not-acceptable/> + <blocked/>), reach nobody and change no roster. Before the blocking filter
// ran at the router's policy stage, the presence module consumed them first and sent them on.
#include "modules/blocking.h"
#include "modules/presence.h"
#include "servicesharness.h"
#include "storage/rosterstore.h"

using namespace confab;
using namespace confab::test;
using xml::Element;

class TestBlockingPresence : public QObject
{
    Q_OBJECT
    ServicesHarness h;
    FakeSession *alice = nullptr;
    FakeSession *bob = nullptr;

    std::optional<storage::RosterItem> rosterItem(const QString &user, const QString &contact)
    {
        const auto item = storage::RosterStore(h.db()).item(user, h.Domain, contact);
        return item.ok() ? item.value() : std::nullopt;
    }
    static bool isBlockedError(const Element &el)
    {
        const Element *error = el.firstChild(u"error");
        return el.attr(u"type") == u"error" && errorCondition(el) == u"not-acceptable" && error &&
               error->firstChild(u"blocked", u"urn:xmpp:blocking:errors");
    }
    void block(const QString &jid)
    {
        const Element reply =
            h.ask(*alice, QStringLiteral("<iq type='set' id='b'><block xmlns='urn:xmpp:blocking'>"
                                         "<item jid='%1'/></block></iq>")
                              .arg(jid));
        QCOMPARE(reply.attr(u"type"), QStringLiteral("result"));
    }

private slots:
    void initTestCase()
    {
        h.start<modules::Presence>();
        h.start<modules::Blocking>();
        alice = &h.connect(QStringLiteral("alice@example.com/desk"));
        bob = &h.connect(QStringLiteral("bob@example.com/pc"));
    }

    void init()
    {
        alice->received.clear();
        bob->received.clear();
    }

    // XEP-0191 §3.3: the user's presence broadcasts skip a blocked subscriber (the server sends
    // them on her behalf, so no filter on her own stanzas saw them before); after an unblock
    // they reach the contact again.
    void broadcastsSkipABlockedSubscriber()
    {
        QVERIFY(h.accounts.add(QStringLiteral("dave"), h.Domain, QStringLiteral("pw")).ok());
        FakeSession &dave = h.connect(QStringLiteral("dave@example.com/d"));
        h.send(dave, QStringLiteral("<presence to='alice@example.com' type='subscribe'/>"));
        h.send(*alice, QStringLiteral("<presence to='dave@example.com' type='subscribed'/>"));
        QVERIFY(rosterItem(QStringLiteral("alice"), QStringLiteral("dave@example.com"))->subFrom);
        auto presenceFromAlice = [&dave] {
            return std::count_if(dave.received.begin(), dave.received.end(), [](const Element &e) {
                return e.name() == u"presence" && e.attr(u"from").startsWith(u"alice@example.com");
            });
        };
        dave.received.clear();
        h.send(*alice, QStringLiteral("<presence><show>chat</show></presence>"));
        QCOMPARE(presenceFromAlice(), 1); // subscribed: dave sees her presence

        block(QStringLiteral("dave@example.com"));
        dave.received.clear();
        h.send(*alice, QStringLiteral("<presence><show>away</show></presence>"));
        QCOMPARE(presenceFromAlice(), 0);

        const Element reply = h.ask(*alice, QStringLiteral("<iq type='set' id='u'><unblock xmlns='urn:xmpp:blocking'>"
                                                            "<item jid='dave@example.com'/></unblock></iq>"));
        QCOMPARE(reply.attr(u"type"), QStringLiteral("result"));
        dave.received.clear();
        h.send(*alice, QStringLiteral("<presence><show>dnd</show></presence>"));
        QCOMPARE(presenceFromAlice(), 1);
        h.disconnect(dave);
    }

    void subscribeToBlockedContactIsRefused()
    {
        block(QStringLiteral("bob@example.com"));
        alice->received.clear();
        h.send(*alice, QStringLiteral("<presence to='bob@example.com' type='subscribe' id='s1'/>"));
        QCOMPARE(alice->received.size(), 1);
        const Element reply = alice->take();
        QVERIFY2(isBlockedError(reply), qPrintable(reply.toString()));
        QCOMPARE(reply.attr(u"id"), QStringLiteral("s1"));
        QVERIFY(bob->received.isEmpty());
        // Nothing was recorded: no roster item with ask='subscribe', no pending request at bob's.
        const auto mine = rosterItem(QStringLiteral("alice"), QStringLiteral("bob@example.com"));
        QVERIFY(!mine || mine->isEmpty());
        const auto his = rosterItem(QStringLiteral("bob"), QStringLiteral("alice@example.com"));
        QVERIFY(!his || !his->pendingIn);
    }

    void approvalToBlockedContactIsRefused()
    {
        // carol asked before being blocked; approving her request afterwards must not reach her.
        FakeSession &carol = h.connect(QStringLiteral("carol@example.com/x"));
        h.send(carol, QStringLiteral("<presence to='alice@example.com' type='subscribe'/>"));
        QVERIFY(rosterItem(QStringLiteral("alice"), QStringLiteral("carol@example.com"))->pendingIn);
        block(QStringLiteral("carol@example.com"));
        alice->received.clear();
        carol.received.clear();
        for (const char *type : {"subscribed", "unsubscribed", "unsubscribe"}) {
            h.send(*alice,
                   QStringLiteral("<presence to='carol@example.com' type='%1'/>").arg(QLatin1String(type)));
            QCOMPARE(alice->received.size(), 1);
            QVERIFY2(isBlockedError(alice->take()), type);
        }
        QVERIFY2(carol.received.isEmpty(), qPrintable(carol.received.value(0).toString()));
        const auto item = rosterItem(QStringLiteral("alice"), QStringLiteral("carol@example.com"));
        QVERIFY(item && !item->subFrom && item->pendingIn); // the request still waits, unanswered
        h.disconnect(carol);
    }

    void directedPresenceToBlockedContactIsRefused()
    {
        h.send(*alice, QStringLiteral("<presence to='bob@example.com/pc'/>"));
        QCOMPARE(alice->received.size(), 1);
        QVERIFY(isBlockedError(alice->take()));
        QVERIFY(bob->received.isEmpty());
    }

    void subscriptionsWorkAgainAfterUnblock()
    {
        const Element reply =
            h.ask(*alice, QStringLiteral("<iq type='set' id='u'><unblock xmlns='urn:xmpp:blocking'>"
                                         "<item jid='bob@example.com'/></unblock></iq>"));
        QCOMPARE(reply.attr(u"type"), QStringLiteral("result"));
        init();
        h.send(*alice, QStringLiteral("<presence to='bob@example.com' type='subscribe'/>"));
        bool gotRequest = false;
        for (const Element &el : bob->received)
            gotRequest |= el.name() == u"presence" && el.attr(u"type") == u"subscribe" &&
                          el.attr(u"from") == u"alice@example.com";
        QVERIFY(gotRequest);
        QVERIFY(rosterItem(QStringLiteral("alice"), QStringLiteral("bob@example.com"))->ask);
    }
};

QTEST_GUILESS_MAIN(TestBlockingPresence)
#include "tst_blockingpresence.moc"
