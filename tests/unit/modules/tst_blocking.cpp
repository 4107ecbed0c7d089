// XEP-0191 Blocking Command: the protocol (§3.2–3.5 examples, with juliet → alice, romeo → bob),
// pushes to interested resources only, enforcement in both directions, and XEP-0016 §2.1 matching.
#include "modules/blocking.h"
#include "servicesharness.h"
#include "storage/rosterstore.h"

using namespace confab;
using namespace confab::test;
using xml::Element;

static QStringList itemJids(const Element *el)
{
    QStringList out;
    if (el)
        for (const Element *item : el->childElements())
            out.append(item->attr(u"jid"));
    return out;
}

class TestBlocking : public QObject
{
    Q_OBJECT
    ServicesHarness h;
    FakeSession *desk = nullptr;  // alice, retrieves the blocklist
    FakeSession *phone = nullptr; // alice, never asks for it
    FakeSession *bob = nullptr;

    void clearAll()
    {
        for (FakeSession *s : {desk, phone, bob})
            s->received.clear();
    }
    Element findIq(FakeSession &s, const QString &type)
    {
        for (const Element &el : s.received)
            if (el.name() == u"iq" && el.attr(u"type") == type)
                return el;
        return {};
    }

private slots:
    void initTestCase()
    {
        h.start<modules::Blocking>();
        desk = &h.connect(QStringLiteral("alice@example.com/desk"));
        phone = &h.connect(QStringLiteral("alice@example.com/phone"));
        bob = &h.connect(QStringLiteral("bob@example.com/pc"));
        QVERIFY(h.registry.serverFeatures().contains(QStringLiteral("urn:xmpp:blocking"))); // §3.1
    }

    void emptyBlocklist() // §3.2 examples 3/4
    {
        const Element reply = h.ask(*desk, QStringLiteral("<iq type='get' id='blocklist1'>"
                                                          "<blocklist xmlns='urn:xmpp:blocking'/></iq>"));
        QCOMPARE(reply.attr(u"type"), QStringLiteral("result"));
        const Element *list = reply.firstChild(u"blocklist", u"urn:xmpp:blocking");
        QVERIFY(list);
        QVERIFY(list->childElements().isEmpty());
    }

    void blockPushesToInterestedResources() // §3.3 examples 6–8
    {
        clearAll();
        h.send(*desk, QStringLiteral("<iq type='set' id='block1'><block xmlns='urn:xmpp:blocking'>"
                                     "<item jid='bob@example.com'/></block></iq>"));
        const Element result = findIq(*desk, QStringLiteral("result"));
        QCOMPARE(result.attr(u"id"), QStringLiteral("block1"));
        const Element push = findIq(*desk, QStringLiteral("set"));
        QCOMPARE(push.attr(u"to"), QStringLiteral("alice@example.com/desk"));
        QCOMPARE(itemJids(push.firstChild(u"block", u"urn:xmpp:blocking")), QStringList{"bob@example.com"});
        QVERIFY(phone->received.isEmpty()); // never retrieved the blocklist
        QVERIFY(bob->received.isEmpty());

        const Element list = h.ask(
            *desk, QStringLiteral("<iq type='get' id='b2'><blocklist xmlns='urn:xmpp:blocking'/></iq>"));
        QCOMPARE(itemJids(list.firstChild(u"blocklist")), QStringList{"bob@example.com"});
    }

    void outgoingToBlockedIsRefused() // §3.3 example 9/10
    {
        clearAll();
        h.send(*phone, QStringLiteral(
                           "<message to='bob@example.com/pc' id='m1' type='chat'><body>hi</body></message>"));
        QVERIFY(bob->received.isEmpty());
        QCOMPARE(phone->received.size(), 1);
        const Element &error = phone->received.first();
        QCOMPARE(errorCondition(error), QStringLiteral("not-acceptable"));
        QCOMPARE(error.attr(u"id"), QStringLiteral("m1"));
        QVERIFY(error.firstChild(u"error")->firstChild(u"blocked", u"urn:xmpp:blocking:errors"));
        QCOMPARE(error.attr(u"from"), QStringLiteral("bob@example.com/pc"));
    }

