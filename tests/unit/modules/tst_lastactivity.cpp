// XEP-0012: server uptime, and an account's last logout with the status of its last unavailable
// presence, visible to itself and to contacts allowed to see its presence only.
#include "modules/lastactivity.h"
#include "servicesharness.h"

using namespace confab;
using namespace confab::test;
using xml::Element;

static const QString LastToAlice =
    QStringLiteral("<iq type='get' to='alice@example.com' id='last1'><query xmlns='jabber:iq:last'/></iq>");

class TestLastActivity : public QObject
{
    Q_OBJECT
private slots:
    void serverUptime() // §5 example 8/9
    {
        ServicesHarness h;
        h.start<modules::LastActivity>();
        FakeSession &alice = h.connect(QStringLiteral("alice@example.com/desk"));
        const Element reply = h.ask(
            alice, QStringLiteral(
                       "<iq type='get' to='example.com' id='last2'><query xmlns='jabber:iq:last'/></iq>"));
        QCOMPARE(reply.attr(u"type"), QStringLiteral("result"));
        const Element *query = reply.firstChild(u"query", u"jabber:iq:last");
        QVERIFY(query);
        bool ok = false;
        QVERIFY(query->attr(u"seconds").toInt(&ok) >= 0 && ok);
        QVERIFY(h.registry.serverFeatures().contains(QStringLiteral("jabber:iq:last")));
    }

    void logoutRecordedWithStatus() // §3 example 3/4
    {
        ServicesHarness h;
        auto &module = h.start<modules::LastActivity>();
        module.setPresenceAuthorization([](const Jid &account, const Jid &contact) {
            return account.node() == u"alice" && contact.node() == u"bob";
        });
        FakeSession &desk = h.connect(QStringLiteral("alice@example.com/desk"));
        FakeSession &phone = h.connect(QStringLiteral("alice@example.com/phone"));
        FakeSession &bob = h.connect(QStringLiteral("bob@example.com/pc"));
        FakeSession &carol = h.connect(QStringLiteral("carol@example.com/pc"));

        // Online: zero seconds.
        Element reply = h.ask(bob, LastToAlice);
        QCOMPARE(reply.firstChild(u"query")->attr(u"seconds"), QStringLiteral("0"));

        h.send(desk, QStringLiteral("<presence type='unavailable'><status>Heading home</status></presence>"));
        h.disconnect(desk);
        // One resource left: still online.
        QCOMPARE(h.ask(bob, LastToAlice).firstChild(u"query")->attr(u"seconds"), QStringLiteral("0"));
        h.send(phone,
               QStringLiteral("<presence type='unavailable'><status>Gone fishing</status></presence>"));
        h.disconnect(phone);

        reply = h.ask(bob, LastToAlice);
        QCOMPARE(reply.attr(u"type"), QStringLiteral("result"));
        QCOMPARE(reply.attr(u"from"), QStringLiteral("alice@example.com"));
        const Element *query = reply.firstChild(u"query", u"jabber:iq:last");
        QVERIFY(query);
        QVERIFY(query->attr(u"seconds").toInt() <= 1);
        QCOMPARE(query->text(), QStringLiteral("Gone fishing")); // the last resource's status

        // §3: not authorized to see alice's presence → forbidden.
        QCOMPARE(errorCondition(h.ask(carol, LastToAlice)), QStringLiteral("forbidden"));

        // The account itself may always ask (online again, so zero).
        FakeSession &laptop = h.connect(QStringLiteral("alice@example.com/laptop"));
        reply = h.ask(laptop, LastToAlice);
        QCOMPARE(reply.attr(u"type"), QStringLiteral("result"));
        QCOMPARE(reply.firstChild(u"query")->attr(u"seconds"), QStringLiteral("0"));
    }

    void withoutAuthorizationOnlySelf()
    {
        ServicesHarness h;
        h.start<modules::LastActivity>();
        FakeSession &alice = h.connect(QStringLiteral("alice@example.com/desk"));
        h.disconnect(alice);
        FakeSession &bob = h.connect(QStringLiteral("bob@example.com/pc"));
        QCOMPARE(errorCondition(h.ask(bob, LastToAlice)), QStringLiteral("forbidden"));
        // Asking about oneself (no 'to') while connected: zero.
        QCOMPARE(h.ask(bob, QStringLiteral("<iq type='get' id='s'><query xmlns='jabber:iq:last'/></iq>"))
                     .firstChild(u"query")
                     ->attr(u"seconds"),
                 QStringLiteral("0"));
    }

    void neverLoggedOutIsItemNotFound()
    {
        ServicesHarness h;
        auto &module = h.start<modules::LastActivity>();
        module.setPresenceAuthorization([](const Jid &, const Jid &) { return true; });
        FakeSession &bob = h.connect(QStringLiteral("bob@example.com/pc"));
        const Element reply = h.ask(
            bob, QStringLiteral(
                     "<iq type='get' to='carol@example.com' id='c'><query xmlns='jabber:iq:last'/></iq>"));
        QCOMPARE(errorCondition(reply), QStringLiteral("item-not-found"));
    }

    // A client that just drops its connection (no unavailable presence, so no status): the logout
    // is still recorded (it was lost to a NOT NULL constraint before, found by the benchmark).
    void logoutWithoutStatusIsRecorded()
    {
        ServicesHarness h;
        auto &module = h.start<modules::LastActivity>();
        FakeSession &alice = h.connect(QStringLiteral("alice@example.com/desk"));
        h.disconnect(alice);
        module.flush();
        storage::LastActivityStore store(h.db());
        const auto saved = store.get(QStringLiteral("alice"), ServicesHarness::Domain);
        QVERIFY(saved);
        QVERIFY(saved->status.isEmpty());
        QVERIFY(qAbs(saved->logout.secsTo(QDateTime::currentDateTimeUtc())) <= 2);
    }

