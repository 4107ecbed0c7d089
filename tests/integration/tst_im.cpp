// RFC 6121 roster, subscriptions and presence, and XEP-0160 offline messages, over real sockets
// against a real confabd. Each scenario uses its own accounts so that they do not share state.
#include "confabprocess.h"
#include "rawclient.h"
#include <QtTest>
#include <functional>

using namespace confab::test;
using confab::xml::Element;

static const QString Domain = QStringLiteral("confab.test");
static const QString RosterNs = QStringLiteral("jabber:iq:roster");
using Match = std::function<bool(const Element &)>;

static QString stanzaError(const Element *el)
{
    const Element *error = el ? el->firstChild(u"error") : nullptr;
    const Element *cond = error ? error->firstChildElement() : nullptr;
    return cond ? cond->name() : QString();
}

static Match presenceFrom(const QString &from, const QString &type = {})
{
    return [=](const Element &e) {
        return e.name() == u"presence" && e.attr(u"from") == from && e.attr(u"type") == type;
    };
}

static Match rosterPushFor(const QString &jid)
{
    return [=](const Element &e) {
        const Element *q = e.firstChild(u"query", RosterNs);
        const Element *item = q ? q->firstChild(u"item", RosterNs) : nullptr;
        return e.name() == u"iq" && e.attr(u"type") == u"set" && item && item->attr(u"jid") == jid;
    };
}

static Match iqResult(const QString &id)
{
    return [=](const Element &e) { return e.name() == u"iq" && e.attr(u"id") == id; };
}

static const Element *pushedItem(const Element &push)
{
    return push.firstChild(u"query", RosterNs)->firstChild(u"item", RosterNs);
}

class TestIm : public QObject
{
    Q_OBJECT
    ConfabProcess m_confab{Domain};

