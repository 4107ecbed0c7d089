// XEP-0049 Private XML Storage: the XEP's examples, unknown elements, jabber:* refused, no access
// to another account's data.
#include "modules/privatestorage.h"
#include "servicesharness.h"

using namespace confab;
using namespace confab::test;
using xml::Element;

class TestPrivateStorage : public QObject
{
    Q_OBJECT
    ServicesHarness h;
    FakeSession *alice = nullptr;
    FakeSession *bob = nullptr;

private slots:
    void initTestCase()
    {
        h.start<modules::PrivateStorage>();
        alice = &h.connect(QStringLiteral("alice@example.com/desk"));
        bob = &h.connect(QStringLiteral("bob@example.com/pc"));
    }

    void storeAndRetrieve() // §2 examples 1–4
    {
        Element reply = h.ask(
            *alice,
            QStringLiteral(
                "<iq type='set' id='1001'><query xmlns='jabber:iq:private'>"
                "<exodus xmlns='exodus:prefs'><defaultnick>Hamlet</defaultnick></exodus></query></iq>"));
        QCOMPARE(reply.attr(u"type"), QStringLiteral("result"));
        QCOMPARE(reply.attr(u"id"), QStringLiteral("1001"));

        reply =
            h.ask(*alice, QStringLiteral("<iq type='get' id='1001'><query xmlns='jabber:iq:private'><exodus "
                                         "xmlns='exodus:prefs'/></query></iq>"));
        QCOMPARE(reply.attr(u"type"), QStringLiteral("result"));
        const Element *exodus =
            reply.firstChild(u"query", u"jabber:iq:private")->firstChild(u"exodus", u"exodus:prefs");
        QVERIFY(exodus);
        QCOMPARE(exodus->childText(u"defaultnick"), QStringLiteral("Hamlet"));
    }

    void keyedByNameAndNamespace()
    {
        h.ask(*alice, QStringLiteral("<iq type='set' id='k1'><query xmlns='jabber:iq:private'>"
                                     "<exodus xmlns='other:ns'><v>2</v></exodus></query></iq>"));
        Element reply =
            h.ask(*alice, QStringLiteral("<iq type='get' id='k2'><query xmlns='jabber:iq:private'><exodus "
                                         "xmlns='exodus:prefs'/></query></iq>"));
        QCOMPARE(reply.firstChild(u"query")->firstChild(u"exodus")->childText(u"defaultnick"),
                 QStringLiteral("Hamlet"));
        reply =
            h.ask(*alice, QStringLiteral("<iq type='get' id='k3'><query xmlns='jabber:iq:private'><exodus "
                                         "xmlns='other:ns'/></query></iq>"));
        QCOMPARE(reply.firstChild(u"query")->firstChild(u"exodus")->childText(u"v"), QStringLiteral("2"));
    }

    void unknownReadsEmpty() // §2: the empty element when nothing is stored
    {
        const Element reply =
            h.ask(*alice, QStringLiteral("<iq type='get' id='u1'><query xmlns='jabber:iq:private'><storage "
                                         "xmlns='storage:bookmarks'/></query></iq>"));
        QCOMPARE(reply.attr(u"type"), QStringLiteral("result"));
        const Element *storage = reply.firstChild(u"query")->firstChild(u"storage", u"storage:bookmarks");
        QVERIFY(storage);
        QVERIFY(storage->children().empty());
    }

    void jabberNamespacesRefused() // §3 example 6
    {
        const Element reply =
            h.ask(*alice, QStringLiteral("<iq type='set' id='1001'><query xmlns='jabber:iq:private'><vCard "
                                         "xmlns='jabber:client'/></query></iq>"));
        QCOMPARE(errorCondition(reply), QStringLiteral("not-acceptable"));
        const Element get =
            h.ask(*alice, QStringLiteral("<iq type='get' id='1002'><query xmlns='jabber:iq:private'><q "
                                         "xmlns='jabber:iq:roster'/></query></iq>"));
        QCOMPARE(errorCondition(get), QStringLiteral("not-acceptable"));
    }

    void emptyQueryIsBadRequest()
    {
        const Element reply =
            h.ask(*alice, QStringLiteral("<iq type='get' id='e1'><query xmlns='jabber:iq:private'/></iq>"));
        QCOMPARE(errorCondition(reply), QStringLiteral("bad-request"));
    }

    void othersDataIsForbidden() // §3: only the user's own storage
    {
        const Element reply =
            h.ask(*bob, QStringLiteral(
                            "<iq type='get' to='alice@example.com' id='o1'><query xmlns='jabber:iq:private'>"
                            "<exodus xmlns='exodus:prefs'/></query></iq>"));
        QCOMPARE(errorCondition(reply), QStringLiteral("forbidden"));
        // bob's own namespace is his own: empty.
        const Element own =
            h.ask(*bob, QStringLiteral("<iq type='get' id='o2'><query xmlns='jabber:iq:private'><exodus "
                                       "xmlns='exodus:prefs'/></query></iq>"));
        QVERIFY(own.firstChild(u"query")->firstChild(u"exodus")->children().empty());
    }

    void featureAdvertised()
    {
        QVERIFY(h.registry.accountFeatures().contains(QStringLiteral("jabber:iq:private")));
    }
};

QTEST_GUILESS_MAIN(TestPrivateStorage)
#include "tst_privatestorage.moc"