    void survivesRestartAndAccountRemoval()
    {
        ServicesHarness h;
        auto &module = h.start<modules::LastActivity>();
        FakeSession &alice = h.connect(QStringLiteral("alice@example.com/desk"));
        h.send(alice, QStringLiteral("<presence type='unavailable'><status>bye</status></presence>"));
        h.disconnect(alice);
        module.flush();
        storage::LastActivityStore store(h.db());
        const auto saved = store.get(QStringLiteral("alice"), ServicesHarness::Domain);
        QVERIFY(saved);
        QCOMPARE(saved->status, QStringLiteral("bye"));
        QVERIFY(qAbs(saved->logout.secsTo(QDateTime::currentDateTimeUtc())) <= 2);
        QVERIFY(h.accounts.remove(QStringLiteral("alice"), ServicesHarness::Domain).ok());
        QVERIFY(!store.get(QStringLiteral("alice"), ServicesHarness::Domain)); // FK cascade
    }

    // Logouts are written in batches; until the batch is written the module answers from memory.
    void pendingLogoutAnsweredBeforeWritten()
    {
        ServicesHarness h;
        auto &module = h.start<modules::LastActivity>();
        module.setPresenceAuthorization([](const Jid &, const Jid &) { return true; });
        FakeSession &alice = h.connect(QStringLiteral("alice@example.com/desk"));
        h.send(alice, QStringLiteral("<presence type='unavailable'><status>lunch</status></presence>"));
        h.disconnect(alice);
        QCOMPARE(module.pendingCount(), 1);
        storage::LastActivityStore store(h.db());
        QVERIFY(!store.get(QStringLiteral("alice"), ServicesHarness::Domain)); // not written yet

        FakeSession &bob = h.connect(QStringLiteral("bob@example.com/pc"));
        const Element reply = h.ask(bob, LastToAlice);
        QCOMPARE(reply.attr(u"type"), QStringLiteral("result"));
        QCOMPARE(reply.firstChild(u"query")->text(), QStringLiteral("lunch"));

        // The timer writes the batch without anyone asking.
        QTRY_COMPARE_WITH_TIMEOUT(module.pendingCount(), 0, 5 * modules::LastActivity::FlushDelayMs);
        const auto saved = store.get(QStringLiteral("alice"), ServicesHarness::Domain);
        QVERIFY(saved);
        QCOMPARE(saved->status, QStringLiteral("lunch"));
    }

    // An orderly shutdown writes what is pending.
    void pendingWrittenOnShutdown()
    {
        ServicesHarness h;
        h.start<modules::LastActivity>();
        FakeSession &alice = h.connect(QStringLiteral("alice@example.com/desk"));
        FakeSession &bob = h.connect(QStringLiteral("bob@example.com/pc"));
        h.send(bob, QStringLiteral("<presence type='unavailable'><status>later</status></presence>"));
        h.disconnect(alice);
        h.disconnect(bob);
        h.stopModules();
        storage::LastActivityStore store(h.db());
        QVERIFY(store.get(QStringLiteral("alice"), ServicesHarness::Domain));
        const auto bobs = store.get(QStringLiteral("bob"), ServicesHarness::Domain);
        QVERIFY(bobs);
        QCOMPARE(bobs->status, QStringLiteral("later"));
    }

    // An account removed while its logout waits costs only its own row (no error: the account is
    // gone); the rest of the batch is kept.
    void removedAccountDoesNotSpoilTheBatch()
    {
        ServicesHarness h;
        auto &module = h.start<modules::LastActivity>();
        FakeSession &alice = h.connect(QStringLiteral("alice@example.com/desk"));
        FakeSession &bob = h.connect(QStringLiteral("bob@example.com/pc"));
        FakeSession &carol = h.connect(QStringLiteral("carol@example.com/pc"));
        h.disconnect(alice);
        h.disconnect(bob);
        h.disconnect(carol);
        QCOMPARE(module.pendingCount(), 3);
        QVERIFY(h.accounts.remove(QStringLiteral("bob"), ServicesHarness::Domain).ok());
        module.flush();
        QCOMPARE(module.pendingCount(), 0);
        storage::LastActivityStore store(h.db());
        QVERIFY(store.get(QStringLiteral("alice"), ServicesHarness::Domain));
        QVERIFY(!store.get(QStringLiteral("bob"), ServicesHarness::Domain));
        QVERIFY(store.get(QStringLiteral("carol"), ServicesHarness::Domain));
    }

    void storeWritesABatchAndSkipsGoneAccounts()
    {
        ServicesHarness h;
        storage::LastActivityStore store(h.db());
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(-60);
        QStringList failed;
        const auto saved =
            store.setMany({{QStringLiteral("alice"), ServicesHarness::Domain, {when, QStringLiteral("a")}},
                           {QStringLiteral("nobody"), ServicesHarness::Domain, {when, QStringLiteral("x")}},
                           {QStringLiteral("carol"), ServicesHarness::Domain, {when, {}}}},
                          &failed);
        QVERIFY(saved.ok()); // an account that does not exist is nothing to remember, not an error
        QVERIFY(failed.isEmpty());
        QVERIFY(!store.get(QStringLiteral("nobody"), ServicesHarness::Domain));
        QCOMPARE(store.get(QStringLiteral("alice"), ServicesHarness::Domain)->status, QStringLiteral("a"));
        QVERIFY(store.get(QStringLiteral("carol"), ServicesHarness::Domain));
        QVERIFY(qAbs(store.get(QStringLiteral("carol"), ServicesHarness::Domain)->logout.secsTo(when)) <= 1);
    }
};

QTEST_GUILESS_MAIN(TestLastActivity)
#include "tst_lastactivity.moc"