    // The next element matching `match`; others are skipped.
    std::unique_ptr<Element> waitFor(RawClient &c, const Match &match, int timeoutMs = 5000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            auto el = c.next(int(std::max<qint64>(1, deadline.remainingTime())));
            if (!el)
                return nullptr;
            if (match(*el))
                return el;
        }
        return nullptr;
    }
    // Elements matching each of `matches` (one each, in any order); empty on timeout.
    std::vector<std::unique_ptr<Element>> waitForAll(RawClient &c, const QList<Match> &matches,
                                                     int timeoutMs = 5000)
    {
        std::vector<std::unique_ptr<Element>> found(matches.size());
        qsizetype missing = matches.size();
        QDeadlineTimer deadline(timeoutMs);
        while (missing > 0 && !deadline.hasExpired()) {
            auto el = c.next(int(std::max<qint64>(1, deadline.remainingTime())));
            if (!el)
                break;
            for (qsizetype i = 0; i < matches.size(); ++i) {
                if (!found[i] && matches[i](*el)) {
                    found[i] = std::move(el);
                    --missing;
                    break;
                }
            }
        }
        if (missing > 0)
            return {};
        return found;
    }
    QString subscriptionOf(RawClient &c, const QString &contact)
    {
        static int n = 0;
        const QString id = QStringLiteral("sub-%1").arg(++n);
        c.send(
            QStringLiteral("<iq type='get' id='%1'><query xmlns='jabber:iq:roster'/></iq>").arg(id).toUtf8());
        auto reply = waitFor(c, iqResult(id));
        const Element *query = reply ? reply->firstChild(u"query", RosterNs) : nullptr;
        if (query)
            for (const Element *item : query->childElements())
                if (item->attr(u"jid") == contact)
                    return item->attr(u"subscription") +
                           (item->hasAttr(u"ask") ? QStringLiteral("+ask") : QString());
        return QStringLiteral("(absent)");
    }
    // True when nothing matching arrives within `ms`.
    bool quiet(RawClient &c, const Match &match, int ms = 600) { return waitFor(c, match, ms) == nullptr; }
    std::unique_ptr<RawClient> login(const QString &user, const QString &resource, bool getRoster = true)
    {
        auto c = std::make_unique<RawClient>();
        if (c->login(m_confab.c2sPort(), m_confab.certificatePath(), Domain, user,
                     user + QStringLiteral("-pw"), resource)
                .isEmpty())
            return nullptr;
        if (getRoster) {
            c->send("<iq type='get' id='roster-1'><query xmlns='jabber:iq:roster'/></iq>");
            if (!waitFor(*c, iqResult(QStringLiteral("roster-1"))))
                return nullptr;
        }
        return c;
    }
    QString jid(const QString &user, const QString &resource = {}) const
    {
        return user + u'@' + Domain + (resource.isEmpty() ? QString() : u'/' + resource);
    }
    // a subscribes to b and b approves; both clients stay online.
    bool subscribe(RawClient &a, const QString &aUser, RawClient &b, const QString &bUser)
    {
        a.send(QStringLiteral("<presence to='%1' type='subscribe'/>").arg(jid(bUser)).toUtf8());
        if (!waitFor(b, presenceFrom(jid(aUser), QStringLiteral("subscribe"))))
            return false;
        b.send(QStringLiteral("<presence to='%1' type='subscribed'/>").arg(jid(aUser)).toUtf8());
        return waitFor(a, presenceFrom(jid(bUser), QStringLiteral("subscribed"))) != nullptr;
    }

    // confabd's I/O threads (named confab-io-N), from /proc.
    int ioThreads() const
    {
        int n = 0;
        const QString tasks = QStringLiteral("/proc/%1/task").arg(m_confab.pid());
        for (const QString &tid : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile comm(tasks + u'/' + tid + QStringLiteral("/comm"));
            if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith("confab-io-"))
                ++n;
        }
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_confab.start());
        QVERIFY(m_confab.setupAdmin());
        // CTest runs this test twice: as tst_im with the default (no I/O threads: everything on
        // the main thread) and as tst_im_iothreads with CONFAB_TEST_IO_THREADS=2, so that every
        // scenario below also runs with connections handed to I/O threads.
        const QString threads = qEnvironmentVariable("CONFAB_TEST_IO_THREADS");
        if (!threads.isEmpty()) {
            const CtlResult set = m_confab.ctl({QStringLiteral("settings"), QStringLiteral("set"),
                                                QStringLiteral("server.io_threads"), threads});
            QVERIFY2(set.exitCode == 0, set.err.constData());
            m_confab.stop();
            QVERIFY(m_confab.start());
        }
        QCOMPARE(ioThreads(), threads.isEmpty() ? 0 : threads.toInt());
        for (const char *u :
             {"alice", "bob", "carol", "dave", "erin", "frank", "gina", "harry", "ivan", "jack", "kate"})
            QVERIFY(m_confab.addUser(jid(QString::fromLatin1(u)),
                                     QString::fromLatin1(u) + QStringLiteral("-pw")));
    }
    void cleanupTestCase() { m_confab.stop(); }

    void rosterSetGetPushRemove()
    {
        auto a1 = login("alice", "one");
        auto a2 = login("alice", "two");
        auto a3 = login("alice", "three", false); // never asked for the roster: not interested
        QVERIFY(a1 && a2 && a3);
        QVERIFY(a1->lastFeaturesXml().contains(QStringLiteral("urn:xmpp:features:rosterver")));
        a1->send(
            "<iq type='set' id='s1'><query xmlns='jabber:iq:roster'>"
            "<item jid='nurse@example.net' name='Nurse'><group>Servants</group><group>Verona</group></item>"
            "</query></iq>");
        for (RawClient *c : {a1.get(), a2.get()}) {
            auto push = waitFor(*c, rosterPushFor(QStringLiteral("nurse@example.net")));
            QVERIFY(push);
            const Element *item = pushedItem(*push);
            QCOMPARE(item->attr(u"name"), QStringLiteral("Nurse"));
            QCOMPARE(item->attr(u"subscription"), QStringLiteral("none"));
            QCOMPARE(item->childElements().size(), 2);
            QVERIFY(!push->firstChild(u"query")->attr(u"ver").isEmpty());
        }
        auto result = waitFor(*a1, iqResult(QStringLiteral("s1")));
        QVERIFY(result);
        QCOMPARE(result->attr(u"type"), QStringLiteral("result"));
        QVERIFY(quiet(*a3, rosterPushFor(QStringLiteral("nurse@example.net"))));

        // XEP-0237: the full roster with its version; the same version again → empty result.
        a2->send("<iq type='get' id='g1'><query xmlns='jabber:iq:roster' ver=''/></iq>");
        auto full = waitFor(*a2, iqResult(QStringLiteral("g1")));
        QVERIFY(full);
        const Element *query = full->firstChild(u"query", RosterNs);
        QVERIFY(query);
        QCOMPARE(query->childElements().size(), 1);
        QCOMPARE(query->firstChild(u"item")->attr(u"jid"), QStringLiteral("nurse@example.net"));
        const QString ver = query->attr(u"ver");
        QVERIFY(!ver.isEmpty());
        a2->send(QStringLiteral("<iq type='get' id='g2'><query xmlns='jabber:iq:roster' ver='%1'/></iq>")
                     .arg(ver)
                     .toUtf8());
        auto same = waitFor(*a2, iqResult(QStringLiteral("g2")));
        QVERIFY(same);
        QCOMPARE(same->attr(u"type"), QStringLiteral("result"));
        QVERIFY(!same->firstChild(u"query"));

        // Update: new name, one group; the version moves on.
        a1->send(
            "<iq type='set' id='s2'><query xmlns='jabber:iq:roster'>"
            "<item jid='nurse@example.net' name='Angelica' subscription='both'><group>Verona</group></item>"
            "</query></iq>");
        auto update = waitFor(*a2, rosterPushFor(QStringLiteral("nurse@example.net")));
        QVERIFY(update);
        QCOMPARE(pushedItem(*update)->attr(u"name"), QStringLiteral("Angelica"));
        QCOMPARE(pushedItem(*update)->attr(u"subscription"),
                 QStringLiteral("none")); // the client cannot set it
        QVERIFY(update->firstChild(u"query")->attr(u"ver") != ver);

        // Remove, then remove again (§2.5.3).
        a1->send("<iq type='set' id='s3'><query xmlns='jabber:iq:roster'>"
                 "<item jid='nurse@example.net' subscription='remove'/></query></iq>");
        auto removed = waitFor(*a2, rosterPushFor(QStringLiteral("nurse@example.net")));
        QVERIFY(removed);
        QCOMPARE(pushedItem(*removed)->attr(u"subscription"), QStringLiteral("remove"));
        QCOMPARE(waitFor(*a1, iqResult(QStringLiteral("s3")))->attr(u"type"), QStringLiteral("result"));
        a1->send("<iq type='set' id='s4'><query xmlns='jabber:iq:roster'>"
                 "<item jid='nurse@example.net' subscription='remove'/></query></iq>");
        QCOMPARE(stanzaError(waitFor(*a1, iqResult(QStringLiteral("s4"))).get()),
                 QStringLiteral("item-not-found"));
    }

    void rosterSetErrors()
    {
        auto a = login("alice", "errors");
        QVERIFY(a);
        const QList<QPair<QByteArray, QString>> cases = {
            {"<item jid='a@example.net'/><item jid='b@example.net'/>", QStringLiteral("bad-request")},
            {"<item jid='a@example.net'><group>G</group><group>G</group></item>",
             QStringLiteral("bad-request")},
            {"<item jid='a@example.net'><group></group></item>", QStringLiteral("not-acceptable")},
            {"<item jid='a@example.net' name='" + QByteArray(2000, 'n') + "'/>",
             QStringLiteral("not-acceptable")},
            {"<item jid='@@bad@@'/>", QStringLiteral("jid-malformed")},
        };
        int n = 0;
        for (const auto &[items, condition] : cases) {
            const QString id = QStringLiteral("e%1").arg(++n);
            a->send("<iq type='set' id='" + id.toUtf8() + "'><query xmlns='jabber:iq:roster'>" + items +
                    "</query></iq>");
            auto reply = waitFor(*a, iqResult(id));
            QVERIFY(reply);
            QCOMPARE(stanzaError(reply.get()), condition);
        }
        // Another account's roster is not ours to read.
        a->send("<iq type='get' id='other' to='bob@confab.test'><query xmlns='jabber:iq:roster'/></iq>");
        QCOMPARE(stanzaError(waitFor(*a, iqResult(QStringLiteral("other"))).get()),
                 QStringLiteral("forbidden"));
    }

    void subscriptionHandshake()
    {
        auto alice = login("alice", "hs");
        auto bob = login("bob", "hs");
        QVERIFY(alice && bob);
        alice->send("<presence to='bob@confab.test/hs' type='subscribe'/>"); // full JID: treated as bare
        auto ask = waitFor(*alice, rosterPushFor(jid("bob")));
        QVERIFY(ask);
        QCOMPARE(pushedItem(*ask)->attr(u"ask"), QStringLiteral("subscribe"));
        QCOMPARE(pushedItem(*ask)->attr(u"subscription"), QStringLiteral("none"));
        auto request = waitFor(*bob, presenceFrom(jid("alice"), QStringLiteral("subscribe")));
        QVERIFY(request); // from the bare JID (§3.1.2)
        QCOMPARE(request->attr(u"to"), jid("bob"));
        QVERIFY(quiet(*bob, rosterPushFor(jid("alice")), 300)); // a pending request is no roster item

        bob->send("<presence to='alice@confab.test' type='subscribed'/>");
        auto bobPush = waitFor(*bob, rosterPushFor(jid("alice")));
        QVERIFY(bobPush);
        QCOMPARE(pushedItem(*bobPush)->attr(u"subscription"), QStringLiteral("from"));
        // alice: the push, the approval, then bob's current presence (§3.1.5).
        auto approved = waitForAll(*alice, {rosterPushFor(jid("bob")),
                                            presenceFrom(jid("bob"), QStringLiteral("subscribed")),
                                            presenceFrom(jid("bob", "hs"))});
        QVERIFY(!approved.empty());
        QCOMPARE(pushedItem(*approved[0])->attr(u"subscription"), QStringLiteral("to"));
        QVERIFY(!pushedItem(*approved[0])->hasAttr(u"ask"));

        // And back: both.
        QVERIFY(subscribe(*bob, "bob", *alice, "alice"));
        QCOMPARE(subscriptionOf(*bob, jid("alice")), QStringLiteral("both"));
        QCOMPARE(subscriptionOf(*alice, jid("bob")), QStringLiteral("both"));

        // Unsubscribe (§3.3): alice stops; bob's item drops to 'to', alice sees bob unavailable.
        alice->send("<presence to='bob@confab.test' type='unsubscribe'/>");
        auto unsub = waitForAll(
            *bob, {presenceFrom(jid("alice"), QStringLiteral("unsubscribe")), rosterPushFor(jid("alice"))});
        QVERIFY(!unsub.empty());
        QCOMPARE(pushedItem(*unsub[1])->attr(u"subscription"), QStringLiteral("to"));
        QVERIFY(waitFor(*alice, presenceFrom(jid("bob", "hs"), QStringLiteral("unavailable"))));
        QCOMPARE(subscriptionOf(*alice, jid("bob")), QStringLiteral("from"));
    }

    void subscriptionRequestWaitsForOfflineUser()
    {
        auto jack = login("jack", "r");
        QVERIFY(jack);
        jack->send("<presence to='kate@confab.test' type='subscribe'><status>it is jack</status></presence>");
        QVERIFY(waitFor(*jack, rosterPushFor(jid("kate"))));
        QTest::qWait(200);
        auto kate = login("kate", "r", false);
        QVERIFY(kate);
        auto request = waitFor(*kate, presenceFrom(jid("jack"), QStringLiteral("subscribe")));
        QVERIFY(request);
        QCOMPARE(request->childText(u"status"), QStringLiteral("it is jack"));
        // Still pending: delivered again at the next login until answered.
        kate.reset();
        kate = login("kate", "r2", false);
        QVERIFY(kate);
        QVERIFY(waitFor(*kate, presenceFrom(jid("jack"), QStringLiteral("subscribe"))));
        kate->send("<presence to='jack@confab.test' type='unsubscribed'/>"); // denied
        auto denied = waitForAll(
            *jack, {presenceFrom(jid("kate"), QStringLiteral("unsubscribed")), rosterPushFor(jid("kate"))});
        QVERIFY(!denied.empty());
        QVERIFY(!pushedItem(*denied[1])->hasAttr(u"ask"));
        QCOMPARE(pushedItem(*denied[1])->attr(u"subscription"), QStringLiteral("none"));
        kate.reset();
        kate = login("kate", "r3", false);
        QVERIFY(quiet(*kate, presenceFrom(jid("jack"), QStringLiteral("subscribe"))));
    }

    void broadcastAndProbeOnLogin()
    {
        {
            auto carol = login("carol", "c");
            auto dave = login("dave", "d");
            QVERIFY(carol && dave);
            QVERIFY(subscribe(*carol, "carol", *dave, "dave"));
            QVERIFY(subscribe(*dave, "dave", *carol, "carol"));
        }
        QTest::qWait(300);
        auto carol = login("carol", "c");
        QVERIFY(carol);
        // dave logs in: carol (a subscriber) gets his presence, dave's probe gets carol's.
        auto dave = std::make_unique<RawClient>();
        QVERIFY(!dave->login(m_confab.c2sPort(), m_confab.certificatePath(), Domain, "dave", "dave-pw", "d")
                     .isEmpty());
        dave->send("<presence><show>away</show><priority>5</priority></presence>");
        auto seen = waitFor(*carol, presenceFrom(jid("dave", "d")));
        QVERIFY(seen);
        auto probed = waitFor(*dave, presenceFrom(jid("carol", "c")));
        QVERIFY(probed);
        // An update reaches subscribers with its content.
        auto update = waitFor(*carol, [&](const Element &e) {
            return presenceFrom(jid("dave", "d"))(e) && e.childText(u"show") == u"away";
        });
        QVERIFY(update);
        // dave's own other resource sees him too (§4.2.2).
        auto dave2 = login("dave", "d2", false);
        QVERIFY(dave2);
        QVERIFY(waitFor(*dave, presenceFrom(jid("dave", "d2"))));
        // The stream ends without unavailable presence: the server sends it (§4.5.2).
        dave.reset();
        QVERIFY(waitFor(*carol, presenceFrom(jid("dave", "d"), QStringLiteral("unavailable"))));
        QVERIFY(waitFor(*dave2, presenceFrom(jid("dave", "d"), QStringLiteral("unavailable"))));
    }

    void directedPresenceAndLogout()
    {
        auto erin = login("erin", "e");
        auto frank = login("frank", "f");
        QVERIFY(erin && frank);
        erin->send("<presence to='frank@confab.test'><status>psst</status></presence>");
        auto directed = waitFor(*frank, presenceFrom(jid("erin", "e")));
        QVERIFY(directed);
        QCOMPARE(directed->childText(u"status"), QStringLiteral("psst"));
        erin->send("</stream:stream>");
        QVERIFY(waitFor(*frank, presenceFrom(jid("erin", "e"), QStringLiteral("unavailable"))));
    }

    void offlineMessagesWithDelay()
    {
        auto harry = login("harry", "h");
        QVERIFY(harry);
        for (int i = 1; i <= 3; ++i)
            harry->send(
                QStringLiteral(
                    "<message to='gina@confab.test' type='chat' id='m%1'><body>hello %1</body></message>")
                    .arg(i)
                    .toUtf8());
        // A chat state alone is not kept; nor is an error bounced for it.
        harry->send("<message to='gina@confab.test' type='chat'><active "
                    "xmlns='http://jabber.org/protocol/chatstates'/></message>");
        QVERIFY(quiet(*harry, [](const Element &e) { return e.attr(u"type") == u"error"; }));
        auto gina = login("gina", "g", false);
        QVERIFY(gina);
        for (int i = 1; i <= 3; ++i) {
            auto m = waitFor(*gina, [](const Element &e) { return e.name() == u"message"; });
            QVERIFY(m);
            QCOMPARE(m->childText(u"body"), QStringLiteral("hello %1").arg(i));
            QCOMPARE(m->attr(u"from"), jid("harry", "h"));
            const Element *delay = m->firstChild(u"delay", u"urn:xmpp:delay");
            QVERIFY(delay);
            QCOMPARE(delay->attr(u"from"), Domain);
            const QDateTime stamp = QDateTime::fromString(delay->attr(u"stamp"), Qt::ISODateWithMs);
            QVERIFY(stamp.isValid());
            QVERIFY(delay->attr(u"stamp").endsWith(u'Z')); // UTC (XEP-0082)
            QVERIFY(qAbs(stamp.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        }
        QVERIFY(quiet(*gina, [](const Element &e) { return e.name() == u"message"; }));
        // Delivered once: the next login finds nothing.
        gina.reset();
        gina = login("gina", "g2", false);
        QVERIFY(quiet(*gina, [](const Element &e) { return e.name() == u"message"; }));
    }

    void offlineBoundRefusesWithError()
    {
        QCOMPARE(m_confab.ctl({"settings", "set", "offline.max_messages", "2"}).exitCode, 0);
        auto harry = login("harry", "bound");
        QVERIFY(harry);
        for (int i = 1; i <= 3; ++i)
            harry->send(QStringLiteral("<message to='ivan@confab.test' id='b%1'><body>%1</body></message>")
                            .arg(i)
                            .toUtf8());
        auto error = waitFor(*harry, [](const Element &e) { return e.attr(u"type") == u"error"; });
        QVERIFY(error);
        QCOMPARE(error->attr(u"id"), QStringLiteral("b3"));
        QCOMPARE(stanzaError(error.get()), QStringLiteral("service-unavailable"));
        QCOMPARE(error->firstChild(u"error")->childText(u"text"), QStringLiteral("offline storage is full"));
        QCOMPARE(m_confab.ctl({"settings", "unset", "offline.max_messages"}).exitCode, 0);
        auto ivan = login("ivan", "i", false);
        QVERIFY(ivan);
        QVERIFY(waitFor(
            *ivan, [](const Element &e) { return e.name() == u"message" && e.childText(u"body") == u"1"; }));
        QVERIFY(waitFor(
            *ivan, [](const Element &e) { return e.name() == u"message" && e.childText(u"body") == u"2"; }));
        QVERIFY(quiet(*ivan, [](const Element &e) { return e.name() == u"message"; }));
    }

    void msgofflineIsAdvertised()
    {
        // Only when a disco module is present to answer; otherwise the feature list is checked in unit tests.
        auto a = login("alice", "disco", false);
        QVERIFY(a);
        a->send("<iq type='get' id='d1' to='confab.test'><query "
                "xmlns='http://jabber.org/protocol/disco#info'/></iq>");
        auto reply = waitFor(*a, iqResult(QStringLiteral("d1")));
        QVERIFY(reply);
        if (reply->attr(u"type") == u"error")
            QSKIP("no disco#info module in this build");
        QVERIFY(reply->toString().contains(QStringLiteral("msgoffline")));
    }
};

QTEST_GUILESS_MAIN(TestIm)
#include "tst_im.moc"