    void incomingFromBlockedAppearsOffline() // §3.5 / XEP-0016 rules for inbound stanzas
    {
        clearAll();
        h.send(*bob, QStringLiteral(
                         "<message to='alice@example.com' id='m2' type='chat'><body>hi</body></message>"));
        QVERIFY(desk->received.isEmpty() && phone->received.isEmpty());
        QCOMPARE(bob->received.size(), 1);
        QCOMPARE(errorCondition(bob->received.first()), QStringLiteral("service-unavailable"));
        QVERIFY(
            !bob->received.first().firstChild(u"error")->firstChild(u"blocked")); // the block is not revealed

        clearAll();
        h.send(*bob, QStringLiteral("<presence to='alice@example.com'/>"));
        h.send(*bob, QStringLiteral("<presence to='alice@example.com' type='subscribe'/>"));
        QVERIFY(desk->received.isEmpty() && phone->received.isEmpty());
        QVERIFY(bob->received.isEmpty()); // presence: no error at all

        h.send(*bob, QStringLiteral("<iq type='get' to='alice@example.com/desk' id='q1'><query "
                                    "xmlns='jabber:iq:version'/></iq>"));
        QVERIFY(desk->received.isEmpty());
        QCOMPARE(errorCondition(bob->received.value(0)), QStringLiteral("service-unavailable"));

        clearAll();
        h.send(*bob, QStringLiteral("<iq type='result' to='alice@example.com/desk' id='q2'/>"));
        QVERIFY(desk->received.isEmpty() && bob->received.isEmpty());
    }

    void unblockRestores() // §3.4 examples 11–13
    {
        clearAll();
        h.send(*desk, QStringLiteral("<iq type='set' id='unblock1'><unblock xmlns='urn:xmpp:blocking'>"
                                     "<item jid='bob@example.com'/></unblock></iq>"));
        QCOMPARE(findIq(*desk, QStringLiteral("result")).attr(u"id"), QStringLiteral("unblock1"));
        QCOMPARE(itemJids(findIq(*desk, QStringLiteral("set")).firstChild(u"unblock")),
                 QStringList{"bob@example.com"});
        clearAll();
        h.send(*bob,
               QStringLiteral(
                   "<message to='alice@example.com/phone' id='m3' type='chat'><body>hi</body></message>"));
        QCOMPARE(phone->received.size(), 1);
        QCOMPARE(phone->received.first().childText(u"body"), QStringLiteral("hi"));
    }

    void unblockAll() // §3.5 examples 14–16
    {
        h.send(*desk, QStringLiteral(
                          "<iq type='set' id='b3'><block xmlns='urn:xmpp:blocking'>"
                          "<item jid='romeo@montague.net'/><item jid='iago@shakespeare.lit'/></block></iq>"));
        clearAll();
        h.send(*desk,
               QStringLiteral("<iq type='set' id='unblock2'><unblock xmlns='urn:xmpp:blocking'/></iq>"));
        QCOMPARE(findIq(*desk, QStringLiteral("result")).attr(u"id"), QStringLiteral("unblock2"));
        const Element push = findIq(*desk, QStringLiteral("set"));
        QVERIFY(push.firstChild(u"unblock", u"urn:xmpp:blocking"));
        QVERIFY(push.firstChild(u"unblock")->childElements().isEmpty());
        const Element list = h.ask(
            *desk, QStringLiteral("<iq type='get' id='b4'><blocklist xmlns='urn:xmpp:blocking'/></iq>"));
        QVERIFY(itemJids(list.firstChild(u"blocklist")).isEmpty());
    }

    void presenceFollowsTheBlock() // §3.3 / §3.4: blocked contacts see the user go offline
    {
        storage::RosterItem item;
        item.contact = QStringLiteral("bob@example.com");
        item.subFrom = true; // bob receives alice's presence
        QVERIFY(storage::RosterStore(h.db()).put(QStringLiteral("alice"), h.Domain, item).ok());
        clearAll();
        h.send(*desk, QStringLiteral("<iq type='set' id='pb1'><block xmlns='urn:xmpp:blocking'>"
                                     "<item jid='bob@example.com'/><item jid='carol@example.com'/></block></iq>"));
        QStringList from;
        for (const Element &el : bob->received)
            if (el.name() == u"presence" && el.attr(u"type") == u"unavailable")
                from.append(el.attr(u"from"));
        from.sort();
        QCOMPARE(from, QStringList({"alice@example.com/desk", "alice@example.com/phone"}));

        clearAll();
        h.send(*desk, QStringLiteral("<iq type='set' id='pb2'><unblock xmlns='urn:xmpp:blocking'>"
                                     "<item jid='bob@example.com'/><item jid='carol@example.com'/></unblock></iq>"));
        // A probe on bob's behalf asks the presence module for alice's current presence (only bob:
        // carol is not subscribed to alice).
        int probes = 0;
        for (const Element &el : desk->received)
            if (el.name() == u"presence" && el.attr(u"type") == u"probe") {
                ++probes;
                QCOMPARE(el.attr(u"from"), QStringLiteral("bob@example.com"));
            }
        QCOMPARE(probes, 1);
        QVERIFY(storage::RosterStore(h.db()).remove(QStringLiteral("alice"), h.Domain, item.contact).ok());
    }

