// XEP-0030 on the server and on an account's bare JID, with the XEP's examples as transcripts.
#include "modules/caps.h"
#include "modules/disco.h"
#include "modules/ping.h"
#include "servicesharness.h"

using namespace confab;
using namespace confab::test;
using xml::Element;

static QStringList features(const Element &query)
{
    QStringList out;
    for (const Element *f : query.childElements())
        if (f->name() == u"feature")
            out.append(f->attr(u"var"));
    return out;
}

class TestDisco : public QObject
{
    Q_OBJECT
    ServicesHarness h;
    FakeSession *alice = nullptr;
    FakeSession *bob = nullptr;

private slots:
    void initTestCase()
    {
        h.start<modules::Ping>();
        h.start<modules::Disco>();
        alice = &h.connect(QStringLiteral("alice@example.com/desk"));
        bob = &h.connect(QStringLiteral("bob@example.com/pc"));
    }

    void serverInfo() // XEP-0030 §3.1 example 1/2
    {
        const Element reply =
            h.ask(*alice, QStringLiteral("<iq type='get' to='example.com' id='info1'><query "
                                         "xmlns='http://jabber.org/protocol/disco#info'/></iq>"));
        QCOMPARE(reply.attr(u"type"), QStringLiteral("result"));
        QCOMPARE(reply.attr(u"id"), QStringLiteral("info1"));
        QCOMPARE(reply.attr(u"from"), QStringLiteral("example.com"));
        const Element *query = reply.firstChild(u"query", modules::ns::DiscoInfo);
        QVERIFY(query);
        const Element *identity = query->firstChild(u"identity");
        QVERIFY(identity);
        QCOMPARE(identity->attr(u"category"), QStringLiteral("server"));
        QCOMPARE(identity->attr(u"type"), QStringLiteral("im"));
        QCOMPARE(identity->attr(u"name"), QStringLiteral("Confab"));
        const QStringList f = features(*query);
        QVERIFY(f.contains(modules::ns::DiscoInfo));
        QVERIFY(f.contains(modules::ns::DiscoItems));
        QVERIFY(f.contains(QStringLiteral("urn:xmpp:ping"))); // another module's feature
        QCOMPARE(f, h.registry.serverFeatures());
    }

    void serverItemsListExtraItems() // §4.1 example 16/17 with the admin's disco.extra_items
    {
        const QString items = QStringLiteral("<iq type='get' to='example.com' id='items1'><query "
                                             "xmlns='http://jabber.org/protocol/disco#items'/></iq>");
        Element reply = h.ask(*alice, items);
        QCOMPARE(reply.attr(u"type"), QStringLiteral("result"));
        QVERIFY(reply.firstChild(u"query", modules::ns::DiscoItems)->childElements().isEmpty());

        h.setDomain(QStringLiteral("disco.extra_items"), QJsonArray{QStringLiteral("conference.example.com"),
                                                                    QStringLiteral("gateway.example.net")});
        reply = h.ask(*alice, items);
        const auto children = reply.firstChild(u"query", modules::ns::DiscoItems)->childElements();
        QCOMPARE(children.size(), 2);
        QCOMPARE(children[0]->attr(u"jid"), QStringLiteral("conference.example.com"));
        QCOMPARE(children[1]->attr(u"jid"), QStringLiteral("gateway.example.net"));
    }

    void unknownNodeIsItemNotFound() // §3.3 / §4.3
    {
        Element reply =
            h.ask(*alice, QStringLiteral("<iq type='get' to='example.com' id='n1'><query "
                                         "xmlns='http://jabber.org/protocol/disco#info' node='nope'/></iq>"));
        QCOMPARE(errorCondition(reply), QStringLiteral("item-not-found"));
        reply = h.ask(*alice,
                      QStringLiteral("<iq type='get' to='example.com' id='n2'><query "
                                     "xmlns='http://jabber.org/protocol/disco#items' node='nope'/></iq>"));
        QCOMPARE(errorCondition(reply), QStringLiteral("item-not-found"));
        reply =
            h.ask(*alice, QStringLiteral("<iq type='get' to='bob@example.com' id='n3'><query "
                                         "xmlns='http://jabber.org/protocol/disco#info' node='nope'/></iq>"));
        QCOMPARE(errorCondition(reply), QStringLiteral("item-not-found"));
    }

    void capsNodeAnswersTheSameInfo() // XEP-0115 §6.2
    {
        const QString ver = modules::capsVerification(modules::serverDiscoInfo(h.registry));
        const QString node = modules::capsNodeVer(ver);
        const Element reply =
            h.ask(*alice, QStringLiteral("<iq type='get' to='example.com' id='c1'><query "
                                         "xmlns='http://jabber.org/protocol/disco#info' node='%1'/></iq>")
                              .arg(node));
        const Element *query = reply.firstChild(u"query", modules::ns::DiscoInfo);
        QVERIFY(query);
        QCOMPARE(query->attr(u"node"), node);
        QCOMPARE(features(*query), h.registry.serverFeatures());
        // A stale ver is not this server's node any more.
        const Element stale =
            h.ask(*alice, QStringLiteral("<iq type='get' to='example.com' id='c2'><query "
                                         "xmlns='http://jabber.org/protocol/disco#info' node='%1'/></iq>")
                              .arg(modules::capsNodeVer(QStringLiteral("AAAA"))));
        QCOMPARE(errorCondition(stale), QStringLiteral("item-not-found"));
    }

    void accountInfoAnsweredByServer()
    {
        const Element reply =
            h.ask(*bob, QStringLiteral("<iq type='get' to='alice@example.com' id='a1'><query "
                                       "xmlns='http://jabber.org/protocol/disco#info'/></iq>"));
        QCOMPARE(reply.attr(u"type"), QStringLiteral("result"));
        QCOMPARE(reply.attr(u"from"), QStringLiteral("alice@example.com"));
        QCOMPARE(alice->received.size(), 0); // the server answered, not alice's client
        const Element *identity = reply.firstChild(u"query")->firstChild(u"identity");
        QCOMPARE(identity->attr(u"category"), QStringLiteral("account"));
        QCOMPARE(identity->attr(u"type"), QStringLiteral("registered"));
        QCOMPARE(features(*reply.firstChild(u"query")), h.registry.accountFeatures());
        QVERIFY(h.registry.accountFeatures().contains(modules::ns::DiscoInfo));
    }

    void accountItemsEmpty()
    {
        const Element reply =
            h.ask(*bob, QStringLiteral("<iq type='get' to='alice@example.com' id='a2'><query "
                                       "xmlns='http://jabber.org/protocol/disco#items'/></iq>"));
        QCOMPARE(reply.attr(u"type"), QStringLiteral("result"));
        QVERIFY(reply.firstChild(u"query", modules::ns::DiscoItems)->childElements().isEmpty());
    }

    void unknownAccountIsServiceUnavailable()
    {
        const Element reply =
            h.ask(*bob, QStringLiteral("<iq type='get' to='nobody@example.com' id='a3'><query "
                                       "xmlns='http://jabber.org/protocol/disco#info'/></iq>"));
        QCOMPARE(errorCondition(reply), QStringLiteral("service-unavailable"));
    }

    void fullJidGoesToTheResource()
    {
        alice->received.clear();
        h.send(*bob, QStringLiteral("<iq type='get' to='alice@example.com/desk' id='a4'>"
                                    "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>"));
        QCOMPARE(alice->received.size(), 1);
        QCOMPARE(alice->received.first().attr(u"id"), QStringLiteral("a4"));
    }
};

QTEST_GUILESS_MAIN(TestDisco)
#include "tst_disco.moc"
