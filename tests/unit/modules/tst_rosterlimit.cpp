// roster.max_items: RFC 6121 §2.3.3 lets the server cap a roster's size and refuse further items
// with <resource-constraint/>; updating or removing items already there still works.
#include "modules/roster.h"
#include "servicesharness.h"

using namespace confab;
using namespace confab::test;
using xml::Element;

static QString rosterSet(const QString &id, const QString &jid, const QString &name = {})
{
    return QStringLiteral("<iq type='set' id='%1'><query xmlns='jabber:iq:roster'><item jid='%2' name='%3'/>"
                          "</query></iq>")
        .arg(id, jid, name);
}

class TestRosterLimit : public QObject
{
    Q_OBJECT
    ServicesHarness h;
    FakeSession *alice = nullptr;

    Element resultOf(const QString &xml)
    {
        alice->received.clear();
        h.send(*alice, xml);
        for (const Element &el : alice->received)
            if (el.name() == u"iq" && el.attr(u"type") != u"set")
                return el;
        return {};
    }

private slots:
    void initTestCase()
    {
        h.start<modules::Roster>();
        alice = &h.connect(QStringLiteral("alice@example.com/desk"));
        h.setGlobal(QStringLiteral("roster.max_items"), 3);
    }

    void itemsUpToTheLimitAreAccepted()
    {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(resultOf(rosterSet(QString::number(i), QStringLiteral("c%1@example.net").arg(i)))
                         .attr(u"type"),
                     QStringLiteral("result"));
    }

    void itemBeyondTheLimitIsResourceConstraint()
    {
        const Element reply = resultOf(rosterSet(QStringLiteral("over"), QStringLiteral("c9@example.net")));
        QCOMPARE(reply.attr(u"type"), QStringLiteral("error"));
        QCOMPARE(reply.attr(u"id"), QStringLiteral("over"));
        QCOMPARE(errorCondition(reply), QStringLiteral("resource-constraint"));
        // Nothing was stored: the roster still has three items.
        const Element roster = resultOf(QStringLiteral("<iq type='get' id='g'><query xmlns='jabber:iq:roster'/></iq>"));
        QCOMPARE(roster.firstChild(u"query")->childElements().size(), 3);
    }

    void existingItemsCanStillBeUpdatedAndRemoved()
    {
        QCOMPARE(resultOf(rosterSet(QStringLiteral("upd"), QStringLiteral("c0@example.net"), QStringLiteral("Zero")))
                     .attr(u"type"),
                 QStringLiteral("result"));
        QCOMPARE(resultOf(QStringLiteral("<iq type='set' id='rm'><query xmlns='jabber:iq:roster'>"
                                         "<item jid='c1@example.net' subscription='remove'/></query></iq>"))
                     .attr(u"type"),
                 QStringLiteral("result"));
        // The freed slot can be used again.
        QCOMPARE(resultOf(rosterSet(QStringLiteral("again"), QStringLiteral("c9@example.net"))).attr(u"type"),
                 QStringLiteral("result"));
    }
};

QTEST_GUILESS_MAIN(TestRosterLimit)
#include "tst_rosterlimit.moc"