    void domainBlockCoversItsUsers()
    {
        h.send(*desk, QStringLiteral("<iq type='set' id='b5'><block xmlns='urn:xmpp:blocking'>"
                                     "<item jid='example.com'/></block></iq>"));
        clearAll();
        h.send(*bob, QStringLiteral(
                         "<message to='alice@example.com' id='m4' type='chat'><body>x</body></message>"));
        QVERIFY(desk->received.isEmpty() && phone->received.isEmpty());
        // Her own account stays reachable: her own stanzas and the server's are never blocked.
        const Element own = h.ask(
            *phone, QStringLiteral("<iq type='get' id='b6'><blocklist xmlns='urn:xmpp:blocking'/></iq>"));
        QCOMPARE(own.attr(u"type"), QStringLiteral("result"));
        clearAll();
        h.send(*phone,
               QStringLiteral(
                   "<message to='alice@example.com/desk' id='m5' type='chat'><body>me</body></message>"));
        QCOMPARE(desk->received.size(), 1);
        h.send(*desk, QStringLiteral("<iq type='set' id='b7'><unblock xmlns='urn:xmpp:blocking'/></iq>"));
    }

    void errors() // §3.3: bad-request without items, jid-malformed; another's list is not one's own
    {
        Element reply =
            h.ask(*phone, QStringLiteral("<iq type='set' id='e1'><block xmlns='urn:xmpp:blocking'/></iq>"));
        QCOMPARE(errorCondition(reply), QStringLiteral("bad-request"));
        reply = h.ask(*phone, QStringLiteral("<iq type='set' id='e2'><block xmlns='urn:xmpp:blocking'>"
                                             "<item jid='@@bad'/></block></iq>"));
        QCOMPARE(errorCondition(reply), QStringLiteral("jid-malformed"));
        reply = h.ask(*bob, QStringLiteral("<iq type='get' to='alice@example.com' id='e3'>"
                                           "<blocklist xmlns='urn:xmpp:blocking'/></iq>"));
        QCOMPARE(errorCondition(reply), QStringLiteral("forbidden"));
    }

    void matching_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("covered");
        QTest::newRow("full = full") << "romeo@montague.net/orchard"
                                     << "romeo@montague.net/orchard" << true;
        QTest::newRow("full, other resource") << "romeo@montague.net/orchard"
                                              << "romeo@montague.net/home" << false;
        QTest::newRow("full, bare address") << "romeo@montague.net/orchard"
                                            << "romeo@montague.net" << false;
        QTest::newRow("bare covers resources") << "romeo@montague.net"
                                               << "romeo@montague.net/orchard" << true;
        QTest::newRow("bare = bare") << "romeo@montague.net"
                                     << "romeo@montague.net" << true;
        QTest::newRow("bare, other user") << "romeo@montague.net"
                                          << "benvolio@montague.net" << false;
        QTest::newRow("domain covers users") << "montague.net"
                                             << "romeo@montague.net/orchard" << true;
        QTest::newRow("domain covers itself") << "montague.net"
                                              << "montague.net" << true;
        QTest::newRow("domain, other domain") << "montague.net"
                                              << "capulet.com" << false;
        QTest::newRow("domain, subdomain") << "montague.net"
                                           << "chat.montague.net" << false;
        QTest::newRow("domain/resource") << "montague.net/bot"
                                         << "montague.net/bot" << true;
        QTest::newRow("domain/resource, user") << "montague.net/bot"
                                               << "romeo@montague.net/bot" << false;
    }

    void matching()
    {
        QFETCH(QString, item);
        QFETCH(QString, address);
        QFETCH(bool, covered);
        QCOMPARE(modules::blocklistCovers(*Jid::parse(item), *Jid::parse(address)), covered);
    }
};

QTEST_GUILESS_MAIN(TestBlocking)
#include "tst_blocking.moc"
